/** A conversation whose resident has an account and is signed in (the code read from the outbox); `signIn: false`: the account made, not signed in yet. */
import { settableClock, type SettableClock } from '../../src/domain/clock';
import type { Account } from '../../src/domain/types';
import type { Core } from '../../src/index';
import type { AskedAhead, DateRecognizer } from '../../src/nlu/recognizerFallback';
import { startChat, type Chat } from './harness';
import { lastCode } from './outbox';
import { chatFromCopy, copySignedIn, type SignedInCopy } from './signedInCopy';

export interface SignedIn {
  c: Chat;
  account: Account;
  clock: SettableClock;
}

type SignedInOptions = { channelId?: string; email?: string; linkFile?: string; phone?: string | null; address?: string | null; communeId?: string; env?: Record<string, string>; recognizer?: DateRecognizer | AskedAhead; signIn?: boolean };

/**
 * The signed-in states reached in this test file, by their options (test/support/signedInCopy.ts): the
 * first signedInChat with a set of options signs in through the turns, the next ones start from its copy.
 */
const copies = new Map<string, SignedInCopy>();
const copyKey = (options: SignedInOptions): string | undefined =>
  options.recognizer || options.signIn === false || process.env.TEST_STORE === 'postgres'
    ? undefined
    : JSON.stringify([options.channelId, options.email, options.linkFile, options.phone, options.address, options.communeId, options.env]);

export async function signedInChat(chats: Chat[], options: SignedInOptions = {}): Promise<SignedIn> {
  const key = copyKey(options);
  const copy = key === undefined ? undefined : copies.get(key);
  if (copy) {
    const copied = chatFromCopy(copy, { channelId: options.channelId, ...(options.env ? { env: options.env } : {}) });
    chats.push(copied.c);
    return copied;
  }
  const clock = settableClock('2026-11-18T14:00:00Z');
  const c = startChat({ clock, channelId: options.channelId, ...(options.env ? { env: options.env } : {}), ...(options.recognizer ? { recognizer: options.recognizer } : {}) });
  chats.push(c);
  const email = options.email ?? 'francoise.durand@example.org';
  const repos = c.core.service.deps.repos;
  const account = await repos.accounts.create({
    communeId: options.communeId ?? 'carrieres-sous-poissy', email, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: options.phone ?? null, address: options.address ?? null,
  });
  if (options.linkFile) {
    const household = await repos.households.findByFileNumber(options.communeId ?? 'carrieres-sous-poissy', options.linkFile);
    await repos.accounts.linkHousehold(account.id, household?.id as number);
  }
  await c.join({ commune: options.communeId ?? 'carrieres-sous-poissy' });
  if (options.signIn === false) return { c, account, clock };
  await c.say('Me connecter');
  await c.say(email);
  await c.say(lastCode(c.core.config.outboxDir, email));
  const made = key === undefined ? undefined : copySignedIn(c, account, 4, clock);
  if (made) copies.set(key as string, made);
  return { c, account, clock };
}

/** Madame DURAND's account (no phone), linked to the demo family file CSP-F-000101 (Léa, Hugo): the e2e and fault tests start from it. */
export async function linkedDurand(core: Core, email = 'francoise.durand@example.org'): Promise<Account> {
  const repos = core.service.deps.repos;
  const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email, civility: 'madame', firstName: 'Françoise', lastName: 'DURAND', phone: null, address: null });
  await repos.accounts.linkHousehold(account.id, (await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))!.id);
  return (await repos.accounts.get(account.id))!;
}
