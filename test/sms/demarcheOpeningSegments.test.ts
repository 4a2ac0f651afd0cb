/**
 * A first SMS opening a démarche (its rules, « Documents à apporter au guichet unique. », its first question and options)
 * or asking one made elsewhere fits in 2 segments with its welcome, what matters kept. Were 3 segments: « certificat de
 * residence » at Carrières-sous-Poissy (335 characters), « attestation d hebergement » at Carrières-sur-Seine (329),
 * « 2e livret de famille » at Chanteloup (349), « autorisation de sortie du territoire » at Chanteloup (350),
 * « demande de naturalisation » at Carrières-sous-Poissy (342).
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const bySms = (commune: string, from: string) => smsResident(chats, commune, from, '2026-12-07T19:30:00Z');

describe('a démarche opened or asked in a first SMS', () => {
  it.each([
    ['carrieres-sous-poissy', '+33600000711', 'certificat de residence c la mairie ?', ['guichet unique', '1. ', '2. ']],
    ['carrieres-sur-seine', '+33600000712', 'attestation d hebergement pr mon frere qui vient s installer chez nous', ['guichet unique', '1. ', '2. ']],
    ['chanteloup-les-vignes', '+33600000713', '2e livret de famille pr le papa c possible', ['guichet unique', '1. ', '2. ', '3. ']],
    ['chanteloup-les-vignes', '+33600000714', 'autorisation de sortie du territoire pr un voyage scolaire en espagne', ['15646', 'service-public.fr']],
    ['carrieres-sous-poissy', '+33600000715', 'demande de naturalisation ca se passe ou', ['administration-etrangers-en-france.interieur.gouv.fr', 'préfecture']],
  ])('%s (%s) « %s »: in 2 segments, what matters kept', async (commune, from, said, kept) => {
    const bodies = await bySms(commune, from)(said);
    const text = bodies.join('\n');
    for (const k of kept) expect(text).toContain(k);
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });
});
