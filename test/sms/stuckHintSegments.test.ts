/**
 * By SMS, the way out said after two answers not understood in a row (« menu », « aide », the mairie's contact)
 * keeps the turn's one message within 2 segments, at a démarche's question, an act's question and the menu, with the
 * commune's phone, or its portal where it gives no phone (it was 3 to 4 segments: the web's block of contact lines).
 */
import { type Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

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
