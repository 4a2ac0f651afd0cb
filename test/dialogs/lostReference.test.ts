/**
 * « J'ai perdu ma référence »: the references of the requests made with an e-mail in the commune
 * are mailed to that e-mail only; the chat answers the same for an address that made none; asking
 * is limited per e-mail and per hour.
 */
import { settableClock, type SettableClock } from '../../src/domain/clock';
import { REFERENCE_MAILS_PER_HOUR } from '../../src/domain/lostReferences';
import { asksForLostReference, asksToFollowRequest } from '../../src/nlu/requestTopics';
import { startChat, type Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';

const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The mails sent to `to` (soft line breaks of quoted-printable undone). */
const mailsTo = (c: Chat, to: string) => outboxMails(c.core.config.outboxDir).filter((m) => m.includes(`To: ${to}`)).map((m) => m.replace(/=\r?\n/g, ''));

async function withRequests() {
  const clock = settableClock('2026-11-18T14:00:00Z');
  const c = startChat({ clock });
  chats.push(c);
  const csp = await c.core.service.getCommune('carrieres-sous-poissy');
  const clv = await c.core.service.getCommune('chanteloup-les-vignes');
  const submit = (commune: typeof csp, email: string) => c.core.service.requests.submit({ commune, kind: 'family_booklet', email, data: {}, locale: 'fr' });
  const mine = [await submit(csp, EMAIL), await submit(csp, 'Julie.Durand@Example.org ')];
  const elsewhere = await submit(clv, EMAIL);
  const someoneElse = await submit(csp, 'autre@example.org');
  // Their confirmations are sent right after each request, in the background: all sent before counting.
  await c.core.service.outbox.idle();
  await c.join({ commune: 'carrieres-sous-poissy' });
  return { c, clock, mine, elsewhere, someoneElse };
}

async function lost(c: Chat, email: string, words = 'j\'ai perdu ma référence'): Promise<string> {
  await c.say(words);
  return c.text(await c.say(email));
}

describe('a lost reference', () => {
  it('mails the references of the requests made with that e-mail in this commune, to that e-mail only', async () => {
    const { c, mine, elsewhere, someoneElse } = await withRequests();
    const before = { julie: mailsTo(c, EMAIL).length, other: mailsTo(c, 'autre@example.org').length };
    const reply = await lost(c, 'JULIE.durand@example.org');
    for (const reference of mine) expect(reply).not.toContain(reference);
    const mails = mailsTo(c, EMAIL);
    expect(mails).toHaveLength(before.julie + 1);
    const mail = mails.at(-1) as string;
    for (const reference of mine) expect(mail).toContain(reference);
    expect(mail).not.toContain(elsewhere);
    expect(mail).not.toContain(someoneElse);
    expect(mailsTo(c, 'autre@example.org')).toHaveLength(before.other);
  });

  it('answers the same for an e-mail that made no request here, and mails nothing', async () => {
    const { c } = await withRequests();
    const count = outboxMails(c.core.config.outboxDir).length;
    const unknown = await lost(c, 'inconnu@example.org');
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(count);
    const known = await lost(c, EMAIL);
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(count + 1);
    expect(unknown.replace('inconnu@example.org', EMAIL)).toBe(known);
  });

  it(`mails at most ${REFERENCE_MAILS_PER_HOUR} times an hour to one e-mail, answering the same, and again an hour later`, async () => {
    const { c, clock } = await withRequests();
    const before = mailsTo(c, EMAIL).length;
    const replies: string[] = [];
    for (let i = 0; i < REFERENCE_MAILS_PER_HOUR + 2; i++) replies.push(await lost(c, EMAIL));
    expect(mailsTo(c, EMAIL)).toHaveLength(before + REFERENCE_MAILS_PER_HOUR);
    expect(new Set(replies).size).toBe(1);
    (clock as SettableClock).advance(61);
    await lost(c, EMAIL);
    expect(mailsTo(c, EMAIL)).toHaveLength(before + REFERENCE_MAILS_PER_HOUR + 1);
  });

  it('is offered when following a request whose reference was lost', async () => {
    const { c, mine } = await withRequests();
    await c.say('je voudrais suivre ma demande');
    const before = mailsTo(c, EMAIL).length;
    await c.say('je ne retrouve plus le numéro de ma demande');
    await c.say(EMAIL);
    expect(mailsTo(c, EMAIL)).toHaveLength(before + 1);
    expect(mailsTo(c, EMAIL).at(-1)).toContain(mine[0]);
  });

  it.each([
    ['j\'ai perdu ma référence', true],
    ['J’ai oublié le n° de ma demande', true],
    ['je n\'ai plus ma référence', true],
    ['référence oubliée', true],
    ['I lost my reference', true],
    ['j\'ai perdu ma clé enfance', false],
    ['j\'ai perdu mon livret de famille', false],
    ['où en est ma demande CSP-2026-000001', false],
  ])('understands « %s » as a lost reference: %s', (words, expected) => {
    expect(asksForLostReference(words)).toBe(expected);
    if (expected) expect(asksToFollowRequest(words)).toBe(false);
  });
});
