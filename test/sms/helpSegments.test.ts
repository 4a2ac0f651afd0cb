/**
 * Help by SMS fits in 2 segments: « comment ça marche ce bot », « tu sers à quoi », first or after a hello (the useful words
 * and the menu, 319–371 characters before), and how a task goes (« comment on fait pr signaler une absence »: its help and
 * the short hint, not the whole menu after it, 353 before). The booking's help by SMS says to write the days (no
 * boxes to tick there).
 */
import type { Chat } from '../support/harness';
import { fr } from '../support/prompts';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const COMMUNES = ['carrieres-sous-poissy', 'chanteloup-les-vignes', 'carrieres-sur-seine'];
const sms = (key: string) => fr[key] as string;

describe('help by SMS', () => {
  it.each(COMMUNES.flatMap((commune) => [[commune, 'comment ca marche ce bot'], [commune, 'tu sers a quoi en vrai']]))('%s: « %s », first or after a hello: the useful words and the menu, in 2 segments', async (commune, said) => {
    const first = smsResident(chats, commune, '+33600000401', '2026-12-07T09:00:00Z');
    const firstBodies = await first(said);
    expect(firstBodies.join('\n')).toContain('1. ');
    expect(smsCost(firstBodies)).toBeLessThanOrEqual(2);
    const later = smsResident(chats, commune, '+33600000402', '2026-12-07T09:00:00Z');
    await later('bonjour');
    const laterBodies = await later(said);
    expect(laterBodies.join('\n')).toContain('1. ');
    expect(smsCost(laterBodies)).toBeLessThanOrEqual(2);
  });

  it.each(COMMUNES)('%s: how to report an absence, then how to book: each its help in 2 segments, not the menu after it', async (commune) => {
    const c = smsResident(chats, commune, '+33600000403', '2026-12-07T09:00:00Z');
    await c('bonjour');
    const absence = await c('comment on fait pr signaler une absence');
    expect(absence.join('\n')).toContain(sms('commands.help.absence'));
    expect(absence.join('\n')).not.toContain('1. ');
    expect(smsCost(absence)).toBeLessThanOrEqual(2);
    const booking = await c('comment on fait pour reserver ?');
    expect(booking.join('\n')).not.toContain('1. ');
    expect(smsCost(booking)).toBeLessThanOrEqual(2);
  });
});
