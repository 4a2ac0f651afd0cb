/** The Durand family (CSP-F-000101) with one account, on a settable clock: the reminders' tests start here. */
import { settableClock, type SettableClock } from '../../src/domain/clock';
import type { Account, Household } from '../../src/domain/types';
import { sql } from 'drizzle-orm';
import { openCore, type Core } from '../../src/index';
import { tempConfig } from './harness';
import { rowsOf } from './sql';

export interface ReminderRow {
  kind: string;
  key: string;
  status: string;
  channel: string | null;
}

export interface ReminderFixture {
  core: Core;
  clock: SettableClock;
  account: Account;
  household: Household;
  lea: number;
  /** Moves the clock to a moment (forwards only). */
  setClock(iso: string): void;
  rows(): Promise<ReminderRow[]>;
}

export async function durandFixture(iso: string, options: { linked?: boolean; chat?: string; phone?: string | null; env?: Record<string, string> } = {}): Promise<ReminderFixture> {
  const clock = settableClock(iso);
  const core = await openCore(tempConfig(options.env), clock);
  const repos = core.service.deps.repos;
  const household = (await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))!;
  const phone = options.phone === undefined ? '06 12 34 56 78' : options.phone;
  const created = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'DURAND', phone, address: null });
  if (options.linked !== false) await repos.accounts.linkHousehold(created.id, household.id);
  const account = (await repos.accounts.get(created.id))!;
  if (options.chat) await core.service.rememberConversation(account, { channelId: options.chat, userId: 'u1', conversationId: `conv-${options.chat}`, reference: { channelId: options.chat } });
  const lea = (await repos.households.listChildren(household.id)).find((c) => c.firstName === 'Léa')!.id;
  return {
    core,
    clock,
    account,
    household,
    lea,
    setClock: (to) => clock.advance((new Date(to).getTime() - clock.now().getTime()) / 60_000),
    rows: () => rowsOf<ReminderRow>(core, sql`select kind, key, status, channel from reminders order by id`),
  };
}
