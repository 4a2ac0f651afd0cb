/**
 * The sign-up's phone question by SMS says « ce numéro » is an answer (`createAccount.ask.phoneSms`): residents answered
 * « oui » to a bare « Quel est votre numéro de téléphone ? » and were told to type a number. « ce numéro » then stores the
 * number written from. On the Web Chat, the question is the plain one.
 */
import { buildBot, buildCore } from '../../src/index';
import { fixedClock } from '../../src/domain/clock';
import { SmsAdapter } from '../../src/sms/smsAdapter';
import { startChat, tempConfig, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the phone at the sign-up by SMS', () => {
  it('offers « ce numéro », which stores the number written from', async () => {
    const core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const bot = buildBot(core);
    const adapter = new SmsAdapter();
    const from = '+33612345671';
    const email = 'karim.haddad@example.org';
    const t = core.texts.for('fr', false, true);
    const say = async (text: string) => (await adapter.receive(from, text, undefined, (ctx) => bot.run(ctx))).join('\n');
    for (const text of ['Bonjour', '1', '1', 'monsieur', 'Haddad', 'Karim']) await say(text);
    expect(await say(email)).toContain(t('createAccount.ask.phoneSms'));
    expect(await say('ce numéro')).toContain(t('createAccount.ask.address'));
    await say('12 rue Verte 78955 Carrières-sous-Poissy');
    await say('oui');
    await say(lastCode(core.config.outboxDir, email));
    expect(await core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email)).toMatchObject({ phone: '0612345671' });
    core.close();
  });

  it('on the Web Chat, the plain question', async () => {
    const c = startChat({});
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['Créer mon espace', 'Monsieur', 'Haddad', 'Karim']) await c.say(m);
    const asked = c.text(await c.say('karim.haddad@example.org'));
    expect(asked).toContain(fr['createAccount.ask.phone']);
    expect(asked).not.toContain(fr['createAccount.ask.phoneSms']);
  });
});
