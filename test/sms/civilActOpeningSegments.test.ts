/**
 * An act request whose first SMS names its place or who it is for, to the number of a commune: the welcome and the
 * first answer in at most 2 segments. Another commune named (« né à Poissy ») was 315 characters, 3 segments. A copy the
 * law does not give the resident (« copie intégrale … de ma soeur ») was 453 characters, 3 segments, and offered again
 * the two forms just refused: the one extract they may receive is noted instead, and the request goes on.
 */
import { toGsm7 } from '../../src/sms/smsText';
import { ROOT, type Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { fr } from '../support/prompts';
import { storedRequests } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sms = { ...fr, ...readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms') };
/** A locale text's first words, as the SMS says them (its SMS version, GSM-7). */
const start = (key: string) => toGsm7((sms[key] ?? `<missing ${key}>`).split('{{')[0]!.slice(0, 30));

describe.each([
  ['carrieres-sous-poissy', 'Poissy'],
  ['carrieres-sur-seine', 'Saint-Germain-en-Laye'],
])('an act request by SMS to %s naming another commune first', (commune, place) => {
  it('the welcome, where to ask and the place question in at most 2 segments; « ici » then goes on', async () => {
    const say = smsResident(chats, commune, '+33600000041');
    const first = await say(`bjr copie integrale naissance pour mon fils né a ${place}`);
    expect(first.join('\n')).toContain(start('civilAct.otherCommune'));
    expect(smsCost(first)).toBeLessThanOrEqual(2);
    expect((await say('ici')).join('\n')).toContain(start('civilAct.ask.lastName'));
  });
});

describe('an act request by SMS for a sister, a full copy asked', () => {
  it('said in at most 2 segments, the extract without parentage noted, and the request stored with it', async () => {
    const say = smsResident(chats, 'carrieres-sous-poissy', '+33600000042');
    const first = await say("Bonjour, il me faudrait une copie intégrale d'acte de naissance de ma soeur née à Carrières-sous-Poissy");
    expect(smsCost(first)).toBeLessThanOrEqual(2);
    for (const a of ['Durand', 'Claire', '14/03/1990', 'marie.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Marie Durand']) await say(a);
    await say('oui');
    expect(storedRequests(chats[0]!)).toEqual([expect.objectContaining({ kind: 'birth', format: 'extract_without_parents', lastName: 'Durand', firstName: 'Claire' })]);
  });
});
