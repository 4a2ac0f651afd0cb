/** « Me connecter » in French: e-mail, code from the mail, wrong and expired codes, sign-out; no code kept. */
import fs from 'node:fs';
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { fr } from '../support/prompts';

const CSP = { commune: 'carrieres-sous-poissy' };
const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chatWithAccount(clock = settableClock('2026-11-18T14:00:00Z')) {
  const c = startChat({ clock });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({
    communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null,
  });
  await c.join(CSP);
  return { c, clock, outbox: c.core.config.outboxDir };
}

describe('signing in', () => {
  it('asks the e-mail, mails a code, and greets with the last sign-in', async () => {
    const { c, outbox } = await chatWithAccount();
    expect(c.text(await c.say('Me connecter'))).toContain('Quelle est l\'adresse e-mail de votre espace ?');
    const sent = c.text(await c.say(EMAIL));
    expect(sent).toContain(`Si un espace existe avec l'adresse ${EMAIL}, je viens d'y envoyer un code à 6 chiffres.`);
    expect(sent).toContain('Tapez le code reçu.');
    const welcome = c.text(await c.say(lastCode(outbox, EMAIL)));
    expect(welcome).toContain('Bonjour Madame DURAND — c\'est votre première connexion.');
    expect(welcome).toContain('Puis-je faire autre chose pour vous ?');
    // already signed in
    expect(c.text(await c.say('Me connecter'))).toContain('Vous êtes déjà connecté(e), Madame DURAND.');
  });

  it('gives the date and time of the previous sign-in, in Paris time', async () => {
    const { c, clock, outbox } = await chatWithAccount();
    await c.say('Me connecter');
    await c.say(EMAIL);
    await c.say(lastCode(outbox, EMAIL));
    await c.say('me déconnecter');
    clock.advance(60 * 24 * 3);
    await c.say('je veux me connecter');
    await c.say(EMAIL);
    expect(c.text(await c.say(lastCode(outbox, EMAIL)))).toContain('Bonjour Madame DURAND — dernière connexion le 18/11/2026 à 15:00.');
  });

  it('asks again for a malformed e-mail without losing the step', async () => {
    const { c } = await chatWithAccount();
    await c.say('Me connecter');
    expect(c.text(await c.say('julie.durand@'))).toContain('Cette adresse e-mail ne semble pas complète.');
    expect(c.text(await c.say(EMAIL))).toContain('je viens d\'y envoyer un code');
  });

  it.each([
    ['Me connecter', 'je ne sais pas'],
    ['Me connecter', "j'ai oublié mon adresse mail"],
    ['Me connecter', 'ché pas mon mail'],
    ['Me connecter', 'jsais plus'],
    ['Me connecter', 'chai pas'],
    ['Me connecter', "c'est quoi mon adresse ?"],
    // Inside a task: its own e-mail asked about, never the mairie's address.
    ['mes factures', "c'est quoi mon adresse ?"],
    ['réserver la cantine', 'quel mail ?'],
  ])('« %s », then « %s » at the e-mail question: where to find it, and the question again', async (task, said) => {
    const { c, outbox } = await chatWithAccount();
    await c.say(task);
    const replies = c.text(await c.say(said));
    expect(replies).toContain(fr['signIn.emailForgotten']?.split('.')[0]);
    expect(replies).not.toContain(fr['signIn.badEmail']?.split('.')[0]);
    expect(replies.split('\n').at(-1)).toBe(fr['signIn.askEmail']);
    expect(fs.existsSync(outbox) ? fs.readdirSync(outbox) : []).toEqual([]);
  });

  it('answers an unknown e-mail like a known one and mails nothing', async () => {
    const { c, outbox } = await chatWithAccount();
    await c.say('Me connecter');
    const text = c.text(await c.say('inconnu@example.org'));
    expect(text).toContain('Si un espace existe avec l\'adresse inconnu@example.org, je viens d\'y envoyer un code à 6 chiffres.');
    expect(outboxMails(outbox)).toEqual([]);
    expect(c.text(await c.say('123456'))).toContain('Ce code ne correspond pas. Il vous reste 4 essais.');
  });

  it('counts wrong codes, sends a new one on « renvoyer », and refuses an expired one', async () => {
    const { c, clock, outbox } = await chatWithAccount();
    await c.say('Me connecter');
    await c.say(EMAIL);
    const code = lastCode(outbox, EMAIL);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(c.text(await c.say(wrong))).toContain('Il vous reste 4 essais.');
    clock.advance(16);
    expect(c.text(await c.say(code))).toContain('Ce code n\'est plus valable.');
    expect(c.text(await c.say('renvoyer'))).toContain('je viens d\'y envoyer un code');
    expect(outboxMails(outbox)).toHaveLength(2);
    expect(c.text(await c.say(lastCode(outbox, EMAIL)))).toContain('Bonjour Madame DURAND');
  });

  it('keeps no code in the stored conversation state nor in the database', async () => {
    const { c, outbox } = await chatWithAccount();
    await c.say('Me connecter');
    await c.say(EMAIL);
    const code = lastCode(outbox, EMAIL);
    await c.say(code);
    const state = c.core.db.$client.prepare('select data from bot_state').all() as Array<{ data: string }>;
    expect(state.map((r) => r.data).join('\n')).not.toContain(code);
    const codes = c.core.db.$client.prepare('select code_hash from one_time_codes').all() as Array<{ code_hash: string }>;
    expect(codes.map((r) => r.code_hash).join('\n')).not.toContain(code);
    // the only place the code exists is the mail itself
    expect(fs.readdirSync(outbox).length).toBe(1);
  });

  it('« me déconnecter » ends the session', async () => {
    const { c, outbox } = await chatWithAccount();
    await c.say('Me connecter');
    await c.say(EMAIL);
    await c.say(lastCode(outbox, EMAIL));
    expect(c.text(await c.say('me déconnecter'))).toContain('C\'est fait : vous êtes déconnecté(e).');
    expect(c.text(await c.say('me déconnecter'))).toContain('Vous n\'êtes pas connecté(e).');
  });

  it('« mot de passe oublié » mails a reset link, says the same for an unknown address, and reminds that a code is enough here', async () => {
    const { c, outbox } = await chatWithAccount();
    const text = c.text(await c.say('j\'ai oublié mon mot de passe'));
    expect(text).toContain('Pour vous connecter ici, le mot de passe n\'est pas nécessaire');
    expect(text).toContain('Quelle est l\'adresse e-mail de votre espace ?');
    expect(c.text(await c.say('pas une adresse'))).toContain('Cette adresse e-mail ne semble pas complète.');
    const before = outboxMails(outbox).length;
    const sent = c.text(await c.say(EMAIL));
    expect(sent).toContain(`Si un espace existe avec l'adresse ${EMAIL}, je viens d'y envoyer un lien pour choisir un nouveau mot de passe.`);
    expect(sent).toContain('écrivez « me connecter »');
    expect(outboxMails(outbox)).toHaveLength(before + 1);
    expect((outboxMails(outbox).at(-1) ?? '').replace(/=\r?\n/g, '')).toMatch(/Vous avez demand=C3=A9 un nouveau mot de passe|Vous avez demandé un nouveau mot de passe/);
    await c.say('mot de passe oublié');
    const unknown = c.text(await c.say('personne@example.org'));
    expect(unknown.replace('personne@example.org', EMAIL)).toBe(sent);
    expect(outboxMails(outbox)).toHaveLength(before + 1);
  });

  it('shows a sign-in card opening the bot\'s page where cards exist, with its text equivalent; a code typed before the page gave one is refused', async () => {
    const { c } = await chatWithAccount();
    const replies = await c.say('Me connecter');
    const card = replies.flatMap((r) => r.attachments ?? [])[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const content = card?.content as { version: string; speak: string; fallbackText: string; actions: Array<{ type: string; url: string; title: string }> };
    expect(content.version).toBe('1.4');
    expect(content.actions[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'Ouvrir la page de connexion' });
    expect(content.actions[0]?.url).toMatch(/^http:\/\/localhost:\d+\/connexion\/[A-Za-z0-9_-]{43}$/);
    expect(content.fallbackText).toContain('utilisez-le sur notre page sécurisée, jamais ici');
    expect(content.fallbackText).toContain(content.actions[0]?.url ?? '-');
    expect(content.speak).toContain('Me connecter avec mon mot de passe');
    expect(c.text(await c.say('123 456'))).toContain('Je n\'attends pas encore de code.');
  });

  it('shows no sign-in card by SMS', async () => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const replies = await c.say('Me connecter');
    expect(replies.flatMap((r) => r.attachments ?? [])).toHaveLength(0);
    expect(c.text(replies)).not.toContain('/connexion/');
  });
});
