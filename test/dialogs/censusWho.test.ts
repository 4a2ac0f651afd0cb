/**
 * The census asked for « mon fils », « ma fille » (with the first name or not): the questions say who it is about — « la
 * date de naissance de Lucas », « le nom de famille de votre fille », « Dans quelle commune Inès est-elle née ? » —
 * instead of « le jeune » and « est-il né (ou elle née) »; the first name said up front is kept for the request. Without
 * it said, the usual questions. Web Chat and SMS; the question asked next (its locale key) and the stored request asserted.
 */
import type { Activity } from 'botbuilder';
import { demarcheChat, storedRequests } from '../support/demarches';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

interface Row {
  /** The name the birth day's and the last name's questions use, undefined: the usual questions. */
  called?: string;
  /** The names typed when asked. */
  names: string[];
  birthPlaceKey: string;
  stored: Record<string, string>;
}

describe('the census for a son or a daughter', () => {
  it.each(table<[Row]>([
    ['recensement de mon fils Lucas', { called: 'Lucas', names: ['Bernard'], birthPlaceKey: 'demarche.citizen_census.ask.birthPlace.he', stored: { firstName: 'Lucas', lastName: 'Bernard' } }],
    ['je voudrais recenser mon fils lucas svp', { called: 'Lucas', names: ['Bernard'], birthPlaceKey: 'demarche.citizen_census.ask.birthPlace.he', stored: { firstName: 'Lucas', lastName: 'Bernard' } }],
    ['recensement pour ma fille', { called: 'votre fille', names: ['Benali', 'Inès'], birthPlaceKey: 'demarche.citizen_census.ask.birthPlace.she', stored: { firstName: 'Inès', lastName: 'Benali' } }],
    ['recensement de ma fille qui a eu 16 ans', { called: 'votre fille', names: ['Benali', 'Inès'], birthPlaceKey: 'demarche.citizen_census.ask.birthPlace.she', stored: { firstName: 'Inès', lastName: 'Benali' } }],
    ['je veux faire le recensement citoyen', { names: ['Benali', 'Inès'], birthPlaceKey: 'demarche.citizen_census.ask.birthPlace', stored: { firstName: 'Inès', lastName: 'Benali' } }],
  ]))('%s: « %s »', async (channelId, opening, row) => {
    const c = await demarcheChat(chats, { channelId });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const first = row.names.at(-1) === 'Inès' ? 'Inès' : 'Lucas';
    expect(c.text(await c.say(opening))).toContain(row.called ? t('census.askBirthOf', { name: row.called }) : t('census.askBirth'));
    await c.say('12/01/2010');
    expect(c.text(await c.say('oui'))).toContain(row.called ? t('demarche.citizen_census.ask.lastNameOf', { name: row.called }) : t('demarche.citizen_census.ask.lastName'));
    let r: Partial<Activity>[] = [];
    for (const n of row.names) r = await c.say(n);
    expect(c.text(r)).toContain(t(row.birthPlaceKey, { name: first }));
    for (const a of ['Poissy (78)', 'Paul Bernard et Anne Bernard', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'anne@example.org']) r = await c.say(a);
    for (let i = 0; i < 3 && !offered(r).includes(fr['demarche.yes'] as string); i++) r = await c.say('au guichet');
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ ...row.stored, birthDay: '2010-01-12' })]);
  });
});
