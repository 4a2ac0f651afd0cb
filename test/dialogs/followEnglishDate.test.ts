/**
 * An English resident's requests listed: the day each was sent has its month in words (« 12/04/2026 » is April for
 * some and December for others). The clock is 18 November 2026; the French list keeps « 18/11/2026 ».
 */
import { dayFormat } from '../../src/domain/formats';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const SENT = new Date('2026-11-18T14:00:00Z');
const month = (locale: string) => new Intl.DateTimeFormat(locale, { month: 'long' }).format(SENT);

describe.each(CHANNELS)('the day a request was sent (%s)', (channelId) => {
  it('in English: the month in words, no day written with slashes', async () => {
    const { c, account } = await signedInChat(chats, { channelId });
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    const reference = await c.core.service.requests.submitAddressChange(account, commune, '8 allée des Lilas 78955 Carrières-sous-Poissy');
    await c.say('english');
    const text = c.text(await c.say('où en est ma demande'));
    expect(text).toContain(reference);
    expect(text).toContain(dayFormat('en', 'Europe/Paris').format(SENT));
    expect(text).toContain(month('en'));
    expect(text).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('in French: « 18/11/2026 »', async () => {
    const { c, account } = await signedInChat(chats, { channelId });
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    await c.core.service.requests.submitAddressChange(account, commune, '8 allée des Lilas 78955 Carrières-sous-Poissy');
    expect(c.text(await c.say('où en est ma demande'))).toContain('18/11/2026');
  });
});
