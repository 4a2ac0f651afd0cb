/**
 * By SMS, the way out said after two answers not understood in a row (« menu », « aide », the mairie's contact)
 * keeps the turn's one message within 2 segments, at a démarche's question, an act's question and the menu, with the
 * commune's phone, or its portal where it gives no phone (it was 3 to 4 segments: the web's block of contact lines).
 * At why a livret de famille is asked, « on est marié » and « c quoi la diff ? » are answered (when a livret is given,
 * what tells the cases apart) and the question waits: no miss counted, the next answer goes on.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { toGsm7 } from '../../src/sms/smsText';
import { ROOT, type Chat } from '../support/harness';
import { fr } from '../support/prompts';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sms = { ...fr, ...readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms') };
/** A locale text's first words, as the SMS says them (its SMS version, GSM-7). */
const start = (key: string) => toGsm7((sms[key] ?? `<missing ${key}>`).split('{{')[0]!.slice(0, 30));

const CHANTELOUP_PHONE = '01 39 74 29 12';
const CSP_PHONE = '01 39 22 36 00';
const CSS_PORTAL = 'https://www.espace-citoyens.net/CARRIERES-SUR-SEINE/espace-citoyens/';

// [where, commune, messages up to the question, the two misses, the contact the way out gives]
const AT: Array<[string, string, string[], [string, string], string]> = [
  ['a livret de famille’s « Habitez-vous ici ? »', 'chanteloup-les-vignes', ['bonjour', 'livret de famille', '1', 'oui'], ['on est marié', 'bof'], CHANTELOUP_PHONE],
  ['a livret de famille’s reason', 'chanteloup-les-vignes', ['bonjour', 'livret de famille'], ['zzz', 'bof'], CHANTELOUP_PHONE],
  ['a birth act’s form', 'carrieres-sous-poissy', ['bonjour', 'acte de naissance'], ['zzz', 'bof'], CSP_PHONE],
  ['the menu', 'carrieres-sous-poissy', ['bonjour'], ['blablabla', 'gnagnagna'], CSP_PHONE],
  ['the electoral roll’s nationality, no phone given', 'carrieres-sur-seine', ['bonjour', 'inscription sur les listes électorales'], ['zzz', 'bof'], CSS_PORTAL],
];

describe('the way out after two answers not understood, by SMS', () => {
  it.each(AT)('at %s: within 2 segments, with the contact', async (_where, commune, before, [first, second], contact) => {
    const say = smsResident(chats, commune, '+33600000071');
    for (const text of before) await say(text);
    expect((await say(first)).join('\n')).not.toContain(contact);
    const bodies = await say(second);
    expect(bodies.join('\n')).toContain(contact);
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });
});

describe('at why a livret de famille is asked, by SMS', () => {
  it('« on est marié » then « c quoi la diff ? »: each answered, no way out said, the next answer goes on', async () => {
    const say = smsResident(chats, 'chanteloup-les-vignes', '+33600000072');
    await say('bonjour');
    expect((await say('livret de famille')).join('\n')).toContain(start('demarche.family_booklet.ask.reason'));
    for (const [text, answer] of [['on est marié', 'demarche.family_booklet.married'], ['c quoi la diff ?', 'demarche.family_booklet.why.reason']] as const) {
      const bodies = await say(text);
      const said = bodies.join('\n');
      expect(said).toContain(start(answer));
      expect(said).toContain(start('demarche.family_booklet.ask.reason'));
      expect(said).not.toContain(start('choice.again'));
      expect(said).not.toContain(CHANTELOUP_PHONE);
      expect(smsCost(bodies)).toBeLessThanOrEqual(2);
    }
    expect((await say('1')).join('\n')).toContain(start('demarche.family_booklet.ask.holder'));
  });
});
