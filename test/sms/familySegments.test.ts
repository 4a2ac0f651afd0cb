/**
 * What the family's lists cost by SMS (GSM-7 rules, the SMS adapter's one message a turn): the invoices list (three
 * invoices) and « mes réservations » of a month (ten days of two children) in at most 2 segments, nothing lost (each
 * invoice's reference and amount, each day booked). They were 4 and 5 segments (a block of facts per invoice, a line
 * per day).
 */
import { buildBot } from '../../src/index';
import { SmsAdapter } from '../../src/sms/smsAdapter';
import { segments, smsBody } from '../../src/sms/smsText';
import { linkedDurand } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FROM = '+33600000009';

/** Madame DURAND signed in by SMS (the code from the outbox): a function that sends a message and returns the turn's SMS bodies. */
async function durandBySms() {
  const c = startChat({ channelId: 'sms' });
  chats.push(c);
  await linkedDurand(c.core, 'marie@example.org');
  const bot = buildBot(c.core);
  const adapter = new SmsAdapter();
  const say = async (text: string) => smsBody(await adapter.receive(FROM, text, undefined, (ctx) => bot.run(ctx)));
  for (const text of ['bonjour', '1', 'me connecter', 'marie@example.org']) await say(text);
  await say(lastCode(c.core.config.outboxDir, 'marie@example.org'));
  return { c, say };
}

const cost = (bodies: string[]) => bodies.reduce((n, b) => n + segments(b), 0);

describe('the family’s lists by SMS', () => {
  it('three invoices in at most 2 segments, each with its reference and amount', async () => {
    const { c, say } = await durandBySms();
    const made = [];
    for (const [label, cents, due] of [['Séjour neige', 7380, '2026-12-15'], ['Photo de classe', 1200, '2026-12-20'], ['Sortie piscine', 800, '2026-12-21']] as const) {
      made.push(await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', label, cents, due, 'agent'));
    }
    const bodies = await say('mes factures');
    expect(cost(bodies)).toBeLessThanOrEqual(2);
    for (const invoice of made) expect(bodies.join('\n')).toContain(invoice.number);
    expect(bodies.join('\n')).toMatch(/73,80/);
  });

  it('« mes réservations de décembre », ten days of two children, in at most 2 segments, every day said', async () => {
    const { say } = await durandBySms();
    await say('réserver la cantine pour léa et hugo tous les lundis et jeudis de décembre');
    await say('oui');
    const bodies = await say('mes réservations de décembre');
    expect(cost(bodies)).toBeLessThanOrEqual(2);
    const said = bodies.join('\n');
    for (const name of ['Léa', 'Hugo']) expect(said).toContain(name);
    expect(said.match(/3, 7, 10, 14 et 17 décembre/g)).toHaveLength(2);
  });
});

describe('a long answer of the family by SMS', () => {
  // Not enrolled: the enrolment's service, its deadline and the child's activities were 4 segments (then 3).
  it.each(['centre de loisirs pour Hugo', 'le centre de loisirs des vacances pour Léa'])('« %s » (not enrolled): where to enrol and the child’s activities in at most 2 segments', async (text) => {
    const { say } = await durandBySms();
    const bodies = await say(text);
    expect(cost(bodies)).toBeLessThanOrEqual(2);
    const said = bodies.join('\n');
    // The enrolment service of the demo commune (db/demo/communes).
    expect(said).toContain('inscription@carrieres-sous-poissy.fr');
    expect(said).toMatch(/^1\. /m);
  });
});
