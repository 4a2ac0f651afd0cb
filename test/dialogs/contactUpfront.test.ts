/** A contact detail changed with the new one said in the request, or asked after the current one is shown. */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('contact details given up front', () => {
  it.each(CHANNELS)('%s: « changer mon adresse mail pour … » sends the code to that address at once', async (channelId) => {
    const { c, account } = await signedInChat(chats, { channelId });
    const said = c.text(await c.say('changer mon adresse mail pour marie.d@exemple.com'));
    expect(said).toContain(textBefore('contact.askCode'));
    expect(said).not.toContain(fr['createAccount.ask.email']);
    await c.say(lastCode(c.core.config.outboxDir, 'marie.d@exemple.com'));
    expect((await c.core.service.deps.repos.accounts.get(account.id))?.email).toBe('marie.d@exemple.com');
  });

  it.each(CHANNELS)('%s: « changer mon numéro » shows the current number (spaced by twos), then asks the new one', async (channelId) => {
    const { c, account } = await signedInChat(chats, { channelId, phone: '0611223344' });
    const said = c.text(await c.say('changer mon numéro'));
    expect(said).toContain(fr['contact.currentPhone']!.replace('{{phone}}', '06 11 22 33 44'));
    expect(said).toContain(fr['createAccount.ask.phone']);
    await c.say('06 12 34 56 78');
    expect((await c.core.service.deps.repos.accounts.get(account.id))?.phone).toBe('0612345678');
  });

  it.each(CHANNELS)('%s: « changer mon numéro pour le 06… » changes it at once', async (channelId) => {
    const { c, account } = await signedInChat(chats, { channelId, phone: '0611223344' });
    expect(c.text(await c.say('changer mon numéro pour le 06 12 34 56 78'))).toContain(fr['contact.phoneChanged']);
    expect((await c.core.service.deps.repos.accounts.get(account.id))?.phone).toBe('0612345678');
  });
});
