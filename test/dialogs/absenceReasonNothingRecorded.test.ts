/**
 * A reason said (« il a la gastro ») right after an absence that recorded nothing (its day already cancelled): no
 * « the absence stays recorded », nothing stored, no new absence asked. Asserts the locale key said and the absences.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a reason after an absence that recorded nothing', () => {
  it.each(['webchat', 'sms'])('%s: the day moved to one already cancelled, then « il a la gastro »', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Hugo les 7 et 8 décembre');
    await c.say('oui');
    await c.say('annuler la cantine de Hugo le 8 décembre');
    await c.say('oui');
    await c.say('hugo sera absent le 7 décembre');
    await c.say('non pardon le 8');
    const replies = await c.say('il a la gastro');
    expect(c.text(replies)).toContain(t('absence.reasonNothingRecorded'));
    expect(offered(replies)).not.toContain('Léa');
    expect(c.core.db.$client.prepare('select day from absences').all()).toEqual([]);
  });
});
