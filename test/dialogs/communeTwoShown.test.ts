/**
 * « carrieres » fits two communes, both shown; the words that tell them apart typed then (« sur seine », « poissy »,
 * « sous poissy ») take that one, never « Je ne connais pas cette commune » and a question again. SMS asks the commune first.
 */
import { smsSaying, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the words that tell apart the two communes shown', () => {
  it.each([
    ['sur seine', 'Carrières-sur-Seine'],
    ['seine', 'Carrières-sur-Seine'],
    ['sous poissy', 'Carrières-sous-Poissy'],
    ['poissy', 'Carrières-sous-Poissy'],
  ])('« %s »: %s', async (said, commune) => {
    const { c, last } = await smsSaying(chats, 'bonjour', 'carrieres');
    expect(last).toContain(fr['commune.ambiguous']);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr['commune.noted']?.replace('{{commune}}', commune));
    expect(reply).not.toContain(fr['commune.unknown']);
  });

  it('« Triel sur Seine » after « carrieres »: another commune named, only suggested, never taken', async () => {
    const { c } = await smsSaying(chats, 'bonjour', 'carrieres');
    const reply = c.text(await c.say('Triel sur Seine'));
    expect(reply).not.toContain(fr['commune.noted']?.replace('{{commune}}', 'Carrières-sur-Seine'));
  });

  it('« poissy » asked alone (nothing shown before) is still suggested, not taken', async () => {
    const { last } = await smsSaying(chats, 'bonjour', 'poissy');
    expect(last).toContain(fr['commune.near']?.replace('{{commune}}', 'Carrières-sous-Poissy'));
  });
});
