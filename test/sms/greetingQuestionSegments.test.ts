/**
 * A first SMS that greets and asks (« Bonjour, il faut quoi pour un passeport ? »), in French or English, fits in 2 segments
 * at the three communes, what matters kept: who writes (the commune), the answer (ants.gouv.fr, or the price when it is asked),
 * the service that books the appointment with its phone, how to have French back after English. Were 3 segments: the welcome
 * said the portal, the service's contact took three lines, the English notice was two sentences (passport 335–357 characters,
 * English 413, its price 406–448, English hours at Carrières-sur-Seine 385).
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const COMMUNES = [
  { id: 'carrieres-sous-poissy', name: 'Carrières-sous-Poissy', phone: '01 39 22 36 08' },
  { id: 'chanteloup-les-vignes', name: 'Chanteloup-les-Vignes', phone: '01 39 74 29 12' },
  // No service of the mairie configured: the town hall's reception, no phone.
  { id: 'carrieres-sur-seine', name: 'Carrières-sur-Seine', phone: undefined },
] as const;

const ASKED = [
  { text: 'Bonjour, il faut quoi pour un passeport ?', says: 'ants.gouv.fr', english: false },
  { text: 'Hello, what do I need for a passport?', says: 'ants.gouv.fr', english: true },
  { text: 'bonjour combien coute un passeport', says: '86 €', english: false },
  { text: 'Hi, how much is a passport?', says: '€86', english: true },
  { text: "bonjour, il faut quoi pour une carte d'identité", says: 'ants.gouv.fr', english: false },
] as const;

let n = 0;
const cases = COMMUNES.flatMap((commune) => ASKED.map((asked) => ({ ...asked, commune })));

describe('a first SMS that greets and asks', () => {
  it.each(cases)('$commune.id, « $text »: the commune, the answer and the phone in 2 segments', async ({ commune, text, says, english }) => {
    const bodies = await smsResident(chats, commune.id, `+336000003${String(++n).padStart(2, '0')}`, '2026-12-07T17:00:00Z')(text);
    const sent = bodies.join('\n');
    expect(sent).toContain(commune.name);
    expect(sent).toContain(says);
    if (commune.phone) expect(sent).toContain(commune.phone);
    expect(sent.includes('Passport') || sent.includes('Identity')).toBe(english);
    if (english) expect(sent).toContain('"francais"');
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });

  it('Carrières-sur-Seine, « Hi, what are the town hall opening hours? »: in English, the portal to see, in 2 segments', async () => {
    const bodies = await smsResident(chats, 'carrieres-sur-seine', '+33600000399', '2026-12-07T17:00:00Z')('Hi, what are the town hall opening hours?');
    const sent = bodies.join('\n');
    expect(sent).toContain('https://www.espace-citoyens.net/CARRIERES-SUR-SEINE/espace-citoyens/');
    expect(sent).toContain('"francais"');
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });

  it('Chanteloup, « Hi, what are the town hall opening hours? »: the guichet unique\'s hours and phone, in 2 segments', async () => {
    const bodies = await smsResident(chats, 'chanteloup-les-vignes', '+33600000398', '2026-12-07T17:00:00Z')('Hi, what are the town hall opening hours?');
    const sent = bodies.join('\n');
    expect(sent).toContain('01 39 74 29 12');
    expect(sent).toContain('9:00-12:00');
    expect(smsCost(bodies)).toBeLessThanOrEqual(2);
  });
});
