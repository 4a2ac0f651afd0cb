/**
 * « c'est jusqu'à quand pour s'inscrire ? » at a question of the electoral roll's registration (Web Chat and SMS): its own
 * deadline answered (the rule, with no election day known), the question asked again with the answers kept. Before, the
 * bookings' deadlines were answered (every activity's, 771 characters: 6 SMS segments). The nationality typed in a short word
 * (« fr », « UE ») is that option (it was « pas compris »).
 */
import { CHANNELS } from '../support/prompts';
import { demarcheChat } from '../support/demarches';
import { runningValue } from '../support/dialogStack';
import type { Chat } from '../support/harness';
import { segments, smsBody } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('the electoral roll\'s deadline asked at its questions (%s)', (channelId) => {
  it.each(["c'est jusqu'à quand pour s'inscrire ?", "c'est quoi la date limite", 'il est trop tard pour les prochaines élections ?'])('« %s »: its rule, the question again, the answers kept', async (said) => {
    const c = await demarcheChat(chats, { channelId });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    await c.say('inscription liste electorale');
    await c.say('française');
    const answers = runningValue(c, 'answers');
    const replies = (await c.say(said)).map((r) => r.text ?? '');
    const answer = replies.join('\n');
    expect(answer).toContain(t('demarche.electoral_roll.rules'));
    expect(answer).not.toContain(t('booking.deadlines.intro').split('{{')[0]!.trim());
    expect(runningValue(c, 'kind')).toBe('electoral_roll');
    expect(runningValue(c, 'answers')).toEqual(answers);
    if (channelId === 'sms') expect(segments(smsBody(replies).join('\n'))).toBeLessThanOrEqual(2);
  });
});

describe.each(CHANNELS)('the nationality in a short word (%s)', (channelId) => {
  it.each([['fr', 'french'], ['France', 'french'], ['UE', 'european']])('« %s » is %s: the next question asked', async (said, nationality) => {
    const c = await demarcheChat(chats, { channelId });
    await c.say('inscription liste electorale');
    await c.say(said);
    expect(runningValue(c, 'answers')).toEqual(expect.objectContaining({ nationality }));
  });
});
