/**
 * A bare number typed after a task that listed nothing (by SMS, the practical info's pages with « suite »): it picks
 * from the last list the resident saw, the menu shown before the task. It was « Je n'ai pas compris. Tapez un numéro
 * du menu » (menu.notUnderstood) with the same menu again.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const NOT_UNDERSTOOD = textBefore('menu.notUnderstood');

describe.each(CHANNELS)('a number after the practical info, on %s', (channelId) => {
  it('signed out: « 2 » after the pages is « Me connecter » of the menu listed before (the e-mail asked)', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('menu');
    await c.say('Infos pratiques');
    if (channelId === 'sms') await c.say('suite');
    const next = c.text(await c.say('2'));
    expect(next).not.toContain(NOT_UNDERSTOOD);
    expect(next).toContain(fr['signIn.askEmail']);
  });

  it('signed in: « 1 » after the pages is the menu\'s first rubric (booking: the activity asked)', async () => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('menu');
    await c.say('Infos pratiques');
    if (channelId === 'sms') await c.say('suite');
    const next = c.text(await c.say('1'));
    expect(next).not.toContain(NOT_UNDERSTOOD);
    expect(next).toContain(fr['booking.askActivity']);
  });
});
