/**
 * In English, what works in French at a task's question: « what time does it close » at the act's form question is
 * answered (the closing time), then the question asked again; « back to menu » at the invoice list goes to the menu.
 */
import { signedInChat } from '../support/accounts';
import { demarcheChat } from '../support/demarches';
import type { Chat } from '../support/harness';
import { CHANNELS, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('English at a task\'s question (%s)', (channelId) => {
  it.each(['what time does it close', 'when do you close', 'is it open today'])('« %s » at the act\'s form: the hours answered, the form asked again', async (said) => {
    const c = await demarcheChat(chats, { channelId });
    const t = c.core.texts.for('en', false, channelId === 'sms');
    await c.say('english');
    const forms = offered(await c.say('I want a birth certificate'));
    expect(forms).toHaveLength(3);
    const reply = await c.say(said);
    const service = c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'general');
    expect(c.text(reply)).toContain(service.name);
    expect(c.text(reply)).not.toContain(t('choice.again', { task: '\u0000' }).split('\u0000')[1] ?? '?');
    expect(offered(reply)).toEqual(forms);
  });

  it.each(['back to menu', 'go back to the menu', 'back'])('« %s » at the invoice list: the menu', async (said) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
    await c.say('english');
    const t = c.core.texts.for('en', false, channelId === 'sms');
    await c.say('my invoices');
    const menu = c.text(await c.say(said));
    expect(menu).toContain(t('menu.title').slice(0, 20));
    expect(menu).not.toContain(t('menu.notUnderstood'));
  });
});
