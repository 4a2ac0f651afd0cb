/**
 * « non merci », « non laissez tomber », « non c'est déjà fait » at the first question of a task the
 * resident just started: the task is not wanted, it stops as with « annuler » (nothing stored, the menu
 * again). Later in the task, or right after the task was brought back, « non merci » is not a cancellation; an option « Non, merci » is an answer.
 * Web Chat and SMS; the rows assert what was asked next by its locale key and what was stored.
 */
import { demarcheChat, rows } from '../support/demarches';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const tOf = (c: Chat, channel: string) => c.core.texts.for('fr', false, channel === 'sms');

describe('a task refused at its first question', () => {
  it.each(table([['non merci'], ['non laissez tomber'], ['Non, merci !'], ['non c deja fait'], ['pas besoin merci']]))('%s: « %s » at « Madame ou Monsieur ? » stops the account creation', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    expect(c.text(await c.say('Créer mon espace'))).toContain(t('createAccount.ask.civility'));
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('commands.cancelled'));
    expect(replies).not.toContain(t('createAccount.ask.civility'));
    // Nothing kept: « Madame » now is no answer to a question that is gone.
    expect(c.text(await c.say('Créer mon espace'))).toContain(t('createAccount.ask.civility'));
  });

  it.each(table([['non merci'], ['non c deja fait']]))('%s: « %s » at the census birth question stops the census, nothing stored', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    expect(c.text(await c.say('recensement'))).toContain(t('census.askBirth'));
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('commands.cancelled'));
    expect(replies).not.toContain(t('civilAct.bad.eventDay'));
    expect(rows(c, 'select id from requests')).toEqual([]);
  });

  it.each(table([['non merci']]))('%s: « %s » at a later question does not cancel the task', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    await c.say('Créer mon espace');
    await c.say('Madame');
    expect(c.text(await c.say(phrasing))).not.toContain(t('commands.cancelled'));
  });

  it.each(table([['non merci']]))('%s: « %s » right after « reprendre » brings a task back does not cancel it', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    await c.say('recensement');
    await c.say('suivre CSP-2026-000002');
    await c.say('lea@example.org');
    expect(c.text(await c.say('reprendre'))).toContain(t('census.askBirth'));
    expect(c.text(await c.say(phrasing))).not.toContain(t('commands.cancelled'));
  });

  it.each(table([['Non, merci']]))('%s: « %s », one of the options shown, answers the question', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    expect(c.text(await c.say('recensement de mon fils né le 15/11/2010'))).toContain(t('census.offer'));
    expect(c.text(await c.say(phrasing))).not.toContain(t('commands.cancelled'));
  });
});
