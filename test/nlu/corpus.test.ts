/**
 * The labelled set: understand() must keep at least 95 % on intents and on exact date sets.
 * The held-out sets (written apart from the recognizer): heldout.jsonl was used to fix the recognizer
 * and must stay at 98 % with no false date; heldout2.jsonl, measured untouched at 94.9 %, was then
 * used for round 2's fixes and is held at 100 %; heldout3.jsonl (250 messages: 40 % SMS-style, 15 %
 * long, 10 % simple French, 5 % English; field `style`), measured untouched at 91.6 %, was used for
 * round 3's fixes and is held at 100 %; heldout4.jsonl (250, same mix), measured once untouched at
 * 233 intents, 244 exact date sets and 5 false dates (93.2 %), was used for round 4's fixes and is held
 * at 100 %; heldout5.jsonl (250), measured once before round 4 at 212 intents, 229 date sets and 20 false
 * dates, after it at 222, 236 and 13, was then used for round 5's fixes and is held at 100 %; heldout6.jsonl (250),
 * measured once after round 5 at 225 intents, 233 date sets and 13 false dates, was then used for round 6's fixes
 * (lines 91, 200, 201 and 216 relabelled to the corpus's conventions) and is held at 250, 248 and 2;
 * heldout7.jsonl (250), measured once after round 6 at 209 intents, 239 date sets and 8 false dates, then used for
 * round 7's fixes (line 209 relabelled to the corpus's convention, see generalisation7.test.ts), held at 250, 250 and 0;
 * heldout8.jsonl (250), written apart from the recognizer: measured before round 7 at 214 intents, 231 date sets and
 * 7 false dates, after it at 218, 237 and 6, and with the learned fallback (src/nlu/intentModel.ts) at 232, 237 and 6,
 * then used for round 8's fixes (see generalisation8.test.ts; no label changed) and added to the model's training,
 * held at 250, 250 and 0.
 * heldout9.jsonl and heldout10.jsonl (250 each, written apart, the first leaning to several children, corrections and
 * numeric dates, the second to heavy typos, dictation and questions), measured once with the rules and model of round 7:
 * 226 intents, 231 date sets, 14 false dates (set 9) and 224, 235, 9 (set 10); after round 8 (not tuned on them):
 * 228, 236, 12 and 225, 235, 9. Set 9 was then used for round 9's fixes (see generalisation9.test.ts; line 159
 * relabelled: « la mairie est-elle ouverte le samedi matin ? » is the next Saturday, as in corpus lines 336, 478, 513 and
 * heldout4 line 151) and added to the model's training, held at 247, 240 and 8 (left: a cancellation asked for a medical
 * appointment, a morning taken off, a residence permit, a swimming club, and ten date sets); set 10 stays blind.
 * heldout11.jsonl (250, written apart: 40 % SMS style, 30 % ordinary, 15 % long, 10 % little French, 5 % English),
 * measured blind before and after the learned model was let replace the rules' intents it finds all but impossible.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';

import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { INTENTS } from '../../src/nlu/intents';
import { parseCorpus, score } from '../../src/nlu/score';

const ROOT = path.resolve(__dirname, '../..');
const load = (name: string) => parseCorpus(fs.readFileSync(path.join(__dirname, name), 'utf8'));
const corpus = load('corpus.jsonl');
const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(ROOT), 'utf8')));

describe('the labelled set', () => {
  it('has at least 250 utterances and covers every intent', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    const covered = new Set(corpus.map((u) => u.intent));
    expect(INTENTS.filter((i) => !covered.has(i))).toEqual([]);
  });

  it('scores at least 95 % on intents, dates (exact set) and activities', () => {
    const s = score(corpus, holidays);
    const report = s.misses.map((m) => `${m.line} ${m.field}: ${m.text} → ${JSON.stringify(m.got)} (expected ${JSON.stringify(m.expected)})`).join('\n');
    expect({ intent: s.intent / s.total >= 0.95, dates: s.dates / s.total >= 0.95, activity: s.activity / s.total >= 0.95, report }).toMatchObject({
      intent: true,
      dates: true,
      activity: true,
    });
  });
});

const misses = (s: ReturnType<typeof score>) => s.misses.map((m) => `${m.line} ${m.field}: ${m.text} → ${JSON.stringify(m.got)} (expected ${JSON.stringify(m.expected)})`).join('\n');

describe('the held-out sets', () => {
  it('set 1 (479 messages, used for the fixes): at least 98 % on intents and exact date sets, no false date', () => {
    const set = load('heldout.jsonl');
    expect(set.length).toBeGreaterThanOrEqual(400);
    const s = score(set, holidays);
    expect({ intent: s.intent / s.total >= 0.98, dates: s.dates / s.total >= 0.98, falseDates: s.falseDates, report: misses(s) }).toMatchObject({ intent: true, dates: true, falseDates: 0 });
  });

  /** Each later set: its size, and the least it must keep (intents, exact date sets, activities) and the most false dates. */
  const SETS: Array<{ file: string; size: number; intent: number; dates: number; activity?: number; falseDates: number; story: string }> = [
    { file: 'heldout2.jsonl', size: 158, intent: 158, dates: 158, falseDates: 0, story: 'measured untouched at 150 intents and 156 date sets, then used for the round-2 fixes' },
    { file: 'heldout3.jsonl', size: 250, intent: 250, dates: 250, falseDates: 0, story: 'measured untouched at 229 intents and 241 date sets, then used for the round-3 fixes' },
    { file: 'heldout4.jsonl', size: 250, intent: 250, dates: 250, activity: 250, falseDates: 0, story: 'measured untouched at 233 intents, 244 date sets and 5 false dates, then used for the round-4 fixes' },
    { file: 'heldout5.jsonl', size: 250, intent: 250, dates: 250, activity: 250, falseDates: 0, story: 'measured once at 222 intents, 236 date sets and 13 false dates, then used for the round-5 fixes' },
    { file: 'heldout6.jsonl', size: 250, intent: 250, dates: 249, falseDates: 1, story: 'measured once after round 4 at 220 intents, 224 date sets, 21 false dates, and after round 5 at 225, 233, 13, then used for the round-6 fixes, four labels corrected to the conventions' },
    { file: 'heldout7.jsonl', size: 250, intent: 250, dates: 250, activity: 250, falseDates: 0, story: 'measured once after round 6 at 209 intents, 239 date sets, 8 false dates, then used for the round-7 fixes, one label corrected to the conventions' },
    { file: 'heldout8.jsonl', size: 250, intent: 250, dates: 250, activity: 250, falseDates: 0, story: 'measured blind with the learned fallback at 232 intents, 237 date sets, 6 false dates, then used for the round-8 fixes' },
    { file: 'heldout9.jsonl', size: 250, intent: 250, dates: 250, activity: 249, falseDates: 0, story: 'written apart, measured before round 8 at 226 intents, 231 date sets, 14 false dates, after it at 228, 236, 12, then used for the round-9 fixes, one label corrected to the conventions, with a day and its month before « jusqu’au » read as a range at 247, 242, 6, with « tous mercredi janvier » at 247, 243, 5, after round 14 at 247, 248, 0, after round 16 at 249, 248, 0, after round 23 at 249, 250, 0, after round 27 at 250, 250, 0' },
    { file: 'heldout10.jsonl', size: 250, intent: 236, dates: 241, falseDates: 5, story: 'written apart, never used for fixes nor training, measured before round 8 at 224 intents, 235 date sets, 9 false dates, after it at 225, 235, 9, after round 9 at 226, 235, 9, with the model replacing an intent it finds all but impossible at 234, 235, 9, with a day and its month before « jusqu’au » read as a range at 234, 236, 8, after round 12 at 235, 236, 8, after round 19 at 235, 237, 7, after round 22 at 235, 237, 7' },
    { file: 'heldout11.jsonl', size: 250, intent: 240, dates: 245, activity: 246, falseDates: 3, story: 'written apart, never used for fixes nor training, measured once before the model replaced the rules’ intents at 234 intents, 240 date sets, 8 false dates, and after at 238, 240, 8, after round 12 at 239, 240, 8, after round 14 at 239, 241, 7, after round 19 at 239, 243, 5, after round 22 at 240, 243, 5' },
    { file: 'heldout12.jsonl', size: 250, intent: 250, dates: 250, activity: 250, falseDates: 0, story: 'written apart, measured before round 12 at 239 intents, 244 date sets, 4 false dates, then used for the round-12 fixes (not for training), one label corrected to the conventions (« absente toute la semaine » gives no day)' },
    { file: 'heldout13.jsonl', size: 250, intent: 248, dates: 247, activity: 250, falseDates: 2, story: 'written with set 12, never used for training, one label corrected to the conventions (« mardi et jeudi » is the next of each), measured before round 12 at 240 intents, 236 date sets, 9 false dates, after it at 241, 236, 7, after round 14 (its false dates looked at) at 241, 243, 2, after round 23 at 248, 247, 2' },
    { file: 'heldout14.jsonl', size: 156, intent: 147, dates: 155, activity: 154, falseDates: 1, story: 'numbers that are not days (amounts, counts, ages, times, phones, references, addresses, options, school years, durations, percentages, months of an invoice), measured before round 14 at 128 intents, 154 date sets, 2 false dates, used for its fixes, after them at 131, 155, 1, after round 16 at 140, 155, 1, after round 19 at 142, 155, 1, after round 23 at 147, 155, 1; « le 1 » alone stays a day (the answer to « quel jour ? »)' },
    { file: 'heldout15.jsonl', size: 102, intent: 102, dates: 102, activity: 102, falseDates: 0, story: 'days written out in a named holiday, stopping, questions about bookings, help, measured before round 14 at 101 intents, 99 date sets, 95 activities, 3 false dates, used for its fixes' },
    { file: 'heldout16.jsonl', size: 200, intent: 200, dates: 200, activity: 200, falseDates: 0, story: 'short SMS, typos, English and simple French over every intent, Nov 2026 to Feb 2027, measured untouched at 194 intents, 196 date sets, 197 activities, 1 false date; four labels corrected (two past days kept, two to the conventions of the other sets), then used for the round-16 fixes (not for training)' },
    { file: 'heldout19.jsonl', size: 200, intent: 200, dates: 200, activity: 200, falseDates: 0, story: 'phone and SMS French of every intent and every way of saying days, 10 % English, written before the rules were read, measured untouched at 194 intents, 183 date sets, 199 activities, 17 false dates; 14 labels brought to the conventions (weeks, holidays and months as calendar days, a day named in small talk read), at 194, 196, 199, 4; then used for the round-19 fixes (not for training)' },
    { file: 'heldout20.jsonl', size: 200, intent: 200, dates: 200, activity: 200, falseDates: 0, story: 'written apart by another session (branch nlusets), blind to the rules: measured once with the round-22 rules at 193 intents, 191 date sets, 200 activities, 5 false dates (the rules before round 22: 192, 191, 200, 5); six labels brought to the conventions (a month of bookings asked gives no day, « samedi » and « ce samedi » in an hours question are one day, a death day is read, a move told is update_contact), at 195, 195, 200, 2; then used for fixes (not for training); « à partir de lundi … du lundi 7 au vendredi 11 » read whole in round 23' },
    { file: 'heldout21.jsonl', size: 200, intent: 190, dates: 189, activity: 200, falseDates: 9, story: 'written apart by another session with set 20 (branch nlusets), blind to the rules, never used for fixes nor training (only its totals read): measured once with the rules before round 22 at 189 intents, 189 date sets, 200 activities, 9 false dates, after round 22 at 190, 189, 200, 9' },
    { file: 'heldout22.jsonl', size: 301, intent: 301, dates: 299, activity: 301, falseDates: 2, story: 'SMS, typos, English, simple French and long messages of every intent, how-to questions and questions about bookings, written apart; its first 173 measured untouched at 164 intents, 170 date sets, 173 activities, 2 false dates, three labels brought to the conventions (« payer facture » named is pay_invoice as in sets 4 and 16, « toute la semaine » of an absence gives no day as in set 12, the town pool is a service the bot names), at 166, 171, 173, 2, then used for the round-22 fixes (not for training); its next 86 measured after them at 84 intents, 77 date sets, 86 activities, 8 false dates, four labels brought to the conventions (a birth, a birthday, a trip and a day named in small talk are read), at 84, 81, 86, 4, then used for fixes, at 259, 256, 259, 3; its last 42 measured after those at 39 intents, 40 date sets, 42 activities, 1 false date, two labels brought to the conventions (« à partir de février » of a cancellation gives no day as in set 5, the absence of a paper is read), then used for fixes; after round 23 at 301, 299, 2 (« le mardi et le jeudi à partir de janvier » asks until when); left: « l’absence de lundi » of a certificate is read ahead, a correction reads both days' },
    { file: 'heldout23.jsonl', size: 200, intent: 200, dates: 199, activity: 200, falseDates: 0, story: 'SMS, long, simple French and English, written apart by another session (branch nlusets), blind to the rules: measured once with the rules of round 23 (its first two fixes in) at 196 intents, 195 date sets, 200 activities, 1 false date; then used for the round-23 fixes (not for training); left: a death day said without its year is read (sets 5, 6, 19 and 22 label it no day)' },
    { file: 'heldout24.jsonl', size: 200, intent: 198, dates: 197, activity: 199, falseDates: 0, story: 'written apart by another session (branch nlusets), blind to the rules, never used for fixes nor training (only its totals read): 198 intents, 197 date sets, 199 activities, no false date after round 24' },
    { file: 'heldout25.jsonl', size: 200, intent: 200, dates: 200, activity: 200, falseDates: 0, story: 'written apart with set 26 (branch nlusets), blind to the rules: measured once before round 24 at 193 intents, 192 date sets, 7 false dates; then used for the round-24 fixes (not for training)' },
    { file: 'heldout26.jsonl', size: 200, intent: 191, dates: 190, activity: 199, falseDates: 7, story: 'written apart with set 25, blind to the rules, never used for fixes nor training (only its totals read): before round 24 at 191 intents, 186 date sets, 8 false dates; after round 25 at 191, 190, 7' },
    { file: 'heldout27.jsonl', size: 200, intent: 200, dates: 198, activity: 198, falseDates: 0, story: 'written apart with set 28 (branch nlusets), blind to the rules: measured once before round 25 at 194 intents, 192 date sets, 197 activities, 2 false dates; then used for the round-25 fixes (not for training); left: a death day and a birthday said in the past are labelled as days here and as no day in older sets' },
    { file: 'heldout28.jsonl', size: 200, intent: 196, dates: 195, activity: 198, falseDates: 3, story: 'written apart with set 27, blind to the rules, never used for fixes nor training (only its totals read): before round 25 at 194 intents, 194 date sets, 198 activities, 4 false dates; after it at 194, 195, 198, 3' },
    { file: 'heldout29.jsonl', size: 200, intent: 200, dates: 199, activity: 200, falseDates: 1, story: 'written apart with set 30 (branch nlusets3), blind to the rules: measured once before round 27 at 196 intents, 180 date sets, 199 activities, 17 false dates; then used for the round-27 fixes (not for training); left: « tous les vendredis de janvier » is labelled without 1 January here and with it in older sets (set 18, corpus); after round 27 at 200, 199, 200, 1' },
    { file: 'heldout30.jsonl', size: 200, intent: 198, dates: 194, activity: 200, falseDates: 6, story: 'written apart with set 29 (branch nlusets3), blind to the rules until round 29, then used for its fixes (not for training), aimed at new ground (numeric dates, ordinals, corrections inside the message, counts and times beside days): before round 27 at 188 intents, 168 date sets, 199 activities, 23 false dates; after round 28 at 188, 177, 199, 19; after round 29 at 198, 193, 200, 7; after round 31 (« d\'ici la fin de la semaine » ends on Friday) at 198, 194, 200, 6; left: labels without holidays in « tous les lundis de février » and without the week-end in « tous les jours de la semaine prochaine », against the convention of older sets' },
    { file: 'heldout31.jsonl', size: 200, intent: 199, dates: 188, activity: 197, falseDates: 10, story: 'written with set 32 (blind to the rules), used for fixes in rounds 29 and 30 (not for training): before round 29 at 192 intents, 178 date sets, 195 activities, 20 false dates; after round 29 at 197, 183, 196, 15; after round 30 at 199, 188, 197, 10; left: « semaine prochaine » labelled Monday to Friday (older sets: Monday to Sunday), holidays and week-ends left out of « jusqu\'à la fin du mois », an « accueil de loisirs » contact labelled without activity (older sets: wednesday)' },
    { file: 'heldout32.jsonl', size: 200, intent: 195, dates: 191, activity: 192, falseDates: 9, story: 'written with set 31 (branch nlusets4), blind to the rules until round 31, then used for its fixes (not for training): before round 29 at 191 intents, 177 date sets, 191 activities, 21 false dates; after rounds 29 and 30 at 191, 179, 192, 19; after round 31 at 195, 191, 192, 9; left: weeks and ranges labelled without their week-end (« semaine prochaine », « semaine du 15 », « du 11 au 22 », « jusqu\'aux vacances », the Christmas holidays; older sets: every day), a weather question labelled without its week-end (older sets: with it)' },
    { file: 'heldout33.jsonl', size: 200, intent: 196, dates: 183, activity: 195, falseDates: 15, story: 'written blind with set 34 (branch nlusets5), opened in round 32 and used for its fixes (not for training): before round 32 at 184 intents, 171 date sets, 195 activities, 20 false dates; after at 195, 180, 195, 16; left: labels in conflict with older sets (a town question with its day, « le bus passe à quelle heure samedi », « le match c samedi » — older: « le bus scolaire passe à quelle heure demain », « qui a gagné le match hier » with their day; a trip or birthday beside a passport, an exit permit or the electoral roll without its day — older: with it; « Demain peut-être » after a stop without its day — older: « laisse tomber jverrai demain » with it), a year before 2000 (« born on 30 October 1985 »); after round 33 at 195, 182, 195, 16 (two days in words listed before their month, « le jeudi trois et le vendredi quatre juin »); after round 35 at 196, 183, 195, 15 (a child\'s good news told with its weekday, « a eu 19 en dictée jeudi », asks nothing)' },
    { file: 'heldout34.jsonl', size: 200, intent: 197, dates: 193, activity: 198, falseDates: 7, story: 'written blind with set 33 (branch nlusets5), opened in round 33 and used for its fixes (not for training): before round 33 at 183 intents, 182 date sets, 198 activities, 12 false dates; after at 197, 193, 198, 7; left: labels in conflict with older sets (an event or a town question with its day, « la fete de l ecole c le 26 juin ? », « le marché du dimanche a-t-il lieu le 3 janvier ? », « my son turns 7 on Thursday, any ideas for a party? » — older: « qui a gagné le match hier », « le bus scolaire passe a quelle heure demain », « mon chat est perdu depuis le 2 » with their day; a birthday beside the electoral roll without its day — older: with it; a birth year before 2000 after a month in words, « nee le 3 fevrier 1950 » — older: « je suis née à Carrières le 14 mai 1988 », « né le 8 novembre 1994 » without their day; a contact asked about « les inscriptions cantine » without its activity — older: « c pr la cantine », « un num pr joindre la cantine » with it), and what no general rule yet reads: a Wednesday club named « du mercredi » on a Wednesday beside its days, a cancellation of one of two Wednesdays told before, « la liste des matins où… » as the morning club, « qq1 veut » read as a contact, a help asked after a story of parents abroad, « carte vitale perdue »' },
    { file: 'heldout35.jsonl', size: 200, intent: 199, dates: 200, activity: 197, falseDates: 0, story: 'written blind with set 36 (branch sets6), opened in round 34 and used for its fixes (not for training): before round 34 at 184 intents, 197 date sets, 194 activities, 3 false dates; after at 199, 198, 197, 2; after round 35 (a weekday before the holidays, days listed one a line beside them) at 199, 200, 197, 0; left: labels in conflict with older sets (« je n\'arrive pas à me connecter… mon identifiant est refusé » labelled sign_in — set 1: « …ça me dit identifiant incorrect » is forgot_password; a contact asked for the canteen\'s service and a canteen praised labelled without activity — set 18 and older: the activity named is kept))' },
    { file: 'heldout36.jsonl', size: 200, intent: 199, dates: 200, activity: 197, falseDates: 0, story: 'written blind with set 35 (branch sets6), opened in round 35 and used for its fixes (not for training): before round 35 at 192 intents, 195 date sets, 196 activities, 5 false dates; after at 199, 200, 197, 0; left: labels in conflict with older sets (« jarrive pas a me co » labelled sign_in — set 4: the same words are forgot_password; a contact asked for the « restauration scolaire », an account to create « pour pouvoir réserver la cantine » and papers for a « colo à l\'étranger » labelled without activity — corpus and set 7: the activity named is kept)' },
    { file: 'heldout37.jsonl', size: 200, intent: 200, dates: 196, activity: 199, falseDates: 4, story: 'written blind with set 38 (branch sets7), opened in round 36 and used for its fixes (not for training): before round 36 at 189 intents, 195 date sets, 193 activities, 3 false dates; after at 200, 196, 199, 3; left: labels in conflict with older sets (« dans 15 jours » labelled 14 days ahead — set 1 and set 17: « étude dans 15 jours », « Eva sera pas la dans 15 jours » are 15 days ahead; « dans 15j » likewise, read since as 15 days ahead like « dans 15 jours »: a fourth false date by this set\'s label; a certificate to upload « pour que les repas ne soient pas facturés » labelled without activity — set 18 and older: the activity named is kept)' },
    { file: 'heldout38.jsonl', size: 200, intent: 199, dates: 197, activity: 198, falseDates: 3, story: 'written blind with set 37 (branch sets7), opened in round 37 and used for its fixes (not for training): before round 37 at 190 intents, 189 date sets, 195 activities, 8 false dates; after at 199, 197, 198, 3; left: labels in conflict with older sets (« dans 15 jours » labelled 14 days ahead, three times — set 1 and set 17: « étude dans 15 jours », « Eva sera pas la dans 15 jours » are 15 days ahead; « connexion impossible » labelled sign_in — corpus: the same words are forgot_password; an account to create « pour réserver la cantine », « réserver ses repas à la cantine… pas encore de compte » labelled without activity — corpus and set 7: the activity named is kept)' },
    { file: 'heldout39.jsonl', size: 200, intent: 199, dates: 199, activity: 200, falseDates: 0, story: 'written blind with set 40, opened in round 38 and used for its fixes (not for training): before round 38 at 193 intents, 195 date sets, 199 activities, 2 false dates; after at 199, 199, 200, 0; left: « mercredi prochain et celui d\'après » (the same weekday a week later: read so, it gave a day not meant in a blind set), and a label in conflict with older sets (an illness told and the cantine « réservations » to cancel labelled cancel_booking — corpus: « mon fils est malade, pouvez-vous annuler la cantine demain ? » and two more are report_absence)' },
  ];

  it.each(SETS)('$file ($size messages, $story): at least $intent intents and $dates date sets, at most $falseDates false dates', ({ file, size, ...least }) => {
    const set = load(file);
    expect(set.length).toBe(size);
    const s = score(set, holidays);
    expect({
      intent: s.intent >= least.intent,
      dates: s.dates >= least.dates,
      activity: least.activity === undefined || s.activity >= least.activity,
      falseDates: s.falseDates <= least.falseDates,
      report: misses(s),
    }).toMatchObject({ intent: true, dates: true, activity: true, falseDates: true });
  });
});
