/**
 * False dates in short messages (SMS, English, little French): numbers that are no days and days of a story beside the request,
 * as in dateAuditFalseNumbers and dateAuditFalseStory, written the way residents text.
 * Today: Monday 11 January 2027.
 */
import { checkDates, type DatesRow } from '../support/nluRows';

jest.setTimeout(30_000);

const T = '2027-01-11';
const jan = (...dom: number[]) => dom.map((d) => `2027-01-${String(d).padStart(2, '0')}`);
const rows = (list: [string, string[]][]): DatesRow[] => list.map(([text, dates]) => [text, T, dates]);

describe('SMS: numbers that are no days', () => {
  checkDates(rows([
    ['cantine mer 13 pr mon fils 6ans', jan(13)],
    ['absent dem 39 de fievre', jan(12)],
    ['2 enfants garderie matin 7h15 le 19', jan(19)],
    ['ma fille ce2 absente ajd', jan(11)],
    ['cantine 3e trimestre ?', []],
    ['fils 8 ans cantine mardi 12', jan(12)],
    ['bus 14 en retard il arrivera a 9h', []],
    ['appart 12 bat B, cantine jeudi', jan(14)],
    ['g payé 45e hier, cantine ok pour le 18 ?', jan(18)],
    ['1 fois sur 2 le mercredi au centre', []],
    ['centre le mercredi une fois sur deux', []],
    ['garderie 1 fois sur 2 le vendredi', []],
    ['tarif 3,20 ou 4,10 ?', []],
    ['il a 40 de fievre depuis 2 jours', []],
  ]));
});

describe('SMS: days of a story', () => {
  checkDates(rows([
    ['mon mari en deplacement du 18 au 22 jai besoin garderie le 13', jan(13)],
    ['jbosse le 14 garderie le 13 stp', jan(13)],
    ['rdv dentiste le 20 cantine le 19 svp', jan(19)],
    ['sortie piscine le 15 cantine le 14 stp', jan(14)],
    ['sortie zoo le 21, cantine le 20', jan(20)],
    ['sortie cinema le 15 garderie le 14 svp', jan(14)],
    ['jtravaille le 20 garderie le 19', jan(19)],
    ['il etait malade le 8, cantine demain', jan(12)],
    ['avant le 20 il faut reserver ? garderie le 25', jan(25)],
    ['deja inscrit le 12 ajoute le 13 stp', jan(13)],
    ['mamie les garde jusqu au 15 garderie a partir du 18 au 22', jan(18, 19, 20, 21, 22)],
    ['anniv de ma fille le 16 absente le 15', jan(15)],
    ['lendemain de la sortie pas de cantine', []],
  ]));
});

describe('English and little French', () => {
  checkDates(rows([
    ['my husband is away 18 to 22, after school club on the 13th please', jan(13)],
    ['I have an interview on the 14th, breakfast club on the 13th please', jan(13)],
    ['she has 38 fever today, absent', jan(11)],
    ['my son is 6, lunch on Thursday', jan(14)],
    ['school trip on the 15th, no lunch that day', jan(15)],
    ['he was ill on the 8th, book lunch tomorrow', jan(12)],
    ['lunch costs 3.20? book Wednesday', jan(13)],
    ['moi travail le 14, garderie le 13', jan(13)],
    ['mon fils 7 ans cantine jeudi merci', jan(14)],
    ['papa partir le 18, garderie le 12', jan(12)],
    ['enfant malade 39, pas école demain', jan(12)],
    ['sa mère les a du 18 au 20 cantine le 21 seulement', jan(21)],
    ['ma femme travaille le 20, centre de loisirs le 13', jan(13)],
  ]));
});

describe('days asked beside such words, still read', () => {
  checkDates(rows([
    ['mon mari est en déplacement, garderie du soir le 13', jan(13)],
    ['je travaille, il faut la garderie le 14 et le 15', jan(14, 15)],
    ['sortie scolaire, pas de cantine le 15', jan(15)],
    ['avant 8h30 garderie le 12', jan(12)],
    ['cantine le 18 à 3,20 €', jan(18)],
    ['il a 6 ans, cantine le 20 et le 21', jan(20, 21)],
    ['anniversaire le 16 et garderie le 16 aussi', jan(16)],
    ['centre un mercredi sur deux en février', ['2027-02-03', '2027-02-17']],
    ['sortie piscine le 15, pas de cantine', jan(15)],
  ]));
});

// Left (read otherwise today): days missed, not false ones: « jeu » for jeudi, a day of the month written bare (« cantine 14 »).
describe('left', () => {
  it.skip.each<[string, string[]]>([
    ['garderie soir jeu jusqu 18h30 merci', jan(14)],
    ['annul cantine 14 il a 38.5', jan(14)],
    ['we pay 45 euros, cancel lunch 14', jan(14)],
  ])('« %s »', () => undefined);
});
