/**
 * Days said in English replies: in the English order, the month in words (« November 3, 2026 »), as the sign-in's last
 * visit says them. The act's read-back and the day kept ahead said « 03/11/2026 » (the French order, hard-coded), and the
 * invoices « 12/15/2026 » (numbers only, read either way). Web Chat and SMS; the French replies keep « 03/11/2026 ».
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { signedInChat } from '../support/accounts';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const en = (c: Chat, channel: string) => c.core.texts.for('en', false, channel === 'sms');

describe('days in English replies', () => {
  it.each(table([['03/11/2026'], ['November 3, 2026']]))('%s: the act’s read-back says the death’s day « %s » the English way', async (channel, day) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('english');
    const t = en(c, channel);
    for (const a of ['death certificate', 'here', 'MARTIN', 'Robert', day, 'paul@example.org', '3 rue de la Gare 78955 Carrières-sous-Poissy']) await c.say(a);
    const readBack = c.text(await c.say('Paul Martin'));
    expect(readBack).toContain(t('createAccount.confirm'));
    expect(readBack).toContain('November 3, 2026');
    expect(readBack).not.toContain('03/11/2026');
    await c.say('yes');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', eventDay: '2026-11-03' })]);
  });

  it.each(table([['03/11/2026']]))('%s: the French read-back keeps « %s »', async (channel, day) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ['acte de décès', 'ici', 'MARTIN', 'Robert', day, 'paul@example.org', '3 rue de la Gare 78955 Carrières-sous-Poissy']) await c.say(a);
    expect(c.text(await c.say('Paul Martin'))).toContain('03/11/2026');
  });

  // By SMS, the list is text (in Web Chat, a card).
  it.each(['sms'])('%s: the invoices’ due day in the English order, the month in words', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Snow trip', 7380, '2026-12-15', 'agent');
    await c.say('english');
    const list = c.text(await c.say('my invoices'));
    expect(list).toContain('December 15, 2026');
    expect(list).not.toMatch(/\b(?:15\/12|12\/15)\/2026\b/);
  });
});
