/**
 * The date reader's audit, the other way round: numbers that are not days (amounts, references, phone numbers, postcodes,
 * ages, counts, clock times, family keys and sign-in codes, years alone, streets and schools named after a date, model
 * numbers, an invoice paid on a day gone) give no day; beside days asked, only those days.
 * Today: Monday 7 December 2026.
 */
import { understand } from '../../src/nlu/understand';
import { schoolHolidays as holidays } from '../support/nluRows';

const TODAY = '2026-12-07';
const read = (text: string) => understand(text, { today: TODAY, holidays }).dates;

jest.setTimeout(30_000);

const none = (texts: string[]) =>
  it.each(texts)('« %s »: no day', (text) => {
    expect(read(text)).toEqual([]);
  });

describe('amounts', () => {
  none([
    "j'ai payé 45,60 € pour la cantine",
    'ma facture est de 12.50 euros',
    'facture de 12.50',
    'pourquoi je dois 12,50 ?',
    'payé 45,60',
    "j'ai payé 45.60",
    'pourquoi 60 € ?',
    'remboursement de 23,40€ svp',
    'le prélèvement de 120€ est passé deux fois',
    'le tarif est de 3,45 le repas',
    'ça coûte 3.45 ?',
    "c'est 12 euros le mois ?",
    'les 12,50 € de la facture',
    'les 3,50 du repas',
    'on me demande 7,20 pour 2 repas',
    "j'ai payé 45,60 € le 3 par carte",
  ]);
});

describe('references, phone numbers, postcodes, codes and keys', () => {
  none([
    'la facture CSP-FAC-2026-000123 est fausse',
    "je n'arrive pas à payer la facture CSP FAC 2026 000123",
    'où en est ma demande CSP-2026-000017 ?',
    'ou en est ma demande csp 2026 000017',
    'réservation CSP-RES-2026-000004 annulée ?',
    'mon dossier CSP-F-000101',
    'facture numéro 2026-11-0458',
    'ma demande n° 12345',
    "mon numéro c'est le 06 12 34 56 78",
    'appelez moi au 0612345678',
    'mon tel 06.12.34.56.78',
    'tel: 01 39 22 36 00',
    'rappelez moi au 07 81 12 05 06 svp',
    'je déménage au 12 rue des Lilas 78955 Carrières',
    'code postal 78955',
    'on a déménagé au 5 allée des Tilleuls, 78300 Poissy',
    'ma clé famille ABCD-1234-EFGH',
    'ma clé enfance 7K3M-9Q2X-4T8R-2W6P',
    'cle 7K3M9Q2X4T8R2W6P',
    'mon code est 482913',
    'le code reçu 4829',
    "le code c'est 482 913",
    'voici le code : 120315',
    "j'ai reçu le code 12 03 15",
    'numéro allocataire CAF 1234567',
    'mon RIB FR76 3000 4000 0300 0001 2345 6789 0',
    'dossier 2026/45',
    'le formulaire cerfa 12669',
  ]);
});

describe('ages and counts', () => {
  none([
    'mon fils de 7 ans',
    'ma fille a 3 ans, peut elle aller à la cantine ?',
    "j'ai 2 enfants à inscrire",
    '3 repas par semaine c’est combien ?',
    'mon fils de 7 ans mange à la cantine',
    'il a eu 6 ans le mois dernier',
    '2 enfants, 3 repas par semaine',
    'combien pour 4 repas ?',
    "on m'a facturé 3 fois",
    "j'ai 3 enfants : 4, 7 et 10 ans",
    'la classe de CE1 a 24 élèves',
    'il y a 25 enfants dans la classe',
    'nous sommes 4 dans la famille',
    "j'ai essayé 5 fois",
    'il a pris 2 goûters',
    'il y a 2 semaines j’ai écrit',
    "ça fait 3 jours que j'attends",
    'depuis 10 jours pas de réponse',
    '30 minutes de retard à la garderie',
  ]);
});

describe('clock times', () => {
  none([
    'à quelle heure ouvre la mairie ? 8h30 ?',
    'la garderie ferme à 18h30 ?',
    'la garderie finit à 18 h 30 ?',
    "l'accueil du matin ouvre à 7h ?",
    'la cantine c’est de 11h30 à 13h30 ?',
    'horaires 8h-18h ?',
    'vous ouvrez vers midi ?',
    'je finis le travail à 19h, quelle solution ?',
  ]);
});

describe('years, streets and schools named after a date, model numbers', () => {
  none([
    'acte de naissance en 2025',
    'les tarifs 2027 sont sortis ?',
    'acte de mariage de 2015',
    'facture de 2025',
    'les factures de l’année 2026',
    'il est né en 2019',
    "j'habite rue du 11-Novembre",
    "j'habite 4 rue du 11 Novembre",
    "j'habite rue du 14 juillet",
    "j'habite au 2 rue du 14-Juillet",
    'on habite place du 8 mai',
    'on habite au 3 avenue du 8 Mai 1945',
    'je suis au 14 bis rue du 19 mars 1962',
    'on est au 10 bd du 11 novembre 1918',
    'ma fille est à l’école place du 19 mars',
    'école du 8 mai 1945',
    'mon fils est à l’école du 19 mars 1962',
    "mon imprimante HP 3720 n'imprime pas le justificatif",
    "j'ai un iphone 12, la page ne s'affiche pas",
    'le site ne marche pas sur mon iPhone 13',
    'windows 11',
    'samsung galaxy s21 le site bug',
    'il est en CM1 classe 12',
    'la salle 12 est fermée',
  ]);
});

describe('marks, fractions, versions', () => {
  none([
    'service 10/10 merci',
    'je mets 5/5',
    'note 4/5',
    'une demi journée 1/2',
    'il mange 3/4 du repas',
    "3/4 d'heure de retard",
    'il est en CP 1/2',
    'on est 2/3 familles à demander',
    "la version 2.3 de l'appli",
    'ouvert 7j/7 ?',
    'ouvert 24h/24 ?',
    "c'est du 50/50 avec son père",
    'garde alternée 1 semaine sur 2',
    'classe de CE1/CE2',
    'bâtiment B escalier 2 porte 12',
    'appartement 12, 3e étage',
    'ils ont 6 et 8 ans',
    "j'ai 2 enfants de 5 et 7 ans",
    'ma fille de 10 ans et mon fils de 12',
    'le menu à 3 euros 50',
    '10% de réduction ?',
  ]);
});

describe('a time said around a day, no day of it', () => {
  none(['cantine avant Noël', 'il sera absent après Noël', 'cantine début janvier', 'cantine mi-janvier']);
});

describe('an invoice paid on a day gone', () => {
  none([
    'la facture je l’ai payée le 3',
    "j'ai payé le 3, pourquoi c'est encore impayé ?",
    'payé le 3 décembre toujours pas reçu',
    'la facture je l’ai réglée le 3',
    "j'ai réglé le 3 novembre",
    'payé le 5 mais toujours marqué impayé',
    'prélevé le 2 et encore une relance',
  ]);
});

describe('beside such numbers, the days asked only', () => {
  it.each<[string, string[]]>([
    ['cantine demain pour mon fils de 7 ans', ['2026-12-08']],
    ['garderie le 15 pour mes 2 enfants', ['2026-12-15']],
    ['cantine le 15 pour les 3', ['2026-12-15']],
    ['inscrire Léa à la cantine le 15, je suis joignable au 06 12 34 56 78', ['2026-12-15']],
    ['garderie jeudi, je finis à 18h30, ma clé 7K3M-9Q2X-4T8R-2W6P', ['2026-12-10']],
    ['cantine le 14 et le 15, 3,45 le repas c’est ça ?', ['2026-12-14', '2026-12-15']],
    ['absent demain, on habite rue du 8 mai 1945', ['2026-12-08']],
    ['cantine jeudi, école du 8 mai 1945', ['2026-12-10']],
    ['étude le 17 pour mes 2 garçons de 8 et 10 ans', ['2026-12-17']],
    ['cantine le 4/5', ['2027-05-04']],
    ['cantine le 3/4 de 8h à 18h', ['2027-04-03']],
  ])('« %s »', (text, dates) => {
    expect(read(text)).toEqual(dates);
  });
});
