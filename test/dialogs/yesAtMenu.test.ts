/**
 * « oui », « ouais » alone after an answer (« Puis-je faire autre chose pour vous ? », by SMS « Pour le menu, tapez
 * menu »): the whole menu, not « Je n'ai pas compris » (menu.notUnderstood). « ok » keeps its own answer (topics.waitMenu).
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a bare yes after an answer', () => {
  it.each(table([['ouais'], ['oui'], ['oui oui']]))('%s: « %s » after an absence recorded shows the menu', async (channelId, said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('inscrire Léa à la cantine le 11 janvier');
    await c.say('oui');
    await c.say('lea sera absente le 11 janvier');
    const replies = await c.say(said);
    const all = replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])} ${JSON.stringify(r.suggestedActions ?? {})}`).join('\n');
    expect(all).not.toContain(textBefore('menu.notUnderstood'));
    expect(all).toContain(fr['menu.item.booking']);
  });
});
