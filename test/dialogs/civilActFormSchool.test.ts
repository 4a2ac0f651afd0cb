/**
 * « c pour l'école » at « Quelle forme d'acte voulez-vous ? »: the form usually asked for it is said
 * (`civilAct.formHelp.school`), then the question again (it was not understood). Said as a question (« which one for school? »)
 * it is not the school's contact; « l'inscription à l'école » does not start the enrolment. Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, offered, labels, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('what the act is for, at the form question', () => {
  it.each(table([["c pour l'école"], ['pour l ecole'], ['i dont know, which one for school?'], ["c'est pour l'inscription à l'école"], ['je sais pas, c pour inscrire mon fils a l ecole']]))('%s: « %s »: the form for school said, the form asked again', async (channel, phrasing) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('acte de naissance');
    const next = await c.say(phrasing);
    expect(c.text(next)).toContain(fr['civilAct.formHelp.school']);
    if (channel === 'webchat') expect(offered(next)).toEqual(labels('civilAct.format.full_copy', 'civilAct.format.extract_with_parents', 'civilAct.format.extract_without_parents'));
  });
});
