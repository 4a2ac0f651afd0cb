/**
 * « un extrait », « extrait svp » at « Quelle forme d'acte voulez-vous ? »: one of two extracts, not which: the two are
 * told apart (`civilAct.whichExtract`) and the form asked again; « extrait avec filiation » still chooses. Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an extract, without which', () => {
  it.each(table([['extrait'], ['un extrait svp'], ['juste un extrait']]))('%s: « %s »: the two extracts told apart, the form asked again', async (channel, said) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('acte de naissance');
    const next = c.text(await c.say(said));
    expect(next).toContain(fr['civilAct.whichExtract']);
    expect(next).toContain(fr['civilAct.ask.format']);
    expect(c.text(await c.say('avec filiation'))).toContain(c.core.texts.for('fr', false, channel === 'sms')('civilAct.ask.relation'));
  });
});
