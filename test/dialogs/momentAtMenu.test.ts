/**
 * A moment alone typed at the main menu (« mercredi à 17h ») asks the hours for that moment
 * (fixed clock of the harness: Wednesday 18 November 2026, 15:00 in Paris), Carrières-sous-Poissy.
 */
import { startChat, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a moment alone at the main menu', () => {
  it.each(['mercredi à 17h', 'jeudi vers 9h ?'])('« %s » is answered with the hours of that moment', async (said) => {
    const c = startChat();
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const text = c.text(await c.say(said));
    expect(text).not.toContain((fr['menu.notUnderstood'] as string).slice(0, 30));
    expect(text).toMatch(/\d{1,2} h( \d\d)?/);
    expect(text).toContain(said.split(' ')[0] as string);
  });
});
