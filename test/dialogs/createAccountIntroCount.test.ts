/**
 * The account's intro says no count of questions that the conversation does not keep: « Madame Julie Durand » answers
 * three at once, so four questions are asked, not six. Each number the intro states must be the number of questions asked.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const NUMBERS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, two: 2, three: 3, four: 4, five: 5, seven: 7 };
const countsSaid = (text: string) => [...text.toLowerCase().matchAll(/\b(deux|trois|quatre|cinq|six|sept|two|three|four|five|seven|\d)\b/g)].map((m) => NUMBERS[m[1] as string] ?? Number(m[1]));

describe.each([['web', undefined], ['sms', 'sms']] as const)('%s', (_name, channelId) => {
  it.each(['fr', 'en'] as const)('%s: the intro counts no question that is not asked', async (locale) => {
    const c = startChat({ channelId, ...(locale === 'en' ? { locale: 'en-US' } : {}) });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for(locale, false, channelId === 'sms');
    const intro = t('createAccount.intro');
    expect(c.text(await c.say(locale === 'en' ? 'create my account' : 'créer mon compte'))).toContain(intro);
    // Civility, last and first names at once; then the e-mail, the phone, the address: four questions asked.
    const asked = 4;
    await c.say('Madame Julie Durand');
    await c.say('julie.durand@example.org');
    await c.say(locale === 'en' ? 'no' : 'non');
    await c.say('12 rue de la Paix 78955 Carrières-sous-Poissy');
    const counts = countsSaid(intro);
    for (const n of counts) expect(n).toBe(asked);
  });
});
