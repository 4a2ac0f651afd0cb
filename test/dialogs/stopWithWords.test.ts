/**
 * A stop said with words around it (« en fait non laisse tomber », « oublie en fait ») at a task's free-text
 * question stops the task as « annuler » does: nothing is done with the next answer. « non » where the
 * question takes it for « none » is still an answer; « en fait non » alone is no clear stop. Web Chat and SMS; the rows assert what was asked next
 * by its locale key and what was mailed.
 */
import { signedInChat } from '../support/accounts';
import { demarcheChat } from '../support/demarches';
import type { Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const tOf = (c: Chat, channel: string) => c.core.texts.for('fr', false, channel === 'sms');
const mails = (c: Chat) => outboxMails(c.core.config.outboxDir).length;
const STOPS: Array<[string]> = [['en fait non laisse tomber'], ['non en fait oublie'], ['laisse tomber en fait'], ['en fait je laisse tomber']];

describe('a stop with words around it at a free-text question', () => {
  it.each(table(STOPS))('%s: « %s » at the new e-mail question stops the change, no code is mailed', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    expect(c.text(await c.say('changer mon adresse e-mail'))).toContain(t('createAccount.ask.email'));
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('commands.cancelled'));
    expect(replies).not.toContain(t('createAccount.ask.email'));
    const before = mails(c);
    await c.say('nouvelle.adresse@example.org');
    expect(mails(c)).toBe(before);
  });

  it.each(table(STOPS))('%s: « %s » at the e-mail of a lost reference stops it, nothing is mailed', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    expect(c.text(await c.say('où en est ma demande'))).toContain(t('follow.askReference'));
    expect(c.text(await c.say("j'ai perdu ma référence"))).toContain(t('lostReference.askEmail'));
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('commands.cancelled'));
    expect(replies).not.toContain(t('lostReference.askEmail'));
    await c.say('marie.durand@example.org');
    expect(mails(c)).toBe(0);
  });

  it.each(table(STOPS))('%s: « %s » at the reference of a request to follow stops it', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    await c.say('où en est ma demande');
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('commands.cancelled'));
    expect(replies).not.toContain(t('follow.askReference'));
  });

  it.each(table([['en fait non'], ['plus']]))('%s: « %s » alone at the new e-mail question is no clear stop: the question is asked again', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    await c.say('changer mon adresse e-mail');
    const replies = c.text(await c.say(phrasing));
    expect(replies).not.toContain(t('commands.cancelled'));
    expect(replies).toContain(t('createAccount.ask.email'));
  });

  it.each(table([['non'], ['non merci']]))('%s: « %s » at an act request\'s e-mail question is « none », the request goes on', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    for (const a of ["extrait d'acte de naissance avec filiation", 'c moi', 'Carrières-sous-Poissy', 'Durand', 'Léa', '12/03/1988']) await c.say(a);
    expect(c.text(await c.say('Paul Durand et Marie Durand'))).toContain(t('civilAct.ask.email'));
    const replies = c.text(await c.say(phrasing));
    expect(replies).not.toContain(t('commands.cancelled'));
    expect(replies).toContain(t('civilAct.ask.phone'));
  });
});
