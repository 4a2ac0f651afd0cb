/** The kinds of messages sets 47 and 48 showed misread in round 47, each fixed in general (variants beyond the sets). */
import { elsewhereDemarche } from '../../src/nlu/elsewhereDemarches';
import { understand } from '../../src/nlu/understand';
import { checkReadings, schoolHolidays } from '../support/nluRows';

describe('a day taken back by « mince », « zut », « je me trompe », « ? non », « et non jeudi », or with its moment (« lundi soir… non le mardi soir »)', () => {
  checkReadings([
    ['etude jeudi 21... ah mince c mardi 19 que jveux pr Elyas', '2027-01-15', 'book', ['2027-01-19'], 'study'],
    ['cantine vendredi 12 pr Tom... zut c\'est lundi 15 qu\'il me faut', '2027-03-08', 'book', ['2027-03-15'], 'canteen'],
    ['garderie matin mardi pr Léa, mince, mercredi', '2026-12-03', 'book', ['2026-12-09'], 'morning'],
    ['Pouvez-vous annuler l\'étude de Lucas le mardi 23 mars ? Non, je me trompe : c\'est le lundi 22.', '2027-03-17', 'cancel_booking', ['2027-03-22'], 'study'],
    ['annuler la cantine le 14 ? non, je me trompe, c\'est le 15', '2026-12-03', 'cancel_booking', ['2026-12-15'], 'canteen'],
    ['garderie soir jeudi pr Lise... ou vendredi? non jeudi', '2026-09-21', 'book', ['2026-09-24'], 'evening'],
    ['étude lundi ou mardi ? non lundi', '2026-12-03', 'book', ['2026-12-07'], 'study'],
    ['Mon fils Lucien ira à l\'étude jeudi, et non vendredi comme je l\'avais dit à l\'enseignante.', '2027-01-19', 'book', ['2027-01-21'], 'study'],
    ['Elle mangera à la cantine mardi, et non mercredi comme prévu', '2026-12-03', 'book', ['2026-12-08'], 'canteen'],
    ['annule garderie lundi soir pr Eden... non le mardi soir', '2026-12-04', 'cancel_booking', ['2026-12-08'], 'evening'],
    ['garderie mardi matin pr Tom non le jeudi matin', '2026-12-03', 'book', ['2026-12-10'], 'morning'],
    // unchanged: « mince » not before a day keeps every day
    ['cantine lundi et mardi, mince j\'ai oublié de dire pour Léa aussi', '2026-12-03', 'book', ['2026-12-07', '2026-12-08'], 'canteen'],
  ]);
});

describe('a school event told beside the day asked (« il a un contrôle vendredi », « un exposé le 30 »): the story, not a day asked', () => {
  checkReadings([
    ['etude jeudi pr Naim il a un controle vendredi', '2027-06-01', 'book', ['2027-06-03'], 'study'],
    ['etude jeudi pr Adam en CM2, il a un expose le 30', '2027-03-23', 'book', ['2027-03-25'], 'study'],
    ['garderie du soir lundi pr Léa, elle a une évaluation de piano mardi', '2026-12-03', 'book', ['2026-12-07'], 'evening'],
    ['étude mardi et jeudi pour Tom, il passe le brevet blanc le 15', '2026-12-03', 'book', ['2026-12-08', '2026-12-10'], 'study'],
    ['il a un exposé vendredi, étude jeudi svp', '2026-12-03', 'book', ['2026-12-10'], 'study'],
  ]);
});

describe('a booking or a cancellation with a remark in passing: a payment promised or already made, a phone number left, the tariff told', () => {
  checkReadings([
    ['centre mercredi pr Ines, jpaye les 9,80 e en ligne apres', '2027-05-10', 'book', ['2027-05-12'], 'wednesday'],
    ['garderie lundi soir pr Tom je reglerai plus tard sur le portail', '2027-02-03', 'book', ['2027-02-08'], 'evening'],
    ['cantine jeudi 1 et vendredi 2 oct pr Jade, mon tel 06 23 45 67 81 si besoin', '2026-09-29', 'book', ['2026-10-01', '2026-10-02'], 'canteen'],
    ['étude mardi pour Léa, mon portable 07 12 34 56 78 au cas où', '2027-02-03', 'book', ['2027-02-09'], 'study'],
    ['cantine lundi mardi pr Adem, tarif qf 650 jcrois', '2027-04-29', 'book', ['2027-05-03', '2027-05-04'], 'canteen'],
    ['centre mercredi pour Tom, quotient familial 3 normalement', '2027-03-03', 'book', ['2027-03-10'], 'wednesday'],
    ['annule garderie soir vendredi, jai deja paye 3,70 e pr rien ?', '2027-02-03', 'cancel_booking', ['2027-02-05'], 'evening'],
    ['annule la cantine jeudi, on a déjà payé le mois', '2027-02-03', 'cancel_booking', ['2027-02-04'], 'canteen'],
    // A new number given beside the days: the booking asked (referenceBeside.ts), its days kept; the tariff or the payment asked.
    ['cantine mardi, mon nouveau numéro 06 12 34 56 78', '2027-02-03', 'book', ['2027-02-09'], 'canteen'],
    ['tarif cantine 1,20 € pour le quotient 1, c\'est bien ça ?', '2027-02-03', 'list_invoices', [], 'canteen'],
    ['cantine jeudi, je paye comment ?', '2027-02-03', 'pay_invoice', ['2027-02-04'], 'canteen'],
  ]);
});

describe('a booking checked: « c\'est bon garderie… ? », « … c bon ? » with a fact told after the mark, « résa de Lucas pour la rentrée lundi ? »', () => {
  checkReadings([
    ['Bonjour, c\'est bon garderie matin demain pour ma fille Nour? Shukran', '2027-01-06', 'list_bookings', ['2027-01-07'], 'morning'],
    ['bonjour, c ok cantine jeudi pour Tom ?', '2026-12-07', 'list_bookings', ['2026-12-10'], 'canteen'],
    ['garderie ce soir pr Leo c bon ? il sort a 16h30', '2027-03-16', 'list_bookings', ['2027-03-16'], 'evening'],
    ['cantine demain pour Léa c\'est bon ? elle mange pas de porc', '2026-12-07', 'list_bookings', ['2026-12-08'], 'canteen'],
    ['resa de Lucas pr la rentree lundi ?', '2027-02-12', 'list_bookings', ['2027-02-22'], null],
    // unchanged: a booking asked after the mark; a question on an activity with a fact after it
    ['garderie ce soir ? je finis tard', '2026-12-07', 'book', ['2026-12-07'], 'evening'],
    ['cantine demain c\'est bon ? sinon pouvez-vous l\'inscrire', '2026-12-07', 'book', ['2026-12-08'], 'canteen'],
  ]);
});

describe('days set aside by « en dehors du mercredi »; « ce ne sera plus possible » told as the reason of a booking', () => {
  checkReadings([
    ['J\'aimerais inscrire Noé à l\'étude du lundi 14 au vendredi 18 septembre, en dehors du mercredi.', '2026-09-10', 'book', ['2026-09-14', '2026-09-15', '2026-09-17', '2026-09-18'], 'study'],
    ['cantine du 7 au 11 décembre en dehors du mercredi pour Léa', '2026-12-03', 'book', ['2026-12-07', '2026-12-08', '2026-12-10', '2026-12-11'], 'canteen'],
    ['garderie du soir du lundi 7 au jeudi 10 en dehors de mardi', '2026-12-03', 'book', ['2026-12-07', '2026-12-09', '2026-12-10'], 'evening'],
    ['Bonjour, je reprends le travail lundi prochain après un long arrêt maladie. Jusqu\'ici Zoé rentrait déjeuner à la maison, mais ce ne sera plus possible. Pouvez-vous l\'inscrire à la cantine du lundi 9 au vendredi 13 novembre, sauf le mercredi bien sûr ? Merci.', '2026-11-02', 'book', ['2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13'], 'canteen'],
    ['Sa nounou arrête, ce ne sera plus faisable le soir. Pourriez-vous l\'inscrire à la garderie du soir jeudi ?', '2026-12-03', 'book', ['2026-12-10'], 'evening'],
    // unchanged: the activity no longer needed is a cancellation
    ['la cantine ne sera plus nécessaire jeudi', '2026-12-03', 'cancel_booking', ['2026-12-10'], 'canteen'],
    ['Léa ne mangera plus à la cantine jeudi', '2026-12-03', 'cancel_booking', ['2026-12-10'], 'canteen'],
  ]);
});

describe('the moment of a day said before the care (« ce soir garderie », « jeudi soir garderie », « demain matin accueil »): that care', () => {
  checkReadings([
    ['ce soir garderie pr Kais je finis a 19h 🙏', '2027-03-19', 'book', ['2027-03-19'], 'evening'],
    ['jeudi soir garderie pour Tom', '2026-12-07', 'book', ['2026-12-10'], 'evening'],
    ['demain matin garderie pour Léa svp', '2026-12-07', 'book', ['2026-12-08'], 'morning'],
    ['bonjour, mardi matin accueil pour Inès', '2026-12-07', 'book', ['2026-12-08'], 'morning'],
    // unchanged: Saturday morning is a moment, no care of school days; another activity named
    ['samedi matin garderie ?', '2026-12-07', 'book', ['2026-12-12'], null],
    ['ce soir cantine pr Tom ?', '2026-12-07', 'book', ['2026-12-07'], 'canteen'],
  ]);
});

describe('taxes and the European health insurance card asked: made elsewhere (impots.gouv.fr, ameli.fr)', () => {
  checkReadings([
    ['jdois declarer mes impots ou', '2026-10-10', 'elsewhere_demarche', [], null],
    ['comment payer ma taxe foncière ?', '2026-10-10', 'elsewhere_demarche', [], null],
    ['je dois remplir ma déclaration de revenus, vous pouvez m\'aider ?', '2026-10-10', 'elsewhere_demarche', [], null],
    ['Où faut-il s\'adresser pour obtenir une carte européenne d\'assurance maladie ?', '2027-01-16', 'elsewhere_demarche', [], null],
    ['ma CEAM a expiré, on part en Espagne', '2027-01-16', 'elsewhere_demarche', [], null],
    // unchanged: the tax notice as a paper for the tariff, or asked what it is
    ['je vous envoie mon avis d\'imposition pour le tarif', '2026-10-10', 'upload_document', [], null],
  ]);
  it.each([
    ['jdois declarer mes impots ou', 'taxes'],
    ['Où faut-il s\'adresser pour obtenir une carte européenne d\'assurance maladie ?', 'health_card'],
  ])('« %s » → %s', (text, kind) => {
    expect(elsewhereDemarche(text)).toBe(kind);
  });
});

describe('a paper of the commune for the taxes: the invoices, not a démarche made elsewhere', () => {
  checkReadings([['attestation de frais de garde pour mes impôts svp', '2027-01-10', 'list_invoices', [], null]]);
  it('« il me faut le recap des sommes payees en 2026 pr la declaration d impots » (with the learned model, as the bot reads it)', () => {
    expect(understand('il me faut le recap des sommes payees en 2026 pr la declaration d impots', { today: '2027-01-10', holidays: schoolHolidays }).intent).toBe('list_invoices');
  });
});

describe('a paper of another body sent, said « j\'envoie » (« jenvoie comment lattestation caf »): the upload, not the démarche elsewhere', () => {
  checkReadings([
    ['jenvoie comment lattestation caf', '2026-11-19', 'upload_document', [], null],
    ['j\'envoie où l\'attestation CAF ?', '2026-11-19', 'upload_document', [], null],
    // unchanged: the attestation asked for is the CAF's
    ['attestation CAF', '2026-11-19', 'elsewhere_demarche', [], null],
  ]);
});

describe('a weekday said twice: « mercredi prochain ni le suivant » (two weeks); « mercredi, mercredi qui vient » (one day)', () => {
  checkReadings([
    ['Je ne pourrai pas garder Romy mercredi prochain ni le suivant. Pourriez-vous l\'inscrire au centre de loisirs ces deux mercredis ?', '2027-05-28', 'book', ['2027-06-02', '2027-06-09'], 'wednesday'],
    ['pas de cantine lundi prochain ni le suivant pour Léa, elle est en classe verte', '2027-03-05', 'report_absence', ['2027-03-08', '2027-03-15'], 'canteen'],
    ['centre mercredi pr Yasmine, mercredi qui vient', '2027-03-06', 'book', ['2027-03-10'], 'wednesday'],
    ['cantine jeudi pour Léa, jeudi de cette semaine', '2027-03-08', 'book', ['2027-03-11'], 'canteen'],
    // unchanged: another Monday said with « et … aussi »
    ['cantine lundi, et lundi prochain aussi', '2027-03-10', 'book', ['2027-03-15', '2027-03-22'], 'canteen'],
  ]);
});

/** Read with the learned model, as the bot reads them (the rules leave some of these to it). */
const checkAsTheBot = (rows: Array<[text: string, today: string, intent: string, dates: string[]]>) =>
  it.each(rows)('« %s » (%s), with the learned model', (text, today, intent, dates) => {
    expect(understand(text, { today, holidays: schoolHolidays })).toMatchObject({ intent, dates });
  });

describe('no school said in Spanish, Portuguese, Italian (« no escuela », « não vai à escola ») or English (« won\'t be in school »): an absence', () => {
  checkReadings([
    ['Hi, Oscar won\'t be in school on Monday, first day back, we\'re still travelling', '2026-10-30', 'report_absence', ['2026-11-02'], null],
    ['Lily isn\'t at school on Friday', '2026-12-07', 'report_absence', ['2026-12-11'], null],
    ['mi hijo no va a la escuela mañana, está enfermo', '2026-12-07', 'report_absence', ['2026-12-08'], null],
  ]);
  checkAsTheBot([
    ['Bonjour, ma fille Ana no escuela lunes y martes, lundi 28 et mardi 29, viaje familiar. Gracias', '2027-06-24', 'report_absence', ['2027-06-28', '2027-06-29']],
    ['meu filho não vai à escola amanhã', '2026-12-07', 'report_absence', ['2026-12-08']],
  ]);
});

describe('a cancellation asked, then the appointment told in a clause that opens with « on », « je » (« …on part chez le médecin »): the cancellation', () => {
  checkReadings([
    ['annule cantine ajd pr Liam on part chez le medecin a 11h', '2027-06-10', 'cancel_booking', ['2027-06-10'], 'canteen'],
    ['annule la cantine demain on va chez le pédiatre', '2027-06-10', 'cancel_booking', ['2027-06-11'], 'canteen'],
    ['annule garderie soir jeudi pr Tom je l emmene chez le dentiste', '2027-06-10', 'cancel_booking', ['2027-06-17'], 'evening'],
    // unchanged: the appointment told first, or an illness, is an absence
    ['rdv chez le médecin mardi, il faut annuler la cantine de Léa', '2027-06-10', 'report_absence', ['2027-06-15'], 'canteen'],
    ['annule la cantine demain il est malade on va chez le médecin', '2027-06-10', 'report_absence', ['2027-06-11'], 'canteen'],
  ]);
});

describe('in little French, an activity missed and the parent who fetches the child or is free (« moi venir chercher », « moi finir tôt »): an absence', () => {
  checkReadings([
    ['Bonjour madame, Sara lundi pas garderie du soir, moi venir chercher. Merci', '2027-01-28', 'report_absence', ['2027-02-01'], 'evening'],
    ['Fils pas garderie soir mardi. Moi finir tôt.', '2027-05-31', 'report_absence', ['2027-06-01'], 'evening'],
    ['enfants pas garderie matin jeudi, moi pas travail', '2027-06-07', 'report_absence', ['2027-06-10'], 'morning'],
    ['fille pas cantine vendredi, moi maison', '2026-12-07', 'report_absence', ['2026-12-11'], 'canteen'],
    // unchanged: cancelling said in so many words; no reason
    ['Garderie soir aujourd\'hui non. Moi venir 16h30. Annuler.', '2026-12-07', 'cancel_booking', ['2026-12-07'], 'evening'],
    ['pas de cantine lundi', '2026-12-07', 'cancel_booking', ['2026-12-14'], 'canteen'],
  ]);
});

describe('the centre on a Wednesday of the school holidays: the holidays\' centre, not the Wednesday one', () => {
  checkReadings([
    ['pas de centre aere mercredi pr Liam on part chez tata', '2026-10-26', 'report_absence', ['2026-10-28'], 'holidays'],
    ['centre mercredi 28 octobre pour Tom', '2026-10-10', 'book', ['2026-10-28'], 'holidays'],
    // unchanged: a Wednesday of school weeks
    ['centre mercredi pour Tom', '2026-10-10', 'book', ['2026-10-14'], 'wednesday'],
    ['centre tous les mercredis de novembre', '2026-10-10', 'book', ['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25'], 'wednesday'],
  ]);
});

describe('today or tomorrow missed, then staying away « jusqu\'à vendredi »: the days from the one missed to the end', () => {
  checkReadings([
    ['Ilyes a la grippe, pas decole ajd et il reste a la maison jusqu a vendredi', '2027-02-04', 'report_absence', ['2027-02-04', '2027-02-05'], null],
    ['Ilyes absent ajd, il reste a la maison jusqu a vendredi', '2027-02-02', 'report_absence', ['2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05'], null],
    ['absente demain et elle restera à la maison jusqu\'à jeudi', '2027-02-01', 'report_absence', ['2027-02-02', '2027-02-03', '2027-02-04'], null],
    // unchanged: an hour is no end day
    ['cantine aujourd\'hui, il sera à l\'étude jusqu\'à 18h', '2027-02-01', 'book', ['2027-02-01'], 'canteen'],
  ]);
});

describe('« le lendemain » of an event when the child is back that day (« elle pourrait reprendre l\'école dès le lendemain »): no day asked', () => {
  checkReadings([
    ['Bonjour, je voulais vous prévenir que Margot doit se faire opérer des végétations jeudi à la clinique de Poissy. Le chirurgien nous a dit qu\'elle pourrait reprendre l\'école dès le lendemain si tout se passe bien. Elle sera donc absente seulement jeudi. Merci de transmettre à sa maîtresse.', '2027-01-11', 'report_absence', ['2027-01-14'], null],
    ['opération des dents mardi, elle revient à l\'école le lendemain', '2027-01-11', 'report_absence', ['2027-01-12'], null],
    // unchanged: the day after an event, asked
    ['sortie scolaire le 17, cantine le lendemain', '2027-01-11', 'book', ['2027-01-18'], 'canteen'],
  ]);
});

describe('the day of a trip said apart (« notre vol retour, prévu le samedi 17, a été annulé »): the story, not a day missed', () => {
  checkReadings([
    ['Bonjour, nous sommes actuellement au Sénégal pour les vacances de printemps et notre vol retour, prévu le samedi 17, a été annulé. La compagnie nous propose un vol le mardi 20 à 6h. Nos 2 enfants, Awa et Moussa, seront donc absents le lundi 19 et le mardi 20 avril. Merci de votre compréhension.', '2027-04-13', 'report_absence', ['2027-04-19', '2027-04-20'], null],
    ['notre train, prévu le 12, est annulé, Léa sera absente le 13', '2026-12-03', 'report_absence', ['2026-12-13'], null],
  ]);
});

describe('« au lieu de la cantine » (an activity, not a day) sets no day aside', () => {
  checkReadings([
    ['Bonjour, ma fille Romane me dit qu\'on l\'a envoyée à la garderie au lieu de la cantine mardi dernier. Je ne suis plus sûre de ce que j\'ai coché sur le portail. Pouvez-vous vérifier si elle est bien inscrite à la cantine lundi 28 et mardi 29 ? Merci.', '2026-09-25', 'list_bookings', ['2026-09-28', '2026-09-29'], 'canteen'],
    ['elle est allée à la garderie au lieu de la cantine, vérifiez qu\'elle est inscrite à la cantine lundi 28 et mardi 29 ?', '2026-09-25', 'list_bookings', ['2026-09-28', '2026-09-29'], 'canteen'],
    // unchanged: « au lieu de mardi » sets that day aside
    ['cantine lundi au lieu de mardi', '2026-09-25', 'book', ['2026-09-28'], 'canteen'],
  ]);
});
