/**
 * « c pour l'école » at « Quelle forme d'acte voulez-vous ? »: the form usually asked for it is said
 * (`civilAct.formHelp.school`), then the question again (it was not understood). Said as a question (« which one for school? »)
 * it is not the school's contact; « l'inscription à l'école » does not start the enrolment. Web Chat and SMS.
 * Wholly in English (« i dont know, which one for school? »), it is answered in English (src/bot/firstSentence.ts).
 */
import { startChat, type Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('what the act is for, at the form question', () => {
  it.each(
    table([["c pour l'école", 'fr'], ['pour l ecole', 'fr'], ['i dont know, which one for school?', 'en'], ["c'est pour l'inscription à l'école", 'fr'], ['je sais pas, c pour inscrire mon fils a l ecole', 'fr']] as Array<[string, 'fr' | 'en']>),
  )('%s: « %s »: the form for school said, the form asked again (%s)', async (channel, phrasing, locale) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('acte de naissance');
    const next = await c.say(phrasing);
    const t = c.core.texts.for(locale, false, channel === 'sms');
    expect(c.text(next)).toContain(t('civilAct.formHelp.school'));
    if (channel === 'webchat') expect(offered(next)).toEqual(['civilAct.format.full_copy', 'civilAct.format.extract_with_parents', 'civilAct.format.extract_without_parents'].map((k) => t(k)));
  });
});
