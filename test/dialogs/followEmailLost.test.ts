/**
 * « je l'ai perdu » at « Pour la demande CSP-…, quelle adresse e-mail avez-vous donnée ? »: the e-mail is lost, so the
 * request is followed with a name and a date (as « je sais plus »), not « Cette adresse e-mail ne semble pas complète »
 * asked again. Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the e-mail of a request followed, lost', () => {
  it.each(table([["je l'ai perdu"], ["j'ai perdu mon mail"]]))('%s: « %s »: the name on the request asked, not the e-mail again', async (channelId, said) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('ou en est ma demande CSP-2026-000123');
    const reply = c.text(await c.say(said));
    expect(reply).toContain(textBefore('follow.proof.askName'));
    expect(reply).not.toContain(fr['signIn.badEmail']);
  });
});
