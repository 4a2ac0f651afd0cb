/**
 * « Puis-je faire autre chose pour vous ? » after a task, answered with a bare yes or no, as residents do: « oui »,
 * « ouais », « yes » show the menu in full (they were « Je n'ai pas compris votre demande »); « non », « nan », « no »
 * take leave (« non » asked the same question again, « no » was not understood). By SMS the same after the one-line
 * hint. Each row asserts the locale text said next.
 */
import { startChat, type Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The opening hours asked, then « non » to another practical question: the menu asked again. */
async function atMenuAgain(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('horaires de la mairie');
  const again = c.text(await c.say('non'));
  expect(again).toContain(textBefore(channelId === 'sms' ? 'menu.afterAnswer' : 'menu.again').slice(0, 20));
  return c;
}

describe('a bare yes or no to « Puis-je faire autre chose pour vous ? »', () => {
  it.each(table([['oui'], ['ouais'], ['yes'], ['oui svp']]))('%s: « %s » shows the menu in full', async (channel, answer) => {
    const c = await atMenuAgain(channel);
    const said = c.text(await c.say(answer));
    expect(said).not.toContain(textBefore('menu.notUnderstood').slice(0, 20));
    expect(said).toContain(textBefore(channel === 'sms' ? 'menu.item.createAccount' : 'menu.title'));
  });

  it.each(table([['non'], ['nan'], ['no'], ['non merci']]))('%s: « %s » takes leave', async (channel, answer) => {
    const c = await atMenuAgain(channel);
    const said = c.text(await c.say(answer));
    expect(said).not.toContain(textBefore('menu.notUnderstood').slice(0, 20));
    expect(said).not.toContain(textBefore('menu.again'));
    expect(said).toContain(textBefore('menu.closing.writeAgain'));
  });

  it.each(table([['non']]))('%s: at the first menu, « %s » is not a goodbye: the menu stays', async (channel, answer) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say(answer))).not.toContain(textBefore('menu.closing.writeAgain'));
  });
});
