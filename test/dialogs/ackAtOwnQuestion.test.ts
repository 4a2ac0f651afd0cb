/**
 * « ok » at a question that offers no list of its own, or a single option: the bot says what it awaits before the question
 * again, never the options of a question asked before it. At the file of a paper (its kind chosen at the step before): a
 * file is awaited (Web Chat: by SMS no file is sent). At « Pour quel enfant ? » offering Hugo alone: how to choose him; then « 1 » takes him. At the days of an absence: days are awaited. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) => c.core.db.$client.prepare('select ch.first_name as child, a.code, r.day from reservations r join children ch on ch.id = r.child_id join activities a on a.id = r.activity_id').all();

describe('« ok » at a question without a list of its own', () => {
  // By SMS no file is sent: the portal is named instead of a question.
  it.each(table([['ok'], ["d'accord"]]).filter(([channel]) => channel === 'webchat'))('%s: « %s » at the file asked: a file is awaited (not the kinds of paper asked before)', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('envoyer un justificatif');
    await c.say('2');
    const again = c.text(await c.say(said));
    expect(again).toContain(t('documents.noFile'));
    expect(again).not.toContain(t('choice.pickListed'));
    expect(again).not.toContain(t('documents.kind.avis_imposition'));
  });

  it.each(table([['ok']]))('%s: « %s » at « Pour quel enfant ? » offering Hugo alone: how to choose him, then « 1 » takes him', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la garderie du soir pour lucas');
    expect(c.text(await c.say(said))).toContain(t('choice.pickOnly', { option: 'Hugo' }));
    await c.say('1');
    await c.say('le 8 décembre');
    await c.say('oui');
    expect(rows(c)).toEqual([{ child: 'Hugo', code: 'evening', day: '2026-12-08' }]);
  });

  it.each(table([['ok'], ['ouais']]))('%s: « %s » at the days of an absence: the days are awaited, the question asked again', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('signaler une absence pour Hugo');
    const again = c.text(await c.say(said));
    expect(again).toContain(t('absence.awaited.days'));
    expect(again).toContain(t('absence.askDays'));
  });
});
