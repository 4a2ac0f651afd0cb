/**
 * Agents' decisions told in the resident's conversation: once, even when two runs go together;
 * SMS and requests without a conversation are marked unreachable (the e-mail went); a channel
 * that refuses (Teams' 403) is marked unreachable too; a signed-in resident is told in their
 * latest conversation; the e-mail speaks the resident's language.
 */
import { sql } from 'drizzle-orm';
import { fixedClock, settableClock } from '../../src/domain/clock';
import type { UntoldDecision } from '../../src/domain/ports';
import type { ConversationTarget, DecisionTeller } from '../../src/domain/requestService';
import type { Commune } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { jobDefinitions, runJob } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { openTestCore, tempConfig } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { rowsOf } from '../support/sql';
import type { FollowedRequest } from '../../src/domain/requestService';

/** A request followed, or undefined when not found or locked. */
const seen = (r: FollowedRequest | 'locked' | undefined): FollowedRequest | undefined => (r === 'locked' ? undefined : r);

let core: Core;
let csp: Commune;
beforeEach(async () => {
  core = await openTestCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
  csp = await core.service.getCommune('carrieres-sous-poissy');
});
afterEach(async () => {
  await core.close();
});

class RecordingTeller implements DecisionTeller {
  told: Array<{ target: ConversationTarget; decision: UntoldDecision; locale: string }> = [];
  constructor(private readonly answer = true) {}
  async tell(target: ConversationTarget, decision: UntoldDecision, locale: string): Promise<boolean> {
    // A network call: the other run gets its turn meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.told.push({ target, decision, locale });
    return this.answer;
  }
}

const webchat = (id: string): ConversationTarget => ({ channelId: 'webchat', reference: { conversation: { id }, serviceUrl: 'http://127.0.0.1:1' } });
const submit = (conversation?: ConversationTarget, locale = 'fr') =>
  core.service.requests.submit({ commune: csp, kind: 'family_booklet', email: 'ana@example.org', data: {}, locale, ...(conversation ? { conversation } : {}) });
const toldBy = () => rowsOf<{ status: string; told_by: string | null }>(core, sql`select status, told_by from request_events where status != 'submitted' order by id`);

it('tells each decision once, even when two runs go together', async () => {
  const reference = await submit(webchat('conv-1'));
  await core.service.requests.decide(reference, 'in_progress', null);
  await core.service.requests.decide(reference, 'completed', 'Livret prêt au guichet unique.');
  const teller = new RecordingTeller();
  const [a, b] = await Promise.all([core.service.requests.tellDecisions(teller), core.service.requests.tellDecisions(teller)]);
  expect(a.told + b.told).toBe(2);
  expect(teller.told.map((t) => t.decision.status)).toEqual(['in_progress', 'completed']);
  expect(teller.told[1]).toMatchObject({ target: { channelId: 'webchat' }, decision: { reference, message: 'Livret prêt au guichet unique.' }, locale: 'fr' });
  expect(await core.service.requests.tellDecisions(teller)).toEqual({ told: 0, unreachable: 0, held: false });
  expect(await toldBy()).toEqual([{ status: 'in_progress', told_by: 'conversation' }, { status: 'completed', told_by: 'conversation' }]);
});

it('marks SMS, no conversation and a refusing channel as unreachable: the e-mail is what the resident gets', async () => {
  const bySms = await submit({ channelId: 'sms', reference: { conversation: { id: '+33600000000' } } });
  const none = await submit();
  const refused = await submit(webchat('gone'));
  for (const r of [bySms, none, refused]) await core.service.requests.decide(r, 'refused', 'Pièce manquante : revenez avec votre pièce d\'identité.');
  const teller = new RecordingTeller(false);
  expect(await core.service.requests.tellDecisions(teller)).toEqual({ told: 0, unreachable: 3, held: false });
  expect(teller.told).toHaveLength(1);
  expect((await toldBy()).map((r) => r.told_by)).toEqual(['none', 'none', 'none']);
  expect(outboxMails(core.config.outboxDir).filter((m) => m.includes('Pi=C3=A8ce manquante') || m.includes('Pièce manquante'))).toHaveLength(3);
});

it('tells a signed-in resident in their latest conversation, and mails in their language', async () => {
  const account = await core.service.deps.repos.accounts.create({ communeId: csp.id, email: 'ana@example.org', civility: null, firstName: 'Ana', lastName: 'Lopez', phone: null, address: null });
  const reference = await core.service.requests.submit({ commune: csp, kind: 'electoral_roll', email: 'ana@example.org', data: {}, locale: 'en', account, conversation: webchat('old') });
  await core.service.rememberConversation(account, { channelId: 'msteams', userId: 'u', conversationId: 'teams-1', reference: { conversation: { id: 'teams-1' } } });
  await core.service.requests.decide(reference, 'completed', null);
  const teller = new RecordingTeller();
  await core.service.requests.tellDecisions(teller);
  expect(teller.told[0]).toMatchObject({ target: { channelId: 'msteams', reference: { conversation: { id: 'teams-1' } } }, locale: 'en' });
  const mail = outboxMails(core.config.outboxDir).at(-1) ?? '';
  expect(mail.replace(/=\r?\n/g, '')).toContain(`Your request ${reference}`);
});

it('the decision stands when the mail server is down: its mail waits in the outbox and the outbox job sends it once', async () => {
  await core.close();
  const clock = settableClock('2026-11-18T14:00:00Z');
  core = await openTestCore(tempConfig(), clock);
  const reference = await submit();
  const down = jest.spyOn(core.service.deps.mailer, 'sendRequestUpdate').mockRejectedValueOnce(Object.assign(new Error('connect ECONNREFUSED for ana@example.org'), { code: 'ECONNREFUSED' }));
  await core.service.requests.decide(reference, 'completed', 'Livret prêt au guichet unique.');
  expect(seen(await core.service.requests.follow(csp, reference, 'ana@example.org'))?.status).toBe('completed');
  const rows = () => rowsOf<{ kind: string; status: string; attempts: number; error: string | null }>(core, sql`select kind, status, attempts, last_error as error from outbox where kind = 'requestUpdate' order by id`);
  expect(await rows()).toEqual([{ kind: 'requestUpdate', status: 'pending', attempts: 1, error: 'ECONNREFUSED' }]);
  const updates = () => outboxMails(core.config.outboxDir).filter((m) => m.includes(reference) && m.includes('maintenant')).length;
  expect(updates()).toBe(0);
  down.mockRestore();
  const job = jobDefinitions(core.config, core.service, { tell: async () => true, remind: async () => true }).find((j) => j.name === 'outbox')!;
  await runJob(job, core.service, createLogger('silent'));
  expect(updates()).toBe(0);
  clock.advance(1);
  await runJob(job, core.service, createLogger('silent'));
  await runJob(job, core.service, createLogger('silent'));
  expect(updates()).toBe(1);
  expect(await rows()).toEqual([{ kind: 'requestUpdate', status: 'sent', attempts: 1, error: 'ECONNREFUSED' }]);
});
