/**
 * What the first SMS and an hours follow-up cost (GSM-7 rules, one message a turn): the welcome before the answer to a first
 * message is one sentence by SMS (welcome.withCommune, its « à toute heure » left to Web Chat), and « à midi ? » after the hours
 * says the office is closed then and when it reopens that day, without the day's hours again. The welcome with a booking asked
 * was 351 characters (3 segments); « à midi ? » was 263 characters with the day's hours said twice.
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** A resident of `commune` by SMS, on Monday 7 December 2026 at 10:00 (Paris): a function that sends a message and returns the turn's bodies. */
const bySms = (commune: string, from: string) => smsResident(chats, commune, from, '2026-12-07T09:00:00Z');

const cost = smsCost;

describe('the first SMS and an hours follow-up', () => {
  it('a booking asked in the first SMS: the welcome and what is needed in at most 2 segments', async () => {
    const say = bySms('carrieres-sur-seine', '+33600000101');
    const bodies = await say('Bonjour je voudrais inscrire ma fille à la cantine');
    expect(bodies.join('\n')).toContain('Carrières-sur-Seine');
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });

  it('« à midi ? » after the town hall\'s hours: closed then, reopening at 13 h 45, the day\'s hours not said again', async () => {
    const say = bySms('carrieres-sous-poissy', '+33600000102');
    await say('horaires de la mairie ?');
    const noon = (await say('à midi ?')).join('\n');
    expect(noon).toContain('13 h 45');
    expect(noon).not.toContain('8 h 30');
    expect(noon.length).toBeLessThan(200);
  });
});
