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

describe('the invoices by SMS, more than fit in two segments', () => {
  // Five invoices were one message of 3 segments, and « suite » was not understood.
  const fiveInvoices = async (c: Awaited<ReturnType<typeof durandBySms>>['c']) => {
    const made = [];
    for (const [label, cents] of [['Séjour neige', 7380], ['Photo de classe', 1200], ['Sortie piscine', 800], ['Classe verte', 14550], ['Stage théâtre', 3500]] as const) {
      made.push(await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', label, cents, '2026-12-20', 'agent'));
    }
    return made.reverse(); // the list shows the newest first
  };

  it('come in pages of at most 2 segments, « suite » for the next, every invoice said once', async () => {
    const { c, say } = await durandBySms();
    const made = await fiveInvoices(c);
    const pages = [await say('mes factures')];
    for (let i = 0; i < 4 && pages.at(-1)!.join('\n').includes('suite'); i++) pages.push(await say('suite'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(cost(page)).toBeLessThanOrEqual(2);
    const said = pages.flat().join('\n');
    for (const invoice of made) expect(said.split(invoice.number)).toHaveLength(2);
  });

  it.each([['« 4 » on the second page', ['suite', '4'], 3], ['« facture 2 »', ['facture 2'], 1]])('%s opens that invoice of the list', async (_case, says, index) => {
    const { c, say } = await durandBySms();
    const made = await fiveInvoices(c);
    await say('mes factures');
    let last: string[] = [];
    for (const text of says) last = await say(text);
    expect(last.join('\n')).toContain(`${c.core.texts.for('fr', false, true)('invoices.detailTitle', { number: made[index as number]!.number })}\n`);
  });
});

describe('an invoice by SMS', () => {
  // Its facts, lines and the PDF's 120-character link were 3 segments; the payment's link 4.
  it('is shown in at most 2 segments, its PDF link on request; paying it costs at most 3', async () => {
    const { c, say } = await durandBySms();
    const invoice = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-20', 'agent');
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
    await say('mes factures');
    const t = c.core.texts.for('fr', false, true);
    const detail = await say('2');
    expect(detail.join('\n')).toContain(t('invoices.detailTitle', { number: invoice.number }));
    expect(detail.join('\n')).toMatch(/73,80/);
    expect(cost(detail)).toBeLessThanOrEqual(2);
    const pdf = (await say('pdf')).join('\n');
    expect(pdf).toMatch(/\/factures\/\S+\.pdf/);
    const pay = await say('payer');
    expect(pay.join('\n')).toMatch(/\/paiement\/\S+/);
    expect(cost(pay)).toBeLessThanOrEqual(3);
  });
});
