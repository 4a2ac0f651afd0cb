/**
 * The first SMS that asks only practical information (hours, a contact) fits in 2 segments with its welcome, what it
 * says kept: the hours known, whom to contact for the rest (phone or portal). Were 3 segments: « horaires de la mairie »
 * at Chanteloup-les-Vignes (446 characters: the guichet unique's full contact after its hours) and at Carrières-sur-Seine
 * (443), « horaires du periscolaire » at Carrières-sous-Poissy (428: the other services' names besides).
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const bySms = (commune: string, from: string) => smsResident(chats, commune, from, '2026-12-07T09:00:00Z');

const cost = smsCost;

describe('a first SMS asking practical information', () => {
  it('Chanteloup, « horaires de la mairie »: the guichet unique\'s hours and phone, in 2 segments', async () => {
    const bodies = await bySms('chanteloup-les-vignes', '+33600000201')('horaires de la mairie');
    const text = bodies.join('\n');
    expect(text).toContain('9 h-12 h et 13 h 30-18 h');
    expect(text).toContain('01 39 74 29 12');
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });

  it('Chanteloup, « quel est le numero de la mairie »: the guichet unique named with its phone (no hours said before it)', async () => {
    const bodies = await bySms('chanteloup-les-vignes', '+33600000204')('quel est le numero de la mairie');
    expect(bodies.join('\n')).toContain('Guichet unique (Espace Victor Hugo), 01 39 74 29 12');
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });

  it('Carrières-sur-Seine, « c ouvert quand la mairie »: no hours known, the portal to see, in 2 segments', async () => {
    const bodies = await bySms('carrieres-sur-seine', '+33600000202')('c ouvert quand la mairie');
    const text = bodies.join('\n');
    expect(text).toContain('https://www.espace-citoyens.net/CARRIERES-SUR-SEINE/espace-citoyens/');
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });

  it('Carrières-sous-Poissy, « horaires du periscolaire »: no hours, its phone and e-mail, in 2 segments', async () => {
    const bodies = await bySms('carrieres-sous-poissy', '+33600000203')('horaires du periscolaire');
    const text = bodies.join('\n');
    expect(text).toContain('01 39 22 36 66');
    expect(text).toContain('service.periscolairesloisirs@carrieres-sous-poissy.fr');
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });
});
