/**
 * An e-mail address, a code or a family key given in a sentence wherever one is asked: sign in
 * (« mon mail c'est … », « le code est 123 456 »), create an account, change the e-mail, a lost
 * reference, the family key with spaces (« voici ma clé : ABCD EFGH … »). Each test asserts the
 * session, the account row, the mail sent or the link made; two addresses in one answer are refused.
 */
import { sql } from 'drizzle-orm';
import { emailIn } from '../../src/domain/accounts';
import { familyKeyIn } from '../../src/domain/secretShapes';
import { redact } from '../../src/redact';
import { settableClock } from '../../src/domain/clock';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { rowsOf } from '../support/sql';

const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chatWithAccount(channelId?: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  const account = await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
  await c.join({ commune: 'carrieres-sous-poissy' });
  return { c, account };
}

const sessions = async (c: Chat, accountId: number) => (await rowsOf<{ n: number }>(c.core, sql`select count(*) as n from sessions where account_id = ${accountId} and ended_at is null`))[0]?.n ?? 0;

describe('the e-mail read out of a sentence', () => {
  it.each([
    [EMAIL, EMAIL],
    [`mon mail c'est ${EMAIL}`, EMAIL],
    [`c'est ${EMAIL}`, EMAIL],
    [`voici mon adresse : ${EMAIL}.`, EMAIL],
    [`Mon adresse est « ${EMAIL.toUpperCase()} » merci`, EMAIL],
    [`(${EMAIL})`, EMAIL],
    [`${EMAIL}, ou ${EMAIL}`, EMAIL],
    [`${EMAIL} ou paul@example.org`, undefined],
    ['julie.durand@', undefined],
    ['mon mail est julie point durand arobase example.org', undefined],
    ['', undefined],
  ])('reads « %s » as %s', (typed, expected) => {
    expect(emailIn(typed)).toBe(expected);
  });
});

describe('signing in with the e-mail and the code in sentences', () => {
  it.each([
    [`mon mail c'est ${EMAIL}`, (code: string) => `le code est ${code}`],
    [`c'est ${EMAIL}`, (code: string) => `${code.slice(0, 3)} ${code.slice(3)} merci`],
    [`voici mon adresse : ${EMAIL}`, (code: string) => `voilà le code : ${code.slice(0, 3)} ${code.slice(3)}`],
  ])('« %s », then the code in a sentence: signed in', async (emailAnswer, codeAnswer) => {
    for (const channelId of ['test', 'sms']) {
      const { c, account } = await chatWithAccount(channelId);
      await c.say('Me connecter');
      await c.say(emailAnswer);
      await c.say(codeAnswer(lastCode(c.core.config.outboxDir, EMAIL)));
      expect(Number(await sessions(c, account.id))).toBe(1);
    }
  });

  it('refuses two different addresses in one answer, mails nothing, and asks again', async () => {
    const { c, account } = await chatWithAccount();
    await c.say('Me connecter');
    await c.say(`${EMAIL} ou paul@example.org`);
    expect(outboxMails(c.core.config.outboxDir)).toEqual([]);
    await c.say(`c'est ${EMAIL}`);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(Number(await sessions(c, account.id))).toBe(1);
  });
});

describe('other questions that ask an e-mail', () => {
  it('creates the account with the e-mail given in a sentence', async () => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z') });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const answer of ['Créer mon espace', 'Madame', 'Durand', 'Julie', `mon mail c'est ${EMAIL.toUpperCase()}`, '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(answer);
    await c.say(`le code est ${lastCode(c.core.config.outboxDir, EMAIL)}`);
    const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL);
    expect(account?.emailVerifiedAt).toBe('2026-11-18T14:00:00.000Z');
  });

  it('changes the e-mail given in a sentence, confirmed by the code in a sentence', async () => {
    const { c, account } = await signedInChat(chats);
    await c.say('mes coordonnées');
    await c.say('E-mail');
    await c.say('voici la nouvelle : nouvelle.adresse@example.org');
    await c.say(`le code est ${lastCode(c.core.config.outboxDir, 'nouvelle.adresse@example.org')}`);
    expect((await c.core.service.deps.repos.accounts.get(account.id))?.email).toBe('nouvelle.adresse@example.org');
  });

  it('mails the lost references to the e-mail given in a sentence', async () => {
    const { c } = await chatWithAccount();
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    const reference = await c.core.service.requests.submit({ commune, kind: 'family_booklet', email: EMAIL, data: {}, locale: 'fr' });
    await c.core.service.outbox.idle();
    const before = outboxMails(c.core.config.outboxDir).length;
    await c.say("j'ai perdu ma référence");
    await c.say(`mon mail c'est ${EMAIL}`);
    await c.core.service.outbox.idle();
    const mails = outboxMails(c.core.config.outboxDir);
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)?.replace(/=\r?\n/g, '')).toContain(reference);
  });
});

describe('the family key in a sentence, in groups with spaces', () => {
  it('reads the 16 characters, not the 12 inside them, and redaction hides them all', () => {
    for (const text of ['voici ma clé : ABCD EFGH JKMN PQRS', 'ma cle c est abcd efgh jkmn pqrs merci', 'Clé : ABCD-EFGH JKMN-PQRS']) {
      expect(familyKeyIn(text)).toBe('ABCDEFGHJKMNPQRS');
      expect(redact(text)).not.toMatch(/ABCD|EFGH|JKMN|PQRS/i);
    }
    // An older key of 12 still reads in a sentence; two different keys read as none.
    expect(familyKeyIn('voici ma clé : ABCD EFGH JKMN')).toBe('ABCDEFGHJKMN');
    expect(familyKeyIn('ABCD EFGH JKMN PQRS ou ZZZZ 2345 6789 ABCD')).toBeUndefined();
  });

  it('links the family file with « voici ma clé : XXXX XXXX XXXX XXXX »', async () => {
    const { c, account } = await signedInChat(chats);
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    await c.say('Clé Enfance');
    await c.say(`voici ma clé : ${key.replace(/-/g, ' ')}`);
    const household = await c.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    expect((await c.core.service.deps.repos.accounts.get(account.id))?.householdId).toBe(household?.id);
  });
});
