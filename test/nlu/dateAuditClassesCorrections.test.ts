/**
 * The date reader's audit by class (dateAuditClasses*.test.ts), written for the audit, not taken from any set, each row with its own
 * « today » over the school year 2026–2027 (week-ends too). A day corrected inside the message: « le 15… non le 16 », a day corrected because it is a public holiday or in the holidays,
 * « plutôt mardi », « pas le 3 mais le 4 »: the day meant only.
 */
import { checkDates } from '../support/nluRows';

jest.setTimeout(30_000);

describe('corrections', () => {
  checkDates([
    ['cantine le 15 non le 16', '2027-03-02', ['2027-03-16']],
    ['cantine le 15... non le 16', '2027-03-02', ['2027-03-16']],
    ['cantine le 15 nn le 16 pardon', '2027-01-06', ['2027-01-16']],
    ['garderie le 11 novembre, ah non c\'est férié, le 12', '2026-11-02', ['2026-11-12']],
    ['cantine le 11 nov ah non c ferie le 12', '2026-11-03', ['2026-11-12']],
    ['cantine le 17 mai, ah non c est le lundi de pentecote, le 18', '2027-05-03', ['2027-05-18']],
    ['cantine le 19 février ah non c\'est les vacances, le 22', '2027-02-01', ['2027-02-22']],
    ['cantine lundi ah non lundi c ferie, mardi', '2027-03-25', ['2027-03-30']],
    ['cantine le 1er mai non c ferie, le 30 avril', '2027-04-20', ['2027-04-30']],
    ['garderie lundi plutot mardi', '2027-01-13', ['2027-01-19']],
    ['cantine jeudi. plutôt mardi en fait', '2027-01-15', ['2027-01-19']],
    ['etude mercredi, non plutôt jeudi', '2027-03-01', ['2027-03-04']],
    ['cantine pas le 3 mais le 4', '2027-02-22', ['2027-03-04']],
    ['annule cantine pas le 3 mais le 4 mars', '2027-02-22', ['2027-03-04']],
    ['garderie le 8 euh non le 9 fevrier', '2027-01-20', ['2027-02-09']],
    ['cantine le 12, non pardon le 13 et le 14', '2027-01-06', ['2027-01-13', '2027-01-14']],
    ['canteen on the 15th, sorry, the 16th', '2027-03-02', ['2027-03-16']],
    ['canteen on Tuesday, no, Wednesday', '2027-03-01', ['2027-03-03']],
    ['garderie le 6 mai euh non c\'est l\'ascension, le 5', '2027-04-26', ['2027-05-05']],
    ['cantine le 15. Non, le 16 plutôt', '2027-01-06', ['2027-01-16']],
    ['cantine mardi... ah non plutot jeudi', '2027-03-01', ['2027-03-04']],
    ['annuler cantine le 12 ah non le 13 pardon', '2027-01-06', ['2027-01-13']],
    ['canteen not the 3rd but the 4th', '2027-02-22', ['2027-03-04']],
    ['cantine le 15 ou plutot le 16', '2027-03-02', ['2027-03-16']],
    ['cantine le 15 je me suis trompée c le 16', '2027-03-02', ['2027-03-16']],
    ['garderie jeudi, non vendredi, pr Hugo', '2027-01-12', ['2027-01-15']],
    ['cantine le 11 nov... ah mince c est ferie. le 10 alors', '2026-11-02', ['2026-11-10']],
    ['cantine le 25 mars non le 26', '2027-03-02', ['2027-03-26']],
    ['cantine le 3 mars ... euh non le 4', '2027-02-22', ['2027-03-04']],
    ['cantine mercredi 3 non jeudi 4', '2027-02-22', ['2027-03-04']],
    ['centre le 14 juillet ah non c est ferie, le 15', '2027-06-20', ['2027-07-15']],
    ['cantine jeudi 25 mars... pardon vendredi 26', '2027-03-02', ['2027-03-26']],
    ['garderie demain, non après-demain', '2027-01-12', ['2027-01-14']],
    ['cantine le 15 - non, le 16 plutot', '2027-03-02', ['2027-03-16']],
    ['cantine le 12 et le 13, non pas le 13 le 14', '2027-01-06', ['2027-01-12', '2027-01-14']],
    ['annulez l etude mardi, je me suis trompé c est jeudi', '2027-01-11', ['2027-01-14']],
    ['cantine vendredi 1er janvier ah non ferie, lundi 4', '2026-12-10', ['2027-01-04']],
    ['canteen on Monday, sorry, Tuesday', '2027-01-13', ['2027-01-19']],
    ['cantine mardi 12 non mercredi 13 non jeudi 14', '2027-01-06', ['2027-01-14']],
    ['garderie soir le 9, enfin le 10', '2027-03-01', ['2027-03-10']],
    ['cantine le 21 decembre ah non c est les vacances, le 18', '2026-12-07', ['2026-12-18']],
    ['cantine le 29 mars non c est le lundi de paques, le 30', '2027-03-10', ['2027-03-30']],
    ['cantine le 4 non le 5 mai', '2027-04-20', ['2027-05-05']],
    ['etude jeudi, ou plutot vendredi', '2027-03-01', ['2027-03-05']],
    ['absent lundi... en fait mardi', '2027-01-13', ['2027-01-19']],
    ['canteen on the 15th, I mean the 16th', '2027-03-02', ['2027-03-16']],
    ['cantine le 14 fevrier ah non vacances, le 22', '2027-01-20', ['2027-02-22']],
  ]);
});
