/**
 * « un extrait », « extrait svp » at « Quelle forme d'acte voulez-vous ? », or « un extrait d'acte de naissance » up front: one
 * of two extracts, not which. Only which one is asked then (`civilAct.ask.extract`, the two extracts), answered by « 1 »,
 * « 2 », « avec » or « sans »; « extrait avec filiation » up front still chooses; a cousin may receive only the extract
 * without parentage, noted without asking. Web Chat and SMS; the request stored is asserted.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const start = async (channel: string) => {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
};
const rest = ['Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'Paul Durand et Marie Durand', 'paul.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui'];

describe('an extract, without which', () => {
  it.each(table([['extrait'], ['un extrait svp'], ['juste un extrait'], ['extrai']]))('%s: « %s »: the two extracts told apart, only which one asked', async (channel, said) => {
    const c = await start(channel);
    await c.say('acte de naissance');
    const next = c.text(await c.say(said));
    expect(next).toContain(fr['civilAct.whichExtract']);
    expect(next).toContain(c.core.texts.for('fr', false, channel === 'sms')('civilAct.ask.extract'));
    expect(c.text(await c.say('avec filiation'))).toContain(c.core.texts.for('fr', false, channel === 'sms')('civilAct.ask.relation'));
  });

  it.each(table([
    ["je voudrais un extrait d'acte de naissance", '1', 'extract_with_parents'],
    ["un extrait de naissance svp", '2', 'extract_without_parents'],
    ['jveu un extrai de naissanse', '2', 'extract_without_parents'],
    ["extrait d'acte de naissance", 'sans', 'extract_without_parents'],
    ["extrait d'acte de naissance", 'avec les parents', 'extract_with_parents'],
  ]))('%s: « %s » up front, then « %s »: which extract asked, not the form', async (channel, opening, answer, format) => {
    const c = await start(channel);
    const asked = c.text(await c.say(opening));
    expect(asked).toContain(c.core.texts.for('fr', false, channel === 'sms')('civilAct.ask.extract'));
    expect(asked).not.toContain(fr['civilAct.ask.format']);
    await c.say(answer);
    if (format === 'extract_with_parents') await c.say('je suis sa mère');
    for (const a of format === 'extract_with_parents' ? rest : rest.filter((a) => !a.startsWith('Paul'))) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'birth', format, lastName: 'Durand', eventDay: '2019-03-14' })]);
  });

  it.each(table([["un extrait d'acte de naissance de mon cousin"]]))('%s: « %s »: the only extract a cousin may receive, noted', async (channel, opening) => {
    const c = await start(channel);
    const asked = c.text(await c.say(opening));
    expect(asked).toContain(fr['civilAct.extractWithoutNoted']);
    expect(asked).toContain(fr['civilAct.ask.place']?.split('{{')[0]);
  });

  it.each(table([["c'est pour un mariage"], ['je comprends pas']]))('%s: « extrait de naissance », then « %s »: the forms explained, all three offered again', async (channel, said) => {
    const c = await start(channel);
    await c.say('extrait de naissance');
    const next = c.text(await c.say(said));
    expect(next).toContain(fr['civilAct.ask.format']);
    expect(next).not.toContain(c.core.texts.for('fr', false, channel === 'sms')('civilAct.ask.extract'));
    await c.say('1');
    for (const a of ['je suis sa mère', ...rest]) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'birth', format: 'full_copy' })]);
  });

  it.each(table([["un extrait d'acte de décès de ma grand-mère"]]))('%s: « %s »: the full copy, the only form of a death act, said and stored', async (channel, opening) => {
    const c = await start(channel);
    const asked = c.text(await c.say(opening));
    expect(asked).toContain(fr['civilAct.onlyForm']?.split('{{')[0]);
    expect(asked).toContain(fr['civilAct.ask.place']?.split('{{')[0]);
    for (const a of ['ici', 'Durand', 'Jeanne', '02/11/2025', 'paul.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Paul Durand', 'oui']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', format: 'full_copy', lastName: 'Durand' })]);
  });
});
