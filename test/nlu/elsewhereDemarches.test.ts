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
    ['carte vitale perdue', 'health_card'],
    ["j'ai perdu ma carte vitale", 'health_card'],
    ['carte vitale de mon fils volée', 'health_card'],
    ['I lost my health insurance card', 'health_card'],
    ['attestation CAF', 'caf'],
    ["j'ai besoin d'une attestation de paiement de la CAF", 'caf'],
    ['extrait de casier judiciaire', 'criminal_record'],
    ["m'inscrire à France Travail", 'job_seeker'],
    ['attestation pôle emploi', 'job_seeker'],
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
    // A paper of the commune for the CAF, or the CAF's given to the commune.
    ['je veux envoyer attestation caf', 'upload_document'],
    ['attestation de domicile pr la caf svp', 'address_change'],
    ['je dois envoyer mon attestation CAF pour le quotient familial', 'upload_document'],
    ['certif concubinage pr la caf', 'cohabitation_certificate'],
    // A paper being sent, said with the verb conjugated or « voici », « ci-joint ».
    ["je vous envoie l'attestation caf", 'upload_document'],
    ["j'ai envoyé mon attestation CAF", 'upload_document'],
    ['voici mon attestation CAF', 'upload_document'],
  ])('« %s » is not one of them (%s)', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('does not take a paper sent, the certificat de vie commune or a building permit for one', () => {
    for (const text of ["je vous envoie ma carte d'identité", "j'ai transmis ma carte vitale", 'je dois envoyer une copie de ma carte d’identité', 'on est pacsés, il nous faut un certificat de vie commune ?', 'permis de construire', 'permis de pêche']) {
      expect(elsewhereDemarche(text)).toBeUndefined();
    }
  });
});
