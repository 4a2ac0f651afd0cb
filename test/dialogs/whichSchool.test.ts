/**
 * « mon fils va dans quelle école ? » at the menu: the family file says each child's school (it was read as a
 * trip abroad's authorisation); « mon dossier » then shows it.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('which school a child goes to (%s)', (channelId) => {
  it.each(['mon fils va dans quelle ecole', "ma fille va à l'école où ?", 'dans quelle école est Léa ?'])('« %s »: the family file, where the school is shown', async (said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr['menu.whichSchool']);
    expect(reply).not.toMatch(/CERFA|15646/);
    const school = (c.core.db.$client.prepare("select school from children where first_name = 'Léa'").get() as { school: string }).school;
    expect(JSON.stringify(await c.say('mon dossier'))).toContain(school);
  });

  it('not signed in: the same answer, no sign-in started', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const reply = c.text(await c.say('mon fils va dans quelle ecole ?'));
    expect(reply).toContain(fr['menu.whichSchool']);
    expect(reply).not.toContain(fr['signIn.askEmail']);
  });
});
