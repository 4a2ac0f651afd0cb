/**
 * An act request sent by SMS without an e-mail: the reference, the call back, how to follow it, in at most 2 segments
 * (it was 339 characters, 3 segments). « suivre <référence> » then finds the request.
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';
import { storedRequests } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an act request sent by SMS without an e-mail', () => {
  it('is confirmed in at most 2 segments, with its reference, then followed by it', async () => {
    const say = smsResident(chats, 'carrieres-sous-poissy', '+33600000061');
    await say("bjr je voudrais la copie integrale de l'acte de naissance de ma grand mere nee a carrieres le 2 fevrier 1940");
    for (const a of ['Lefebvre', 'Odette', 'Henri Lefebvre et Marthe Roux', "non j'ai pas de mail", 'ce numéro', '8 rue Victor Hugo 78955 Carrières-sous-Poissy', 'Paul Martin']) await say(a);
    const sent = await say('oui');
    expect(smsCost(sent)).toBeLessThanOrEqual(2);
    const [request] = storedRequests(chats[0]!);
    expect(request).toEqual(expect.objectContaining({ kind: 'birth', lastName: 'Lefebvre' }));
    const reference = (chats[0]!.core.db.$client.prepare('select reference from requests').get() as { reference: string }).reference;
    expect(sent.join('\n')).toContain(reference);
    // How to follow it, as said: « suivre <référence> » (its status, the reference in the answer).
    expect((await say(`suivre ${reference}`)).join('\n')).toContain(reference);
  });
});
