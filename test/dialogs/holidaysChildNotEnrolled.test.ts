/**
 * The holidays' centre asked for a child not enrolled in it (« centre de loisirs vacances de noel pour hugo »): said of
 * that child by name, with his own activities offered next; it said « Vos enfants ne sont pas inscrits ».
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the holidays for a child not enrolled', () => {
  it.each(CHANNELS)('%s: Hugo named, Hugo said', async (channelId) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const said = c.text(await c.say('centre de loisirs vacances de noel pour hugo'));
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    expect(said).toContain(t('booking.enrol.childNotEnrolled', { names: 'Hugo', activity: 'Activités vacances' }));
    expect(said).not.toContain(t('booking.enrol.notEnrolled', { activity: 'Activités vacances' }));
    // His activities offered next (by SMS the question alone, without « Voici ses activités »).
    expect(said).toContain(t('booking.askActivity'));
    if (channelId !== 'sms') expect(said).toContain(t('booking.enrol.childOthers'));
  });
});
