/**
 * Right after Léa's absence is recorded (no reason given yet), « ma fille a rdv chez le dentiste », « Léa a rdv chez le
 * dentiste » give its reason (« absence.reasonNoted »), not a new absence (« absence.askChild »); « Hugo a rdv chez le
 * dentiste » is Hugo's own absence. Léa is booked at the canteen on 7 and 8 December. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const statuses = (c: Chat) => c.core.db.$client.prepare('select day, status from reservations order by day').all();

async function leaAbsent(channel: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa les 7 et 8 décembre');
  await c.say('oui');
  await c.say('Léa sera absente le 7 décembre');
  return c;
}

describe('a reason said right after the absence', () => {
  it.each(table([['ma fille a rdv chez le dentiste'], ['Léa a rdv chez le dentiste']]))('%s: « %s » is the reason of Léa\'s absence', async (channel, phrasing) => {
    const c = await leaAbsent(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('absence.reasonNoted'));
    expect(replies).not.toContain(t('absence.askChild'));
    expect(statuses(c)).toEqual([
      { day: '2026-12-07', status: 'cancelled' },
      { day: '2026-12-08', status: 'confirmed' },
    ]);
  });

  it.each(['webchat', 'sms'])('%s: « Hugo a rdv chez le dentiste » is not Léa\'s reason', async (channel) => {
    const c = await leaAbsent(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say('Hugo a rdv chez le dentiste'))).not.toContain(t('absence.reasonNoted'));
  });
});
