/**
 * « mes demandes », « où en est ma demande » without being signed in: both ways are offered (signing in to see every
 * request, or the request's number). « me connecter », « j'ai un compte », « oui » sign in, and then the account's
 * requests are listed, those made with its e-mail without being signed in too; « je n'ai pas de compte » asks the
 * number (never the account's creation). Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import { lastCode } from '../support/outbox';
import { offered, table } from '../support/prompts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function withRequests(channelId: string) {
  const { c, account } = await signedInChat(chats, { channelId, signIn: false });
  const commune = await c.core.service.getCommune('carrieres-sous-poissy');
  const signedInOne = await c.core.service.requests.submitAddressChange(account, commune, '8 allée des Lilas 78955 Carrières-sous-Poissy');
  const byEmail = await c.core.service.requests.submit({ commune, kind: 'family_booklet', email: account.email, data: {}, locale: 'fr' });
  const t = c.core.texts.for('fr', false, channelId === 'sms');
  return { c, account, t, references: [signedInOne, byEmail] };
}

describe('« mes demandes » not signed in', () => {
  it.each(table([['mes demandes', 'me connecter'], ['où en est ma demande', "j'ai un compte"], ['mes demandes', 'oui'], ['ou en est ma demande ?', 'Me connecter']]))(
    '%s: « %s », then « %s »: signed in, every request of the account listed',
    async (channel, asked, answer) => {
      const { c, account, t, references } = await withRequests(channel);
      const offer = await c.say(asked);
      expect(c.text(offer)).toContain(t('follow.signInOffer'));
      expect(c.text(offer)).toContain(t('follow.askReference'));
      if (channel === 'webchat') expect(offered(offer)).toEqual([t('follow.signInChoice'), t('follow.lostChoice')]);
      expect(c.text(await c.say(answer))).toContain(t('signIn.askEmail'));
      await c.say(account.email);
      const listed = c.text(await c.say(lastCode(c.core.config.outboxDir, account.email)));
      expect(listed).toContain(t('follow.mine'));
      for (const reference of references) expect(listed).toContain(reference);
    },
  );

  it.each(table([['my requests'], ['where is my request?']]))('%s: in English, « %s » then « sign in »: the account\'s requests listed', async (channel, asked) => {
    const { c, account, references } = await withRequests(channel);
    await c.say('english');
    const en = c.core.texts.for('en', false, channel === 'sms');
    expect(c.text(await c.say(asked))).toContain(en('follow.signInOffer'));
    expect(c.text(await c.say('sign in'))).toContain(en('signIn.askEmail'));
    await c.say(account.email);
    const listed = c.text(await c.say(lastCode(c.core.config.outboxDir, account.email)));
    for (const reference of references) expect(listed).toContain(reference);
  });

  it.each(table([["je n'ai pas de compte"], ['pas de compte']]))('%s: « %s »: the number asked, no account created', async (channel, answer) => {
    const { c, t } = await withRequests(channel);
    await c.say('mes demandes');
    const reply = c.text(await c.say(answer));
    expect(reply).toContain(t('follow.noAccount'));
    expect(reply).toContain(t('follow.askReference'));
    expect(reply).not.toContain(t('createAccount.intro'));
  });

  it.each(table([['perdu'], ["J'ai perdu le numéro"]]))('%s: « %s »: the lost reference, as before', async (channel, answer) => {
    const { c, t } = await withRequests(channel);
    await c.say('mes demandes');
    expect(c.text(await c.say(answer))).toContain(t('lostReference.askEmail'));
  });
});
