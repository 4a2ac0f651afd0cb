/** The ways of asking that set 55 showed misread, each fixed in general (variants beyond the set). */
import { checkReadings, checkReadingsAsBot } from '../support/nluRows';

const rows: Parameters<typeof checkReadings>[0] = [
  // The portal sends back to its home page: the way in fails, no password in question.
  ['impossible de me connecter, ça me ramène sur la page d\'accueil', '2027-03-10', 'sign_in', [], null],
  ['jarrive pas a me co le site me redirige vers l accueil', '2027-03-10', 'sign_in', [], null],
  // Where the address and the password are typed: the way in asked.
  ['ou est ce qu on met son mail et son mot de passe pour se connecter ?', '2027-03-10', 'sign_in', [], null],
  ['ou je tape mon adresse mail et mon mdp ?', '2027-03-10', 'sign_in', [], null],
  // The family key received, where to enter it.
  ['j ai eu ma cle enfance hier, on la met ou ?', '2027-03-10', 'family_key', [], null],
  ['la cle famille est arrivee par courrier, je la saisis comment ?', '2027-03-10', 'family_key', [], null],
  // The account's confirmation mail not received.
  ['jamais recu l email d activation de mon compte', '2027-03-10', 'create_account', [], null],
  ['compte cree hier mais le lien de confirmation n est jamais arrive', '2027-03-10', 'create_account', [], null],
  // Anything still owed, asked.
  ['je suis a jour de mes paiements ?', '2027-03-10', 'list_invoices', [], null],
  ['est ce que je vous dois encore quelque chose ?', '2027-03-10', 'list_invoices', [], null],
  // The children's agenda.
  ['l agenda de ma fille', '2027-03-10', 'list_bookings', [], null],
  // English: the attestation d'hébergement.
  ['I need a proof that my mother lives with me', '2027-03-10', 'address_change', [], null],
  ['letter saying my cousin is staying at my place please', '2027-03-10', 'address_change', [], null],
  // Where the marriage file is handed in.
  ['dossier de mariage a deposer ou ?', '2027-03-10', 'elsewhere_demarche', [], null],
  ['ou deposer notre dossier de mariage', '2027-03-10', 'elsewhere_demarche', [], null],
  // unchanged
  ['j ai oublie mon mot de passe', '2027-03-10', 'forgot_password', [], null],
  ['comment payer ce qui reste a payer ?', '2027-03-10', 'pay_invoice', [], null],
  ['je vous envoie la copie de mon acte de naissance pour le dossier de mariage', '2027-03-10', 'civil_status_act', [], null],
];

describe('set 55\'s ways of asking, beyond the set', () => {
  describe('by the rules', () => checkReadings(rows));
  describe('as the bot reads them', () => checkReadingsAsBot(rows));
});
