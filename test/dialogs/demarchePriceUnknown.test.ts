/**
 * « c'est gratuit ? » at a question of a démarche whose price the commune does not state (the certificat de vie commune's
 * name, Web Chat and SMS): said so with the service to ask, the question asked again, the request then made with the name
 * typed next. Before, the question was read as the name (« Je n'ai pas reconnu un nom »).
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

describe.each(CHANNELS)('a price the commune does not state, asked in the démarche (%s)', (channelId) => {
  it.each(["c'est gratuit ?", 'c payant ?', 'ça coûte combien ?'])('« %s »: the service to ask, the name asked again, then kept', async (said) => {
    const c = await demarcheChat(chats, { channelId });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    await c.say('je voudrais un certificat de vie commune');
    expect(runningValue(c, 'kind')).toBe('cohabitation_certificate');
    const replies = (await c.say(said)).map((r) => r.text ?? '');
    expect(replies.join('\n')).toContain(t('requestFacts.priceAsk'));
    if (channelId === 'sms') expect(segments(smsBody(replies).join('\n'))).toBeLessThanOrEqual(2);
    await c.say('Durand');
    expect(runningValue(c, 'answers')).toEqual(expect.objectContaining({ lastName: 'Durand' }));
  });
});
