/** The kinds of messages test/nlu/heldout16.jsonl showed misread, each fixed in general. */
import { understand } from '../../src/nlu/understand';

const TODAY = '2027-01-06'; // a Wednesday
const read = (text: string, today = TODAY) => understand(text, { today });

describe('a charge questioned is about the invoices, not a payment to make', () => {
  it.each([
    'on a ete debite deux fois pour la garderie',
    'nous avons été prélevés en double ce mois-ci',
    "le prélèvement de janvier est-il déjà passé ?",
    'double prelevement sur mon compte ce mois',
  ])('« %s » is list_invoices', (text) => {
    expect(read(text).intent).toBe('list_invoices');
  });

  it('« comment mettre en place le prélèvement ? » still asks to pay', () => {
    expect(read('comment mettre en place le prélèvement ?').intent).toBe('pay_invoice');
  });
});

describe('a place or a ride that is not the commune’s', () => {
  it.each([
    'c ou la pharmacie de garde la plus proche',
    'vous pouvez me conseiller un coiffeur dans le coin ?',
    'le rer passe a quelle heure le dimanche',
    'horaires du bus pour aller a Poissy',
  ])('« %s » is unknown (not contact nor opening hours, and not the model’s guess)', (text) => {
    expect(read(text).intent).toBe('unknown');
  });

  it.each([
    ['ou se trouve la mairie ?', 'contact'],
    ['la régie est près de la gare, c est ouvert samedi ?', 'opening_hours'],
  ])('« %s » names the commune’s services: %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('« depuis hier », the child back on a day', () => {
  it.each([
    ['malade depuis hier, revient lundi', ['2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10']],
    ['Tom a de la fièvre depuis avant-hier, il reprend vendredi', ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07']],
  ])('« %s » is every day from then to the day before the return', (text, dates) => {
    const reading = read(text);
    expect(reading.intent).toBe('report_absence');
    expect(reading.dates).toEqual(dates);
  });
});

describe('a period asked after the day it starts on was told', () => {
  it('« je reprends le 11 janvier… pourriez-vous inscrire Léo à l’étude du 11 au 15 janvier ? » asks the whole period', () => {
    const reading = read("Bonjour, je reprends mon poste à l'usine le 11 janvier en horaires d'après-midi. Pourriez-vous inscrire Léo à l'étude du 11 au 15 janvier ?");
    expect(reading.intent).toBe('book');
    expect(reading.dates).toEqual(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15']);
  });
});

describe('« au centre » after the Wednesdays is the Wednesday centre', () => {
  it.each(['les mercredis de fevrier au centre pr Lou', 'tous les mercredi du mois au centre svp'])('« %s » is wednesday', (text) => {
    expect(read(text).activity).toBe('wednesday');
  });
});

describe('a discount is asked of the prices (set 14)', () => {
  it.each(['y a une reduc pour le 3eme enfant ?', 'il y a une réduction famille nombreuse ?'])('« %s » is list_invoices', (text) => {
    expect(read(text).intent).toBe('list_invoices');
  });
});

describe('a greeting that announces questions (set 14)', () => {
  it.each(['bonjour, quelques questions svp', 'bonsoir, 3 questions stp'])('« %s » is a greeting', (text) => {
    expect(read(text).intent).toBe('greeting');
  });
});

describe('an option chosen by its number, no menu open (set 14)', () => {
  it.each(['je choisis l option 3', 'je prends la proposition numero 2', 'la premiere option'])('« %s » is unknown', (text) => {
    expect(read(text).intent).toBe('unknown');
  });
});

describe('a booking checked with « c’est bon ? »', () => {
  it.each([
    ['cantine lundi c bon pr Nora ?', 'canteen'],
    ['garderie du soir jeudi c est bien pris ?', 'evening'],
  ])('« %s » asks what is booked', (text, activity) => {
    const reading = read(text);
    expect(reading.intent).toBe('list_bookings');
    expect(reading.activity).toBe(activity);
  });

  it('« non c’est bon » still stops', () => {
    expect(read('non c est bon').intent).toBe('abort');
  });
});

describe('a paper about payments made, in English', () => {
  it.each(['We need a certificate of payment for 2026', 'a payment certificate for my employer please'])('« %s » is list_invoices', (text) => {
    expect(read(text).intent).toBe('list_invoices');
  });
});

describe('a residence permit is a démarche made elsewhere', () => {
  it.each(['titre de sejour renouveler ou ?', 'moi perdu carte séjour, quoi faire ?', 'ma carte de résident expire en mars'])('« %s » is elsewhere_demarche', (text) => {
    expect(read(text).intent).toBe('elsewhere_demarche');
  });

  it.each([
    ['attestation d hebergement pour le titre de sejour de mon frere', 'address_change'],
    ['envoyer mon titre de sejour', 'upload_document'],
  ])('« %s » asks the commune’s paper or sends one: %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a residence permit given as a reason', () => {
  it('« rendez-vous à la préfecture pour mon titre de séjour jeudi, mon fils sera absent » is an absence', () => {
    expect(read('rendez-vous à la préfecture pour mon titre de séjour jeudi, mon fils sera absent').intent).toBe('report_absence');
  });
});
