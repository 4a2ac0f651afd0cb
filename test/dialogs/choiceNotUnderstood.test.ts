/**
 * At a démarche's choice question (the electoral roll's nationality and link with the commune, the act
 * request's « Qui êtes-vous pour la personne de l'acte ? »), « je comprends pas », « j'ai pas compris »,
 * « quoi ? » were « je n'ai pas compris votre réponse »: now the question is explained simply (its
 * « pourquoi » text) and asked again; « quels papiers faut il ? » gives the papers of that démarche.
 */
import { CHANNELS, fr, offered, textBefore } from '../support/prompts';
import { demarcheChat } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** A chat joined to Carrières-sous-Poissy on Wednesday 18 November 2026. */
const chat = (channelId: string) => demarcheChat(chats, { channelId });

/** What « Pour … : je n'ai pas compris votre réponse » says after the task. */
const after = (key: string) => (fr[key] ?? `<missing ${key}>`).split('}}').at(-1) ?? '';
const NOT_UNDERSTOOD = ['je comprends pas', "j'ai pas compris", 'quoi ?'];

describe.each(CHANNELS)('a démarche\'s choice not understood (%s)', (channelId) => {
  it.each(NOT_UNDERSTOOD)('« %s » at the electoral roll\'s nationality, then its link: explained and asked again', async (said) => {
    const c = await chat(channelId);
    const asked = await c.say("je voudrais m'inscrire sur les listes électorales");
    const nationality = await c.say(said);
    expect(c.text(nationality)).toContain(textBefore('demarche.electoral_roll.why.nationality'));
    expect(c.text(nationality)).toContain(fr['demarche.electoral_roll.ask.nationality']);
    expect(c.text(nationality)).not.toContain(after('choice.again'));
    expect(offered(nationality)).toEqual(offered(asked));
    await c.say('française');
    const tie = c.text(await c.say(said));
    expect(tie).toContain(textBefore('demarche.electoral_roll.why.tie'));
    expect(tie).toContain(textBefore('demarche.electoral_roll.ask.tie'));
    expect(tie).not.toContain(after('choice.again'));
  });

  it('« quels papiers faut il ? » at the electoral roll\'s nationality: its papers, then the question again', async () => {
    const c = await chat(channelId);
    await c.say("je voudrais m'inscrire sur les listes électorales");
    const replies = c.text(await c.say('quels papiers faut il ?'));
    expect(replies).toContain(textBefore('requestFacts.papers.list'));
    expect(replies.toLowerCase()).toContain(fr['demarche.electoral_roll.label.proof']?.toLowerCase());
    expect(replies).toContain(fr['demarche.electoral_roll.ask.nationality']);
  });

  it.each(NOT_UNDERSTOOD)('« %s » at « Qui êtes-vous pour la personne de l\'acte ? »: explained and asked again; the answer goes on', async (said) => {
    const c = await chat(channelId);
    await c.say('acte de naissance');
    await c.say('Extrait avec filiation');
    const replies = c.text(await c.say(said));
    expect(replies).toContain(fr['civilAct.why.relation']);
    expect(replies).toContain(fr['civilAct.ask.relation']);
    expect(replies).not.toContain(after('choice.again'));
    expect(c.text(await c.say("c'est moi"))).toContain(textBefore('civilAct.ask.place'));
  });

  it('« quels papiers faut il ? » in an act request: none to bring, then the question again', async () => {
    const c = await chat(channelId);
    await c.say('acte de naissance');
    await c.say('Extrait avec filiation');
    const replies = c.text(await c.say('quels papiers faut il ?'));
    expect(replies).toContain(fr['requestFacts.papers.civilAct']);
    expect(replies).toContain(fr['civilAct.ask.relation']);
  });
});
