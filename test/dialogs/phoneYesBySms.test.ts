/**
 * By SMS, the phone question offers « ce numéro »: a bare « ok », « ouais » there is that answer, the number written
 * from. It was taken as an acknowledgement: the question asked again as it was (an act request without e-mail), or
 * « J'attends votre numéro de téléphone » (creating the space), and the resident was stuck until they typed « ce numéro ».
 */
import type { Chat } from '../support/harness';
import { smsResident } from '../support/smsResident';
import { storedRequests } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('by SMS, « ok » at the phone question that offers « ce numéro »', () => {
  it.each(['ok', 'ouais'])('an act request without e-mail: « %s » gives the number written from, stored with the request', async (yes) => {
    const say = smsResident(chats, 'carrieres-sous-poissy', '+33600000051');
    await say("copie integrale de l'acte de naissance de mon pere ne a carrieres");
    for (const a of ['Martin', 'Jean', '12/03/1950', 'inconnu', "non pas d'email", yes, '8 rue Victor Hugo 78955 Carrières-sous-Poissy', 'Paul Martin']) await say(a);
    await say('oui');
    expect(storedRequests(chats[0]!)).toEqual([expect.objectContaining({ kind: 'birth', lastName: 'Martin', phone: expect.stringMatching(/600000051$/) })]);
  });

  it('creating the space: « ouais » gives the number written from, kept on the account', async () => {
    const say = smsResident(chats, 'carrieres-sous-poissy', '+33600000052');
    for (const a of ['je veux créer mon espace', '1', 'Durand', 'Marie', 'marie.durand@example.org', 'ouais', '12 rue de la Gare 78955 Carrières-sous-Poissy']) await say(a);
    await say('oui');
    const rows = chats[0]!.core.db.$client.prepare('select phone from accounts').all() as Array<{ phone: string | null }>;
    expect(rows).toEqual([{ phone: expect.stringMatching(/600000052$/) }]);
  });
});
