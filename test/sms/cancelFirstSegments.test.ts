/**
 * A first SMS that cancels a booked day (« annule la cantine du vendredi 11 pr Léonie, sortie scolaire ») fits in 2 segments
 * with its welcome: what was understood (the activity, the day) and the sign-in it needs. Were 3 (318–329 characters at the
 * three communes: the cancellation's sign-in sentence was the web's two sentences), as 36 of 37 first SMS cancelling tried.
 */
import type { Chat } from '../support/harness';
import { fr } from '../support/prompts';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a first SMS cancelling a day', () => {
  it.each([
    ['carrieres-sous-poissy', 'annule la cantine du vendredi 11 pr Léonie, sortie scolaire avec pique nique', 'vendredi 11 décembre'],
    ['chanteloup-les-vignes', 'annule l accueil du soir du jeudi 10 pr Maé, spectacle de danse a 18h30 a la salle des fetes', 'jeudi 10 décembre'],
    ['carrieres-sur-seine', 'annul etude mardi en huit pr Kenzo, il a foot', 'mardi 15 décembre'],
  ])('%s: « %s »: the day understood and the sign-in asked, in 2 segments', async (commune, said, day) => {
    const c = smsResident(chats, commune, '+33600000301', '2026-12-07T09:00:00Z');
    const bodies = await c(said);
    const text = bodies.join('\n');
    expect(text).toContain(day);
    expect(text).toContain(fr['signIn.askEmail']);
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });
});
