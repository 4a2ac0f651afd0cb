/**
 * A name given with who the person is (« et mon compagnon c'est Karim Haddad », « ma compagne s'appelle Anne Martin »,
 * « il s'appelle Lucas Bernard », « son nom c'est Haddad ») at a démarche's name question: the name kept, never
 * « Je n'ai pas reconnu un nom », nor the whole sentence kept as the name (« ma compagne s'appelle Anne Martin » was).
 * Web Chat and SMS; the request stored is asserted.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';
import { readName } from '../../dialogs/nameAnswer';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a name given with who the person is', () => {
  it.each([
    ["et mon compagnon c'est Karim Haddad", 'Karim Haddad'],
    ["ma compagne s'appelle Anne Martin", 'Anne Martin'],
    ["il s'appelle Bernard", 'Bernard'],
    ["son nom c'est Haddad", 'Haddad'],
  ])('« %s » at a last name is « %s »', (said, name) => {
    expect(readName('lastName', said)).toEqual({ name });
  });

  // Who the person is, then a sentence about them: no name in it (« Malade », « née à Paris » were kept as names).
  it.each([['mon fils est malade'], ['ma fille est née à Paris'], ['mon mari est au travail'], ['sa mère est décédée'], ['ma femme est partie']])('« %s » is no name', (said) => {
    expect(readName('lastName', said)).not.toHaveProperty('name');
    expect(readName('firstName', said)).not.toHaveProperty('name');
  });

  it.each([['mon compagnon'], ["c'est ma femme"]])('« %s » alone is who, not a name', (said) => {
    expect(readName('lastName', said)).toEqual({ issue: 'relation' });
  });

  it.each(table([["et mon compagnon c'est Karim Haddad"], ["mon conjoint s'appelle Karim Haddad"]]))('%s: « %s » at the partner of a certificat de vie commune: both names kept', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('certificat de vie commune');
    for (const a of ['Petit', 'Nadia', '12/12/1990']) await c.say(a);
    expect(c.text(await c.say(said))).not.toContain(fr['demarche.bad.lastName']);
    for (const a of ['03/04/1991', '3 rue de la Gare 78955 Carrières-sous-Poissy', '01/09/2020', 'nadia@example.org']) await c.say(a);
    for (let i = 0; i < 4 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ partnerLastName: 'Haddad', partnerFirstName: 'Karim' })]);
  });
});
