/** Démarches made elsewhere: the usual phrasings → which one, and the intent that routes them. */
import { elsewhereDemarche } from '../../src/nlu/elsewhereDemarches';
import { understand } from '../../src/nlu/understand';

const intentOf = (text: string) => understand(text, { today: '2026-11-23', fallback: false }).intent;

describe('démarches made elsewhere', () => {
  it.each([
    ['carte d’identité', 'identity_card'],
    ['refaire ma carte d’identité', 'identity_card'],
    ['ma carte d’identite est périmée', 'identity_card'],
    ['renouvellement carte nationale d’identité', 'identity_card'],
    ['j’ai perdu ma CNI', 'identity_card'],
    ['passeport', 'passport'],
    ['passeport pour mon fils', 'passport'],
    ['je veux un rendez-vous pour un passeport', 'passport'],
    ['je veux me pacser', 'pacs'],
    ['comment se pacser ?', 'pacs'],
    ['faire un PACS', 'pacs'],
    ['pacte civil de solidarité', 'pacs'],
    ['carte grise', 'vehicle_registration'],
    ['changer l’adresse de ma carte grise', 'vehicle_registration'],
    ['permis de conduire', 'driving_licence'],
    ['renouveler mon permis', 'driving_licence'],
  ])('« %s » → %s', (text, kind) => {
    expect(elsewhereDemarche(text)).toBe(kind);
    expect(intentOf(text)).toBe('elsewhere_demarche');
  });

  it.each([
    ['je dois envoyer une copie de ma carte d’identité', 'upload_document'],
    ['on est pacsés, il nous faut un certificat de vie commune ?', 'cohabitation_certificate'],
    ['acte de naissance pour un passeport', 'civil_status_act'],
    ['permis de construire', 'unknown'],
    ['permis de pêche', 'unknown'],
    ['je veux voter', 'electoral_roll'],
    ['je voudrais voter aux municipales', 'electoral_roll'],
  ])('« %s » is not one of them (%s)', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('does not take a paper sent, the certificat de vie commune or a building permit for one', () => {
    for (const text of ['je dois envoyer une copie de ma carte d’identité', 'on est pacsés, il nous faut un certificat de vie commune ?', 'permis de construire', 'permis de pêche']) {
      expect(elsewhereDemarche(text)).toBeUndefined();
    }
  });
});
