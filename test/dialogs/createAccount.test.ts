/** « Créer mon espace » in French: six checked answers, a read-back, corrections, the e-mail code. */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat() {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z') });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

async function fillIn(c: Chat, email = 'julie.durand@example.org') {
  await c.say('Créer mon espace');
  await c.say('Madame');
  await c.say('Durand');
  await c.say('Julie');
  await c.say(email);
  await c.say('06 12 34 56 78');
  return c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'));
}

describe('creating an account', () => {
  it('asks one question at a time, reads everything back, then confirms the e-mail by code and signs in', async () => {
    const c = await chat();
    const first = c.text(await c.say('Créer mon espace'));
    expect(first).toContain('Créons votre espace.');
    expect(first).toContain('Madame ou Monsieur ?');
    const recap = await fillIn(c);
    expect(recap).toContain('Je récapitule : Madame Julie Durand, e-mail julie.durand@example.org, téléphone 06 12 34 56 78, adresse 3 rue Verte, 78955 Carrières-sous-Poissy.');
    const sent = c.text(await c.say('oui'));
    expect(sent).toContain('Je viens d\'envoyer un code à 6 chiffres à julie.durand@example.org.');
    const mail = outboxMails(c.core.config.outboxDir).at(-1) ?? '';
    // the mail that confirms the address (its words before the code, as the locales say them)
    const t = c.core.texts.for('fr');
    const intro = t('mail.code.body.verify_email', { code: '§', minutes: 15, commune: 'Carrières-sous-Poissy', portal: 'Espace Citoyens' }).split('§')[0]?.split('\n\n').at(-1) ?? '';
    expect(intro.length).toBeGreaterThan(10);
    expect(mail.replace(/=\r?\n/g, '')).toContain(intro);
    const welcome = c.text(await c.say(lastCode(c.core.config.outboxDir, 'julie.durand@example.org')));
    expect(welcome).toContain('Bonjour Madame DURAND — c\'est votre première connexion.');
    expect(welcome).toContain(`${t('createAccount.passwordLink', { minutes: 15, url: '§' }).split('§')[0]}http://localhost:`);
    const token = /\/compte\/mot-de-passe\/([A-Za-z0-9_-]{43})/.exec(welcome)?.[1] ?? '';
    expect(await c.core.service.passwords.open(token, 'set_password')).toMatchObject({ ok: true, account: { email: 'julie.durand@example.org', hasPassword: false } });
    const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'julie.durand@example.org');
    expect(account?.emailVerifiedAt).toBe('2026-11-18T14:00:00.000Z');
  });

  it('by SMS, mails the password link instead of writing it in the conversation', async () => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: 'sms' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await fillIn(c);
    await c.say('oui');
    const welcome = c.text(await c.say(lastCode(c.core.config.outboxDir, 'julie.durand@example.org')));
    expect(welcome).toContain('Dernière étape : je vous ai envoyé à julie.durand@example.org un lien pour choisir votre mot de passe');
    expect(welcome).not.toContain('/compte/mot-de-passe/');
    const mail = (outboxMails(c.core.config.outboxDir).at(-1) ?? '').replace(/=\r?\n/g, '');
    expect(mail).toMatch(/\/compte\/mot-de-passe\/[A-Za-z0-9_-]{43}/);
  });

  it('an account that already has a password gets no new link', async () => {
    const c = await chat();
    const repos = c.core.service.deps.repos;
    const existing = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'julie.durand@example.org', civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
    await repos.accounts.setPassword(existing.id, 'scrypt$14$8$1$AAAA$BBBB');
    await fillIn(c);
    await c.say('oui');
    const welcome = c.text(await c.say(lastCode(c.core.config.outboxDir, 'julie.durand@example.org')));
    expect(welcome).toContain('Bonjour Madame DURAND');
    expect(welcome).not.toContain('mot de passe');
  });

  it('says what is wrong with an answer and asks it again, keeping the others', async () => {
    const c = await chat();
    await c.say('Créer mon espace');
    const again = await c.say('Docteur');
    expect(c.text(again)).toContain('Pour la création de votre espace : je n\'ai pas compris votre réponse.');
    expect(c.text(again)).not.toContain('Créons votre espace.');
    expect(offered(again)).toEqual(['Madame', 'Monsieur']);
    await c.say('Monsieur');
    expect(c.text(await c.say('D4rand'))).toContain(c.core.texts.for('fr')('createAccount.bad.lastName'));
    await c.say('Martin');
    await c.say('Paul');
    expect(c.text(await c.say('paul@'))).toContain('Cette adresse e-mail ne semble pas complète.');
    await c.say('paul.martin@example.org');
    expect(c.text(await c.say('12 34'))).toContain('Il s\'écrit avec 10 chiffres');
    await c.say('+33 6 12 34 56 78');
    expect(c.text(await c.say('rue'))).toContain('Cette adresse semble incomplète.');
    expect(c.text(await c.say('8 allée des Lilas 78955 Carrières'))).toContain('Monsieur Paul Martin, e-mail paul.martin@example.org, téléphone 06 12 34 56 78');
  });

  it('lets the resident correct one answer after the read-back', async () => {
    const c = await chat();
    await fillIn(c);
    expect(c.text(await c.say('non'))).toContain('Que voulez-vous corriger ?');
    expect(c.text(await c.say('Téléphone'))).toContain('Quel est votre numéro de téléphone ?');
    expect(c.text(await c.say('07 00 00 00 01'))).toContain('téléphone 07 00 00 00 01, adresse 3 rue Verte');
  });

  it('warns about Yahoo addresses', async () => {
    const c = await chat();
    await c.say('Créer mon espace');
    await c.say('Madame');
    await c.say('Durand');
    await c.say('Julie');
    expect(c.text(await c.say('julie@yahoo.fr'))).toContain('arrivent parfois mal dans les boîtes Yahoo');
  });

  it('for an address that already has an account, goes on the same way and mails a sign-in code', async () => {
    const c = await chat();
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'julie.durand@example.org', civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
    await fillIn(c);
    expect(c.text(await c.say('oui'))).toContain('Je viens d\'envoyer un code à 6 chiffres à julie.durand@example.org.');
    expect(outboxMails(c.core.config.outboxDir).at(-1)).toContain('Voici votre code de connexion');
    const count = c.core.db.$client.prepare('select count(*) as n from accounts').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it.each([
    ['Julie Durand', 'Julie', 'Durand'],
    ['durand julie', 'julie', 'DURAND'],
    ['Da Silva', 'Ana', 'Da Silva'],
    ['Julie', 'Julie', 'Julie'],
  ])('surname « %s » then first name « %s »: the account is created with the surname « %s »', async (lastName, firstName, kept) => {
    const c = await chat();
    await c.say('Créer mon espace');
    await c.say('Madame');
    await c.say(lastName);
    await c.say(firstName);
    await c.say('julie.durand@example.org');
    await c.say('06 12 34 56 78');
    await c.say('3 rue Verte 78955 Carrières-sous-Poissy');
    await c.say('oui');
    const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'julie.durand@example.org');
    expect(account).toMatchObject({ lastName: kept });
  });
});
