/**
 * A chat at Carrières-sous-Poissy on a fixed day (18 November 2026, 15:00 in Paris), the commune answered by SMS too,
 * that has said `answers`; and the French texts of its channel. Shared by the tests of names typed at a question and of
 * a hint said once (namesTogether, bothNamesOrder, hintOnce).
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from './harness';

export async function chatSaying(chats: Chat[], channelId: string, ...answers: string[]): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  if (channelId === 'sms') await c.say('Carrières-sous-Poissy');
  for (const m of answers) await c.say(m);
  return c;
}

/** The French texts as the chat's channel says them (SMS: its own wording). */
export const textsOf = (c: Chat, channel: string) => c.core.texts.for('fr', false, channel === 'sms');
