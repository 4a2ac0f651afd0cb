/**
 * Text prepared for understanding: lower case, no accents, apostrophes as spaces, the characters
 * that dates and numbers need kept (/ : , € °), control characters and emoji dropped; SMS spellings
 * (« jveux », « jarrête », « anul ») written out, English words and orders turned to French (englishText.ts).
 */

import { englishActivities, englishDateOrder, ENGLISH } from './englishText';
import { englishSchoolDays } from './englishSchoolDays';
import { monthFirst } from './monthFirst';
import { correctWord, monthAfterDay } from './typos';
import { dictated } from './dictation';
import { FOREIGN_COURTESY } from './foreignCourtesy';
import { FOREIGN_WORDS, foreignPhrases } from './foreignWords';
import { foreignDateOrder } from './foreignDates';
import { globalPattern } from './pattern';
import { toldPast } from './pastClauses';
import { keptResults } from '../domain/text';

const MAX_LENGTH = 2000;

/** A full stop after a word (not an abbreviation) before a request (« garderie soir le 11 mai », « pourriez-vous… »). */
const SENTENCE_STOP = /(?<=[a-z]{3})(?<!\b(?:mme|mlle|mrs|ste|ave|bvd|tel|ref|num|apt|bat))\.+(?= +(?:garderie|cantine|etude|accueil|centre|periscolaire|restauration|pouvez|pourriez|pourrais|je voudrais|j aimerais|je souhaite|il faudrait|merci de|reserv|inscri|annul)\b)/g;
/** A sentence told with « être » or « avoir » conjugated (« ma mère est hospitalisée », « il a la grippe »). */
const WITH_VERB = /\b(?:est|suis|sont|sommes|etes|etait|etaient|serai|sera|seront|a|ai|as|ont|avons|avez|avait|avaient)\b/;

/** A full stop after a word (not an abbreviation: « Mme. ») before a capital letter. */
const NEW_SENTENCE = /(?<=\p{Ll}{3})(?<!\b(?:Mme|Mlle|Mrs|Ste|Ave|Bvd|Tel|Ref|Num|Apt|Bat|mme|mlle|ste|ave|bvd|tel|ref|num|apt|bat))\.(?= +\p{Lu})/gu;
const folded = (said: string) => said.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`´‘]/g, ' ');

/** Kept for the texts prepared lately: a turn prepares the same message several times (intent, dates, asides). */
export const prepare = keptResults(prepareNow);

function prepareNow(text: string): string {
  const plain = text
    .slice(0, MAX_LENGTH)
    // « il s'est cassé le poignet au judo. Le chirurgien l'opère le 26 »: a full stop before a new sentence (its capital) after a sentence
    // told in the past ends the first's clause, as a comma does (the day of the second is not told in the first's past).
    .replace(NEW_SENTENCE, (stop: string, at: number, all: string) => (toldPast(folded(all.slice(0, at).split(/[.,;!?]/).at(-1) ?? '')) ? '.,' : stop))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’'`´‘]/g, ' ')
    .replace(/n\s?°/g, ' numero ')
    .replace(/°/g, ' ')
    // « 11>15 janvier », « 11 -> 15/01 », « 11 → 15 »: an arrow between days is a dash (read below as a range).
    .replace(/(\d) ?(?:->|=>|>|→|⇒|⟶|➔|➡\ufe0f?) ?(?=\d)/g, '$1-')
    // « lundi 12 > vendredi 16 juillet », « lundi 11 → vendredi 15 »: to the weekday and day after the arrow, « au ».
    .replace(/(\d) ?(?:->|=>|>|→|⇒|⟶|➔|➡\ufe0f?) ?(?=(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]* \d)/g, '$1 au ')
    .replace(/[^a-z0-9/:,.€+?\s-]/g, ' ')
    .replace(/\?+/g, ' ? ')
    // « jeu + ven », « hier + auj », « mardi 12 + jeudi 14 », « lundi+mardi »: a plus before a word is « et » (not « +33 6… »)
    .replace(/(?<=[a-z0-9]{2}) ?\+ ?(?=[a-z])/g, ' et ')
    // « num: 06… », « pr Louna: cantine » (not « 17:45 »)
    .replace(/(?<!\d):|:(?!\d)/g, ' ')
    // « les 14,15,17 », « les 14,15 »: days listed with commas and no spaces, not a decimal (« 45,60 », « les 12,50 € »)
    .replace(/\b\d{1,2}(?:,\d{1,2}){2,}\b(?!,?\d)|(?<=\bles )\d{1,2},\d{1,2}\b(?![,.]?\d| ?(?:€|(?:euros?|eur)\b))/g, (list: string) => (daysInOrder(list.split(',')) ? list.replace(/,/g, ' , ') : list))
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/,/g, ' , ')
    // « cantine 11-15 janvier », « du 11 > 15 janv »: two days joined by a dash or an arrow before their month are a range
    // (« 4-5-6 janvier » lists three).
    .replace(/(?<!\d ?[-/.>] ?)\b(\d{1,2}) ?(?:-|>|->) ?(\d{1,2}) (?=(?:janv|jan|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|feb|march|apr|may|june|july|aug)[a-z]*\b)/g, '$1 au $2 ')
    // « 11-15/01 »: the two days share the month written after the second (« du 11/01 au 15/01 »).
    .replace(/(?<![\d/.-])\b(\d{1,2}) ?- ?(\d{1,2})([/.]\d{1,2})\b(?![/.-]?\d)/g, (m: string, a: string, b: string, month: string) => (Number(a) < Number(b) && Number(b) <= 31 ? `du ${a}${month} au ${b}${month}` : m))
    // « 21st-23rd », « the 5th - 9th of July »: two English ordinals joined by a dash are a range, « 21st to 23rd » (englishText.ts).
    .replace(/\b(\d{1,2})(st|nd|rd|th) ?- ?(\d{1,2})(st|nd|rd|th)\b/g, '$1$2 to $3$4')
    .replace(/(?<!\d)-|-(?!\d)/g, ' ')
    // « ma mère est hospitalisée. garderie soir le 11 mai »: a full stop between a sentence with its verb and a request ends
    // the first's clause, as a comma does (not the stop of « Mme. », « av. », « M. », nor notes run on without a verb)
    .replace(SENTENCE_STOP, (stop: string, at: number, all: string) => (WITH_VERB.test(all.slice(0, at).split(/[.,;!?]/).at(-1) ?? '') ? ' , ' : stop))
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    // « un jour supp », « garderie en supp »: after a quantity or « en », « supp » is « supplémentaire » (alone, « supprimer »).
    .replace(EXTRA_SUPP, '$1 supplementaire')
    // « 46,30 e facture octobre »: an amount's « e » is euros, not the « e » of « e-facture ».
    .replace(/\b(\d+\.\d{2}) ?e (?=factures?\b)/g, '$1 euros ')
    // « cb je dois pr le centre », « cb ça coûte la cantine »: opening a question, « cb » is « combien » (after « par », « en », the card).
    .replace(/(?<=^|[,?!] )cb (?=(?:je|j|jdois|on|ca|coute|coutent|il|elle|vous|nous|de|d)\b)/g, 'combien ')
    .trim();
  const words = monthFirst(
    foreignDateOrder(englishDateOrder(englishSchoolDays(foreignPhrases(plain))))
      .split(' ')
      .map(unstretched)
      .map((word, i, all) => (CODE_AFTER.test(all[i + 1] ?? '') && SMS[word] === 'demain' ? word : SMS[word] ?? ENGLISH[word] ?? FOREIGN_COURTESY[word] ?? FOREIGN_WORDS[word] ?? elided(word) ?? monthAfterDay(word, all[i - 1]) ?? correctWord(word)))
      .join(' '),
  )
    // « c bien réservé ? », « c quoi » (« c'est » is already « c est »)
    .replace(/\bc (?![aeiouy])/g, 'c est ')
    // « me co », « se co »
    .replace(/\b(me|se|te) co\b/g, '$1 connecter')
    // « jveu pu la cantine », « il mange pu le midi »: « pu » for « plus » after wanting, eating, going (« j'ai pu » is « pouvoir »)
    .replace(/\b(veux|veut|voulons|veulent|mange|mangera|mangent|va|vont|ira|iront|vient|viennent|viendra) pl?u\b/g, '$1 plus')
    // « plu besoin de garderie jeudi », « ya plu de place »: « plus » typed short before what is no longer (« il a plu », « ça m'a plu » kept)
    .replace(/(?<!\b(?:a|as|ont|avait|avaient|aura|aurait|avons|avez) )\bplu (?=(?:besoin|la peine|jamais|rien|personne|de|d)\b)/g, 'plus ')
    // « il mange pa à la cantine », « elle vient pa »: « pas » typed short after a verb (not « pa » alone)
    .replace(/\b(ne|n|veux|veut|voulons|veulent|mange|mangera|mangent|mangeront|va|vont|ira|iront|vient|viennent|viendra|viendront|sera|seront|est|sont|peut|peuvent|pourra|pourront|peux) pa\b/g, '$1 pas')
    // « next lundi » (from « next monday »), « next week », « the day after demain »
    .replace(/\bnext (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/g, '$1 prochain')
    // « Thursday week », « on Monday week »: that weekday of next week, « en huit »
    .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) week\b/g, '$1 en huit')
    .replace(/\b(?:next|the following) week\b/g, 'la semaine prochaine')
    .replace(/\bthis week\b/g, 'cette semaine')
    .replace(/\bas well\b/g, 'aussi')
    .replace(/\b(?:the )?day after demain\b|\bapr? (?:demain|dmain|dem1|dm1|2main)\b/g, 'apres demain'); // (and SMS « ap demain »)
  const spelled = englishActivities(words)
    // « the holiday camp », « during the February break » (« February » is already « fevrier »)
    .replace(/\b(?:the )?(?:holiday|summer|winter|day|activity) camps?\b/g, 'centre de loisirs')
    .replace(/\b(?:during|over|for|in|(?:on )?(?:every|tous les) days? of|(?:on )?all (?:the )?days of|throughout) the (?:whole |entire )?(fevrier|noel|paques|ete|hiver|printemps|toussaint|octobre|school) (?:break|holidays?|vacations?)\b/g, (_m: string, w: string) =>
      w === 'school' ? 'pendant les vacances scolaires' : `pendant les vacances de ${w === 'octobre' ? 'toussaint' : w}`)
    // « until the February break », « till the October break », « till the holidays »: up to the holidays (their first day not included)
    .replace(/\b(?:until|till|up to|before) the (?:(fevrier|noel|paques|ete|hiver|printemps|toussaint|octobre) )?(?:school )?(?:break|holidays?|vacations?)\b/g, (_m: string, w?: string) =>
      (w ? `jusqu aux vacances de ${w === 'octobre' ? 'toussaint' : w}` : 'jusqu aux vacances'))
    // « the first Wednesday after the February holidays », « the Monday after the Easter break »: after the holidays, their rentrée
    .replace(/\b(?:(?:on )?the (first|second) )?((?:lundi|mardi|mercredi|jeudi|vendredi) )?after the (?:(fevrier|noel|paques|ete|hiver|printemps|toussaint) )?(?:school )?(?:break|holidays?|vacations?)\b/g, (_m: string, rank?: string, day?: string, w?: string) =>
      `${rank ? `le ${rank === 'first' ? 'premier' : 'deuxieme'} ` : ''}${day ?? ''}apres les vacances${w ? ` de ${w}` : ''}`)
    // « le trois décembre »: a day written in words before its month
    .replace(globalPattern`\\b(${DAY_WORDS}) (?=${MONTH_START})`, (_m: string, w: string) => `${dayNumber(w)} `)
    // « le quinze et le seize mars », « le jeudi trois et le vendredi 4 juin »: a day in words listed before a dated day
    // (twice, for a list of three)
    .replace(DAY_WORDS_LISTED, (_m: string, before: string, w: string) => `${before} ${dayNumber(w)}`)
    .replace(DAY_WORDS_LISTED, (_m: string, before: string, w: string) => `${before} ${dayNumber(w)}`)
    // « du quinze au 18 mars », « à partir du deux jusqu'au 6 juin »: a range's first day in words, its last dated
    .replace(DAY_WORDS_RANGE, (_m: string, before: string, w: string) => `${before} ${dayNumber(w)}`)
    // « le vingt trois pour Lya », « annul garderie le vingt neuf »: a day past the teens written in words after « le », month unsaid
    .replace(globalPattern`\\b(le|du|au|ce) (${LATE_DAY_WORDS})\\b(?! (?:ans?|euros?|eur|heures?|h|minutes?|min|personnes?|enfants?|eleves?|fois|pour cent)\\b)`, (_m: string, w: string, n: string) => `${w} ${dayNumber(n)}`)
    // « le douze et le treize », « le quinze ou le seize »: days in words listed, each after « le », month unsaid
    .replace(DAY_WORDS_PAIRED, (list: string) => list.replace(globalPattern`\\b(le) (${DAY_WORDS})\\b`, (_m: string, w: string, n: string) => `${w} ${dayNumber(n)}`))
    // « jeudi vingt-sept et vendredi vingt-huit », « le mardi douze »: a day in words right after its weekday, month unsaid
    .replace(globalPattern`\\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (${DAY_WORDS.replace('premier|', '')})\\b(?! (?:ans?|euros?|eur|heures?|h|minutes?|min|personnes?|enfants?|eleves?|fois|pour cent|repas|jours?|semaines?|mois|sur)\\b)`, (_m: string, w: string, n: string) => `${w} ${dayNumber(n)}`)
    // « le 23 mars deux mille dix sept »: a year of this century in words after its month
    .replace(globalPattern`\\b(${MONTH_START}) deux mille(?: (${DAY_WORDS}))?\\b`, (_m: string, month: string, n?: string) => `${month} ${2000 + (n ? dayNumber(n) : 0)}`)
    // « semaine pro », « lundi proch »
    // « semaine de garde chez moi celle du 5 oct », « ma semaine c'est celle du 12 »: the week named again by its first day
    .replace(/\b(semaine\b(?: [a-z]+){0,5}?) ,? ?(?:c est |ce sera |sera |est )?celle (?=du (?:\d{1,2}|1er)\b)/g, '$1 semaine ')
    .replace(/\b(semaine|mois) pro(?:ch)?\b/g, '$1 prochaine')
    .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) pro(?:ch)?\b/g, '$1 prochain')
    // « jeudi en 8 », « lundi en 15 »: « en huit », « en quinze ».
    .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) en (8|15)\b/g, (_m: string, w: string, n: string) => `${w} en ${n === '8' ? 'huit' : 'quinze'}`)
    // « dans 15j », « d'ici 15 j »: « j » after a count of days is « jours »
    .replace(/\b(dans|d ici) (\d{1,3}) ?j\b/g, '$1 $2 jours')
    // « mardi dans quinze jours », « mercredi dans deux semaines », « dans 15 jours, le jeudi »: that weekday « en quinze » (« en huit » for a week)
    .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:dans|d ici) (quinze|15|deux semaines|2 semaines|huit|8|une semaine|1 semaine)(?: jours)?\b/g, (_m: string, w: string, n: string) => `${w} en ${/^(?:quinze|15|deux|2)/.test(n) ? 'quinze' : 'huit'}`)
    .replace(/\bdans (quinze|15|deux semaines|2 semaines)(?: jours)?(?: ,)? (?:le |ce )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/g, (_m: string, _n: string, w: string) => `${w} en quinze`)
    // « lu ma je ve »: weekdays cut to two letters, three or more in the week's order
    .replace(TWO_LETTER_RUN, (run: string) => (inWeekOrder(run) ? run.replace(/\b(?:lu|ma|me|je|ve|sa|di)\b/g, (w) => TWO_LETTER_WEEKDAYS[w] as string) : run))
    // « lun mar jeu », « lun et ven », « jeu 12 », « sam matin », « sauf le mar »: short weekdays in a list of weekdays,
    // before a day or a moment of the day (or « prochain »: « lun prochain »), after « sauf »
    // « du lun au ven », « de mar a jeu »: a range of short weekdays
    .replace(globalPattern`\\b(du|de) (lun|mar|mer|jeu|ven|sam|dim) (au|a) (${ANY_WEEKDAY})\\b`, (_m: string, from: string, a: string, to: string, b: string) => `${from} ${SHORT_WEEKDAYS[a] as string} ${to} ${SHORT_WEEKDAYS[b] ?? b}`)
    // (« pour Sam mardi »: « sam » before a weekday of the week to come, not Sunday or Monday, is a first name.)
    .replace(SHORT_WEEKDAY_RUN, (run: string) => run.replace(/\b(?:lun|mar|mer|jeu|ven|sam|dim)\b/g, (w, at: number) => (w === 'sam' && at === 0 && !/^sam(?: ?,| et| ou)? (?:dim|dimanche|lun|lundi)\b/.test(run) ? w : (SHORT_WEEKDAYS[w] as string))))
    .replace(/(?<!\b(?:la|un|du|de) )\b(lun|mar|mer|jeu|ven|sam|dim) (?=(?:\d{1,2}|1er)\b(?! ?h\b)|(?:matin|soir|midi|apres midi|aprem|prochaine?|en huit)\b)/g, (_m: string, w: string) => `${SHORT_WEEKDAYS[w] as string} `)
    .replace(/\b((?:sauf|excepte|hormis|mais pas)(?: le| les)?) (lun|mar|mer|jeu|ven|sam|dim)\b/g, (_m: string, before: string, w: string) => `${before} ${SHORT_WEEKDAYS[w] as string}`)
    // « ça ferme à quelle heure le sam ? », « ouvert ce ven ? »: a short weekday after « le », « ce », « chaque », where the clause ends
    .replace(/\b(le|ce|chaque) (lun|mar|mer|jeu|ven|sam|dim)(?= ?(?:[?!.,]|$))/g, (_m: string, before: string, w: string) => `${before} ${SHORT_WEEKDAYS[w] as string}`)
    // « a la cant », « pas de cant », « accueil mat »: a word cut short after what names it
    .replace(/\b(la|de|au) cant\b/g, '$1 cantine')
    .replace(/\b(accueil|garderie|periscolaire|peri) mat\b/g, '$1 matin')
    // « gardé rie du soir », « canti ne », « péri scolaire »: an activity's word cut in two by a stray space
    .replace(/\b([a-z]{2,9}) (?=([a-z]{2,9})\b)/g, (m: string, a: string, b: string) => (CUT_WORDS.has(a + b) ? a : m));
  // « la garde ri du soir », « la can tine de main »: words a dictation wrote as others of the same sound.
  return dictated(spelled);
}

/** Numbers that can be days listed in order: « 14,15,17 » (not « 3,50 »). */
const daysInOrder = (numbers: string[]): boolean => numbers.every((n, i) => Number(n) >= 1 && Number(n) <= 31 && (i === 0 || Number(n) > Number(numbers[i - 1])));

/** The activities' words that come cut in two (no two French words make one of them). */
const CUT_WORDS: ReadonlySet<string> = new Set(['garderie', 'cantine', 'periscolaire']);

const TWO_LETTER_WEEKDAYS: Record<string, string> = { lu: 'lundi', ma: 'mardi', me: 'mercredi', je: 'jeudi', ve: 'vendredi', sa: 'samedi', di: 'dimanche' };
const TWO_LETTER_RUN = /\b(?:lu|ma|me|je|ve|sa|di)(?:(?: ?,| et)? (?:lu|ma|me|je|ve|sa|di)){2,}\b/g;
/** « lu ma je ve » (not « j'ai lu ma lettre »): each weekday after the one before. */
const inWeekOrder = (run: string): boolean => {
  const order = (run.match(/\b(?:lu|ma|me|je|ve|sa|di)\b/g) ?? []).map((w) => Object.keys(TWO_LETTER_WEEKDAYS).indexOf(w));
  return order.every((n, i) => i === 0 || n > (order[i - 1] as number));
};

/** Weekdays cut to three letters, which alone are other words (« jeu », « mer »). */
const SHORT_WEEKDAYS: Record<string, string> = { lun: 'lundi', mar: 'mardi', mer: 'mercredi', jeu: 'jeudi', ven: 'vendredi', sam: 'samedi', dim: 'dimanche' };
const ANY_WEEKDAY = '(?:lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const SHORT_WEEKDAY_RUN = new RegExp(`(?<!\\b(?:la|un|du|de) )\\b${ANY_WEEKDAY}(?:(?: ?,| et| ou)? ${ANY_WEEKDAY})+\\b`, 'g');

/** Words after which « supp » is « supplémentaire », not « supprimer » (« un jour supp », « en supp », « 2 h supp »). */
const EXTRA_SUPP = /\b(jours?|journees?|heures?|h|seances?|repas|creneaux?|fois|frais|cout|prix|tarif|montant|en|un|une|des|plus|sans|avec)\s+supp\b/g;

/**
 * « stoooop », « merciiii », « nonnnn », « arrêteeeez »: a letter typed three times or more is one (no French word has three alike);
 * a word of one letter only (« mmm », « www ») is left as typed.
 */
const unstretched = (word: string): string => (/^([a-z])\1*$/.test(word) ? word : word.replace(/([a-z])\1{2,}/g, '$1'));

/** A démarche's reference after its letters (« DEM-2026-00781 », « dem 2027 00215 »): « dem » there is no « demain ». */
const CODE_AFTER = /^20\d\d(?:-\d{3,})?$/;

/** SMS spellings and short forms, word by word. */
const SMS: Record<string, string> = {
  jveux: 'je veux', jveu: 'je veux', jvx: 'je veux', jve: 'je veux', jvoudrais: 'je voudrais', jvoudrai: 'je voudrais',
  jsuis: 'je suis', jvous: 'je vous', jvs: 'je vous', justif: 'justificatif', justifs: 'justificatifs', jpeux: 'je peux', jcomprends: 'je comprends', jcomprend: 'je comprends', jsai: 'je sais', jsp: 'je sais pas', jpx: 'je peux', jai: 'j ai', g: 'j ai', chui: 'je suis', jsais: 'je sais',
  cest: 'c est', nest: 'n est', quil: 'qu il', quils: 'qu ils', sest: 's est',
  slp: 'svp', pr: 'pour', ds: 'dans', ts: 'tous', tt: 'tout', tte: 'toute', ttes: 'toutes',
  dmn: 'demain', dem1: 'demain', dm1: 'demain', dmain: 'demain', '2m1': 'demain', '2mn': 'demain', ajd: 'aujourd hui', aujd: 'aujourd hui', ajrd: 'aujourd hui', ojd: 'aujourd hui', auj: 'aujourd hui', dem: 'demain', vac: 'vacances', vacs: 'vacances', aujourdhui: 'aujourd hui',
  ojourdhui: 'aujourd hui', ojourdui: 'aujourd hui', aujourdui: 'aujourd hui', ojourd: 'aujourd', sf: 'sauf', '2main': 'demain', prochene: 'prochaine', prochenne: 'prochaine', soire: 'soir',
  kan: 'quand', qd: 'quand', ke: 'que', keske: 'qu est ce que', kesk: 'qu est ce que', esque: 'est ce que', davis: 'd avis', eske: 'est ce que', esce: 'est ce que', estce: 'est ce que', kes: 'qu est ce', koi: 'quoi', px: 'peux', qqn: 'quelqu un', qq1: 'quelqu un', qqun: 'quelqu un', kel: 'quel', kelle: 'quelle', kels: 'quels', kelles: 'quelles', pk: 'pourquoi', pq: 'pourquoi',
  mrc: 'merci', mci: 'merci', bjr: 'bonjour', bsr: 'bonsoir', bsoir: 'bonsoir', bjour: 'bonjour', slt: 'salut', cc: 'coucou', resa: 'reservation', resas: 'reservations',
  rdv: 'rendez vous', nn: 'non', num: 'numero', mdp: 'mot de passe', fac: 'facture', fact: 'facture', dc: 'donc', vs: 'vous', ns: 'nous', tjs: 'toujours',
  merc: 'mercredi', mercr: 'mercredi', vend: 'vendredi', vendr: 'vendredi', ven: 'vendredi', lund: 'lundi', mard: 'mardi', jeud: 'jeudi', samed: 'samedi',
  cantoche: 'cantine', cantoch: 'cantine', sem: 'semaine', etud: 'etude', etudd: 'etude', garderi: 'garderie', cantinne: 'cantine', cantime: 'cantine', reserv: 'reserver',
  dlai: 'delai', dlais: 'delais',
  resever: 'reserver', reseerver: 'reserver', reserer: 'reserver', anuler: 'annuler', annuller: 'annuler',
  anul: 'annule', annul: 'annule', suppr: 'supprimer', supp: 'supprimer', supr: 'supprimer', desinscr: 'desinscrire',
  clef: 'cle', clefs: 'cles',
  chgt: 'changement', chgmt: 'changement', chgement: 'changement', modif: 'modification', modifs: 'modifications',
};

/** Verbs that « j' » elides, written with it (« jarrive », « jarrête », « jattends »): « j arrive ». */
const ELIDED_VERBS = new Set([
  'arrive', 'arrivais', 'arrete', 'attends', 'attend', 'aimerais', 'aimerai', 'aime', 'avais', 'aurais', 'aurai', 'habite',
  'essaie', 'essaye', 'inscris', 'inscrit', 'annule', 'envoie', 'envoye', 'oublie', 'etais', 'appelle', 'ecris', 'utilise',
  'hesite', 'ajoute', 'abandonne', 'accede', 'y', 'en', 'ignore', 'insiste', 'entends', 'explique', 'obtiens', 'ouvre',
]);
/** Words that SMS writes with « j » glued before a consonant (« jme », « jdois », « jpaye »): « je me ». */
const GLUED_AFTER_JE = new Set([
  'me', 'te', 'le', 'la', 'les', 'lui', 'leur', 'dois', 'paye', 'paie', 'regle', 'fais', 'commence', 'finis', 'travaille', 'pense',
  'crois', 'croyais', 'pensais', 'vais', 'viens', 'recupere', 'reserve', 'connais', 'prends', 'mets', 'dis', 'trouve', 'sors', 'reviens', 'passe',
  'vois', 'voulais', 'retrouve', 'telecharge',
]);
/** Nouns that « l' », « d' » elide, written glued when the apostrophe is left out (« letat civil », « acte detat civil », « lacte »). */
const ELIDED_NOUNS = new Set(['exception', 'etat', 'acte', 'actes', 'ecole', 'extrait', 'extraits', 'enfant', 'enfants', 'inscription', 'adresse', 'attestation', 'accueil', 'espace', 'etude', 'identite', 'electorale', 'hebergement', 'autorisation']);
const elided = (word: string): string | undefined =>
  /^j[aeiouyh]/.test(word) && ELIDED_VERBS.has(word.slice(1)) ? `j ${word.slice(1)}` : /^j[^aeiouyh]/.test(word) && GLUED_AFTER_JE.has(word.slice(1)) ? `je ${word.slice(1)}`
    : /^[ld][aeiouh]/.test(word) && ELIDED_NOUNS.has(word.slice(1)) ? `${word[0]} ${word.slice(1)}` : undefined;

/** « le trois décembre », « le vingt et un mars »: the day's number. */
const DAY_WORD_LIST = ['premier', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix sept', 'dix huit', 'dix neuf', 'vingt', 'vingt et un', 'vingt deux', 'vingt trois', 'vingt quatre', 'vingt cinq', 'vingt six', 'vingt sept', 'vingt huit', 'vingt neuf', 'trente', 'trente et un'];
const DAY_WORDS = [...DAY_WORD_LIST].sort((a, b) => b.length - a.length).join('|');
/** The days written in more than one word (« vingt trois », « trente et un »): not counts as « deux », « six », « vingt » often are (« 16 ans depuis le vingt »). */
const LATE_DAY_WORDS = DAY_WORD_LIST.filter((w) => w.includes(' ')).sort((a, b) => b.length - a.length).join('|');
const MONTH_START = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\\b';
/** A day in words after « le » or a weekday, followed in a list by a day with its month (« le quinze et le 16 mars »). */
const LISTED_DAY = '(?: (?:, |et |ou )?(?:le )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\\d{1,2})';
const DAY_WORDS_LISTED = globalPattern`\\b(le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (${DAY_WORDS})(?=${LISTED_DAY}+ ${MONTH_START})`;
/** A day in words opening a range whose end is dated (« du quinze au 18 mars », « entre le deux et le 6 juin »). */
const DAY_WORDS_RANGE = globalPattern`\\b(du|de|entre le) (${DAY_WORDS})(?= (?:au|a|et le|jusqu au|(?:et )?jusqu au) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\\d{1,2} ${MONTH_START})`;
/** Two days or more in words, each after « le », listed (not counts: « le deux »… alone may be a choice). */
const DAY_WORDS_PAIRED = globalPattern`\\ble (?:${DAY_WORDS})(?: ?(?:,|et|ou) le (?:${DAY_WORDS}))+\\b(?! (?:ans?|euros?|eur|heures?|h|minutes?|min|personnes?|enfants?|eleves?|fois|repas|jours?|semaines?|mois)\\b)`;
const dayNumber = (words: string): number => (words === 'premier' ? 1 : DAY_WORD_LIST.indexOf(words) + 1);

/** Words for small numbers, as residents write them (« dans deux jours »). */
export const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
};
