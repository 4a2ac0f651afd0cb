/** « Clé Enfance » / « code famille » in French: sign in first, link, wrong keys, lock, not received. */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { ROOT } from '../support/harness';
import { lastCode } from '../support/outbox';
import { heard } from '../support/heard';

/** A text as sent by SMS: its SMS wording, or the ordinary one. */
const bySms = (key: string) => (readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms')[key] ?? readLocaleFile(path.join(ROOT, 'locales'), 'fr')[key])?.split('{{')[0];

const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The wrong keys counted against the family (audit). */
const failedTries = (c: Chat) => (c.core.db.$client.prepare("select count(*) as n from audit_log where action = 'familyKey.failed'").get() as { n: number }).n;

async function signedInChat(communeId = 'carrieres-sous-poissy', channelId?: string) {
  const clock = settableClock('2026-11-18T14:00:00Z');
  const c = startChat({ clock, channelId });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({ communeId, email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
  await c.join({ commune: communeId });
  await c.say('Me connecter');
  await c.say(EMAIL);
  const welcome = c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)));
  return { c, clock, welcome };
}

describe('the family key', () => {
  it('is suggested after sign-in, then links the account to the family file', async () => {
    const { c, welcome } = await signedInChat();
    expect(welcome).toContain('reliez votre espace à votre dossier famille : écrivez « Clé Enfance ».');
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    expect(c.text(await c.say('Clé Enfance'))).toContain('Tapez votre Clé Enfance : 16 lettres et chiffres');
    expect(c.text(await c.say(key.toLowerCase()))).toContain('C\'est fait : votre espace est relié au dossier de la famille DURAND (dossier CSP-F-000101).');
    expect(c.text(await c.say('saisir ma clé enfance'))).toContain('Votre espace est déjà relié au dossier de la famille DURAND.');
  });

  it('says « code famille » where the commune calls it so', async () => {
    const { c } = await signedInChat('carrieres-sur-seine');
    expect(c.text(await c.say('code famille'))).toContain('Tapez votre code famille');
  });

  it('asks to sign in first, then goes on to the key', async () => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z') });
    chats.push(c);
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
    await c.join({ commune: 'carrieres-sous-poissy' });
    const first = c.text(await c.say('je veux saisir ma clé enfance'));
    expect(first).toContain('Pour saisir votre Clé Enfance, connectez-vous d\'abord à votre espace.');
    expect(first).toContain('Quelle est l\'adresse e-mail de votre espace ?');
    await c.say(EMAIL);
    expect(c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)))).toContain('Tapez votre Clé Enfance');
  });

  it.each(['att je la cherche', 'un instant svp', 'attendez je regarde'])('« %s » at the key: the question waits, no try is counted, the key typed next links the account', async (wait) => {
    const { c } = await signedInChat();
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    await c.say('Clé Enfance');
    const waited = c.text(await c.say(wait));
    // Asked again, with its example shown as written (not hidden as a secret).
    expect(waited).toContain('ABCD-2345-EFGH-JKMN');
    await c.say(key);
    const row = c.core.db.$client.prepare('select household_id from accounts where email = ?').get(EMAIL) as { household_id: number | null };
    expect(row.household_id).not.toBeNull();
    expect(failedTries(c)).toBe(0);
  });

  it('« je ne la trouve pas » at the key: who to ask, and no try counted', async () => {
    const { c } = await signedInChat();
    await c.say('Clé Enfance');
    expect(c.text(await c.say('je ne la trouve pas'))).toContain('inscription@carrieres-sous-poissy.fr');
    expect(failedTries(c)).toBe(0);
  });

  it('explains the form, counts wrong keys, then locks with the contacts to call', async () => {
    const { c } = await signedInChat();
    await c.say('Clé Enfance');
    expect(c.text(await c.say('1234'))).toContain('n\'a pas la bonne forme');
    expect(c.text(await c.say('ZZZZ-ZZZZ-ZZZZ'))).toContain('ne correspond à aucun dossier famille de Carrières-sous-Poissy. Il vous reste 4 essais pour cette heure.');
    await c.say('ZZZZ-ZZZZ-ZZZY');
    await c.say('ZZZZ-ZZZZ-ZZZX');
    expect(c.text(await c.say('ZZZZ-ZZZZ-ZZZW'))).toContain('Il vous reste 1 essai pour cette heure.');
    const locked = c.text(await c.say('ZZZZ-ZZZZ-ZZZV'));
    expect(locked).toContain('Trop d\'essais : pour protéger les dossiers, la saisie est bloquée pendant une heure.');
    expect(locked).toContain('inscription@carrieres-sous-poissy.fr');
    expect(locked).toContain('Téléphone : 01 39 22 36 00');
    expect(locked).toContain('ouvert en ce moment');
    const audit = c.core.db.$client.prepare("select count(*) as n from audit_log where action = 'familyKey.failed'").get() as { n: number };
    expect(audit.n).toBe(5);
  });

  it('never asks for the key by SMS', async () => {
    const { c } = await signedInChat('carrieres-sous-poissy', 'sms');
    const text = c.text(await c.say('Clé Enfance'));
    expect(text).toContain('Par SMS, je ne vous demande jamais votre Clé Enfance');
    expect(text).not.toContain('Tapez votre Clé Enfance');
  });

  it('a key typed at the menu by SMS is not taken: where to type it instead, and nothing is linked', async () => {
    const { c } = await signedInChat('carrieres-sous-poissy', 'sms');
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    // Typed in groups of four, as shown on the letter.
    const text = c.text(await c.say(key.replace(/-/g, ' ')));
    expect(text).toContain(bySms('familyKey.notHere'));
    const linked = c.core.db.$client.prepare('select household_id from accounts where email = ?').get(EMAIL) as { household_id: number | null };
    expect(linked.household_id).toBeNull();
    // Not linked yet: a booking by SMS says where to link it, not a word that would be refused here.
    expect(c.text(await c.say('réserver la cantine demain pour Léa'))).toContain(bySms('familyFile.linkFirstElsewhere'));
  });

  it.each([
    ['alone', (key: string) => key],
    ['in a sentence with its name', (key: string) => `ma clé enfance c ${key.replace(/-/g, ' ')}`],
    ['in a request to enter it', (key: string) => `je veux saisir ma clé enfance : ${key.toLowerCase()}`],
  ])('a key typed at the menu in the web chat (%s) links the account at once', async (_how, typed) => {
    const { c } = await signedInChat();
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    await c.say(typed(key));
    const linked = c.core.db.$client.prepare('select household_id from accounts where email = ?').get(EMAIL) as { household_id: number | null };
    expect(linked.household_id).not.toBeNull();
  });

  it('a question about another task at the key\'s question is that task, not a wrong key', async () => {
    const { c } = await signedInChat();
    await c.say('Clé Enfance');
    const text = c.text(await c.say('mes enfants ils sont inscrits a quoi cette semaine'));
    const t = c.core.texts.for('fr');
    expect(text).not.toContain(t('familyKey.malformed'));
    // That task needs the family file: it is kept (keyRequestKept.ts), the key asked again, and the task goes on once linked.
    expect(text).toContain(t('familyKey.requestKept'));
    // The key still links afterwards, at the first try, and the request kept is served.
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    expect(heard(await c.say(key))).toContain(t('agenda.title', { period: '' }).trim());
    const linked = c.core.db.$client.prepare('select household_id from accounts where email = ?').get(EMAIL) as { household_id: number | null };
    expect(linked.household_id).not.toBeNull();
  });

  it('tells who to ask when the key was not received', async () => {
    const { c } = await signedInChat('chanteloup-les-vignes');
    await c.say('Clé Enfance');
    const text = c.text(await c.say('je ne l\'ai pas reçue'));
    expect(text).toContain('La commune envoie ce code (Clé Enfance) par courrier aux familles inscrites.');
    expect(text).toContain('Guichet unique (Espace Victor Hugo)');
    expect(text).toContain('01 39 74 29 12');
  });
});
