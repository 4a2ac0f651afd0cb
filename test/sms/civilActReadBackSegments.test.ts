/**
 * An act request's read-back by SMS, the parents' names in it: the act, the person, the day and place, the e-mail, the
 * address, the parents, who asks, then « oui » or « non »: 309 characters for Paul MARTIN born here (3 segments). By SMS
 * the read-back says « E-mail …, envoi au … » and « Votre acte. »: at most 2, and « oui » files the request as read.
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';
import { storedRequests } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the read-back of an act request by SMS, with the parents', () => {
  it.each([
    ['Paul', 'Pierre MARTIN et Marie DUBOIS', '15 rue des Lilas 78955 carrieres sous poissy'],
    ['Jean-Baptiste', 'Pierre MARTIN et Marie DUBOIS', '3 allée des Tilleuls 78955 Carrières-sous-Poissy'],
  ])('%s, parents « %s »: at most 2 segments, then filed', async (firstName, parents, address) => {
    const say = smsResident(chats, 'carrieres-sous-poissy', '+33600000045');
    for (const said of ['bonjour je voudrais un acte de naissance avec filiation pour moi', 'ici', 'martin', firstName, '12/03/1985', parents, 'p.martin@example.org']) await say(said);
    const readBack = await say(address);
    expect(readBack.join('\n')).toMatch(/DUBOIS/);
    expect(readBack.join('\n')).toMatch(/^2\. /m);
    expect(smsCost(readBack)).toBeLessThanOrEqual(2);
    await say('oui');
    const filed = storedRequests(chats[0] as Chat);
    expect(filed).toHaveLength(1);
    expect(JSON.stringify(filed[0])).toContain(`"${firstName}"`);
    expect(JSON.stringify(filed[0])).toContain('DUBOIS');
  });
});
