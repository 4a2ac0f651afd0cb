/**
 * « changer de commune » in the middle of a task: the task is put aside (as for another topic), the commune asked.
 * « en fait non », « non je reste », « annuler » there keep the commune and offer the task back (« oui » brings it
 * back at its question); another commune chosen forgets the tasks put aside (they were the other commune's).
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function bookingAtEmail(channelId: string): Promise<{ c: Chat; t: ReturnType<Chat['core']['texts']['for']> }> {
  const c = startChat({ channelId });
  chats.push(c);
  const t = c.core.texts.for('fr', false, channelId === 'sms');
  await c.say('carrieres sous poissy');
  expect(c.text(await c.say('je voudrais inscrire mon fils a la cantine'))).toContain(t('signIn.askEmail'));
  const asked = await c.say('changer de commune');
  expect(c.text(asked)).toContain(t('topics.pausedKept'));
  expect(c.text(asked)).toContain(t('commune.ask'));
  expect(offered(asked).length).toBeGreaterThan(1);
  return { c, t };
}

describe.each(CHANNELS)('the commune change taken back (%s)', (channelId) => {
  it.each(['en fait non je reste', 'non je reste', 'en fait non', 'annuler'])('« %s » keeps the commune and offers the task back', async (said) => {
    const { c, t } = await bookingAtEmail(channelId);
    const kept = c.text(await c.say(said));
    expect(kept).toContain(t('commune.stayed', { commune: 'Carrières-sous-Poissy' }));
    expect(kept).not.toContain(t('commune.unknown'));
    expect(kept).toContain(t('topics.offer', { task: '\u0000' }).split('\u0000')[0]);
    const back = c.text(await c.say('oui'));
    expect(back).toContain(t('signIn.askEmail'));
    expect(back).not.toContain(t('commune.ask'));
  });

  it('the same commune chosen: noted, and the task offered back', async () => {
    const { c, t } = await bookingAtEmail(channelId);
    const kept = c.text(await c.say('carrieres sous poissy'));
    expect(kept).toContain(t('commune.noted', { commune: 'Carrières-sous-Poissy' }));
    expect(kept).toContain(t('topics.offer', { task: '\u0000' }).split('\u0000')[0]);
    expect(c.text(await c.say('oui'))).toContain(t('signIn.askEmail'));
  });

  it('another commune chosen: noted, and nothing is left to take back', async () => {
    const { c, t } = await bookingAtEmail(channelId);
    expect(c.text(await c.say('chanteloup'))).toContain(t('commune.noted', { commune: 'Chanteloup-les-Vignes' }));
    expect(c.text(await c.say('reprendre'))).toContain(t('topics.nothingPaused'));
  });
});
