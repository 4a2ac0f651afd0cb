/**
 * Numbers that are not days (phone numbers, amounts, times, marks, ages, references, streets, a paper's end), days that are
 * not asked (when an earlier message was sent, the day a child comes back, an event's name), set aside before any day is read.
 */
import { makeDay } from './calendarMath';
import type { Reader } from './dateReader';
import { DAY, DAY_END, MONTH, STREET, WD } from './dateWords';
import { readEventDays } from './eventDays';
import { pattern } from './pattern';
import { maskStoryDays } from './recentPast';
import { NEWS_LATER } from './newsLater';
import { STOP_FOR_NOW } from './stopForNow';
import { maskTemperatures } from './symptomTime';
import { readStoryDays } from './storyDays';

/** Words of a price: a decimal beside them is an amount. */
const PRICE = /\b(?:prix|tarifs?|coute|coutent|cout|montant|payer|paye|payes|regler|facturee?s?|euros?|eur|qf|quotient|rembourse\w*)\b|€/;

/** Numbers that are not days, and the weekday inside an activity's name. */
export function maskNonDates(r: Reader): void {
  // Numbers that are not days.
  r.mask(/(?:\+33 ?|\b0)[1-9](?:[ .-]?\d{2}){4}\b/);
  r.mask(/\b\d+(?:\.\d+)? ?(?:€|euros?|eur|cts?|centimes?)(?=\s|$)|€ ?\d+(?:\.\d+)?/);
  // « le repas c'est 3,45 ou 4,10 ? »: beside a price, a decimal is an amount, not « le 4/10 » (« le 4.10 », « du 4.10 » stay days).
  if (PRICE.test(r.source)) r.mask(pattern`(?<!\\b(?:le|du|au|${WD}) )\\b\\d{1,3}\\.\\d{1,2}\\b(?![/.-]?\\d)`);
  // « c 4,10 e le repas », « 2,40 la séance »: a decimal with « e » (SMS euros) or what it is the price of is an amount.
  r.mask(/\b\d{1,3}\.\d{1,2}(?: ?e\b| (?=(?:le|la|l|par) (?:repas|seance|journee|heure)\b))/);
  // « 2 repas de 4,05 », « 3 séances à 2,40 », « le repas à 4.05 »: a decimal said as what a meal or a session costs is an amount too.
  r.mask(/(?<=\b(?:repas|seances?|journees?|heures?|tickets?|gouters?|menus?) (?:de|a|a chacun|chacun a|x) )\d{1,3}\.\d{1,2}\b(?![/.-]?\d)/);
  r.mask(/\b\d{1,2} ?h(?: ?[0-5]\d)?\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} heures?\b/);
  // « I may come 5-7 pm », « 5/6pm », « vers 4.30 pm », « 8 am »: times, not a day (not 5 July); the span of hours whole.
  r.mask(/\b\d{1,2}(?:[.:]\d{2})?(?: ?[-/.] ?| (?:a|to|au) )\d{1,2}(?:[.:]\d{2})? ?(?:pm|am|p m)\b|\b\d{1,2}(?:[.:]\d{2})? ?(?:pm|am|p m)\b/);
  // A mark (« je mets 5/5 », « service 10/10 »), a fraction (« 3/4 d'heure », « une demi-journée 1/2 », « en CP 1/2 », « 2/3 familles »),
  // a version (« la version 2.3 »): no day.
  r.mask(/\b(?:note|notee?|je (?:mets|donne)|on (?:met|donne)|service|bravo|top|satisfaction|evaluation|avis)\b(?: [a-z]+){0,2}? ?:? ?\d{1,2} ?\/ ?(?:5|10|20)\b|\b\d ?\/ ?\d\b(?= (?:d heures?|heures?|du repas|de (?:la|l) |des? (?:familles?|parents?|enfants?|eleves?)\b|(?:familles?|parents?|enfants?|eleves?)\b))|(?<=\b(?:demi journee|cp|ce1|ce2|cm1|cm2|gs|ms|ps|classe|niveau) )\d ?\/ ?\d\b|\b(?:version|v|ios|android|windows) ?\d+(?:\.\d+)+/);
  r.mask(/\b\d{1,2} ?(?:ans?|mois)\b(?! (?:prochain|de))/);
  // « mon planning de mars vient de tomber : … du 1er au 26 mars »: a schedule named by its month, the days written out with it elsewhere, is no bound of them.
  r.mask(pattern`\\b(?:planning|emploi du temps|horaires|roulement|calendrier de travail) (?:de |d |du mois de |du mois d |pour )${MONTH}\\b(?! ?\\d)(?=.*\\b${DAY} ${MONTH}\\b)`);
  // A temperature and the moment it was taken (symptomTime.ts).
  maskTemperatures(r);
  maskStoryDays(r);
  // « ma carte d'identité expire le 20 février », « passeport valable jusqu'au 3 mars », « ma carte expire le 3 »: a paper's end, not a day asked.
  r.mask(new RegExp(`\\b(?:expire|expirera|expirent|expireront|expiree?s?|perimee?s?|date d expiration|valable jusqu au|valide jusqu au|valables jusqu au)(?: :)?(?: le| au| du| en date du| fin)? (?:${WD} )?(?:${DAY} ${MONTH}(?: \\d{4})?|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|(?<=(?:le|au|du|en date du|fin|:) (?:${WD} )?)${DAY}${DAY_END})`));
  // « je vais arrêter pour aujourd'hui », « on en reste là pour ce soir »: when to stop talking, not a day asked.
  r.mask(STOP_FOR_NOW);
  // « nous vous tiendrons au courant pour lundi », « on verra pour jeudi »: a day whose news is to come, not asked yet (newsLater.ts).
  r.mask(NEWS_LATER);
  r.mask(/\b(?:facture|numero|num|ref|reference|dossier|commande|avis)\s?:?\s?(?:numero\s)?[a-z]{0,5}-?\d[\d/.-]{2,}\w*/);
  r.mask(/\b[a-z]{1,6}-?\d{3,}\w*\b|\b\d{5,}\b|\b\d+[a-z]{2,}\d+\w*\b/);
  r.mask(STREET);
  // « 2026-12-14 »: a date written year first is that day.
  r.pass(/\b(20\d\d)-(\d{1,2})-(\d{1,2})\b(?![/.-]?\d)/, (m) => {
    const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day ? [day] : null;
  });
  r.mask(/\b(?:19|20)\d\d[/.-]\d{2,4}\b/);
  // Told in an absence, the day the child comes back: « ils reprennent lundi 24 », « retour à l'école le 12 », « nous reprendrons le rythme
  // normal le lundi 31 », « elle ne pourra donc pas revenir à l'école avant le jeudi 4 mars ».
  // (« je ne sais pas encore s'il pourra revenir demain »: the return day, in doubt, is no day missed either.)
  // (« on rentre de chez ma sœur à Lille le lundi de Pâques »: where from may be said before the day.)
  // (Not « absent à la reprise lundi 19 »: the school's rentrée, the child away that day.)
  if (r.ctx.absence) r.mask(pattern`\\b(?:(?:il|elle|ils|elles|on|nous) (?:ne )?(?:(?:pourra|pourront|pourrait|pourraient|devrait|devraient|va|vont|pourrons|allons)(?: donc| alors)?(?: pas| plus)? (?:revenir|reprendre|retourner|rentrer)|reprend|reprendra|reprennent|reprendront|reprenons|reprendrons|revient|reviendra|reviennent|reviendront|reviendrons|retourne|retournera|retournent|retourneront|retournerons|rentre|rentrera|rentrent|rentreront)|(?:de )?retour|(?<!\\b(?:absente?s?|manquera|manqueront|pas la|pas a l ecole)(?: l ecole| la classe)? (?:a|pour|des) la )reprise)(?: (?:a l ecole|en classe|a la cantine|les cours|l ecole|la classe|le rythme(?: normal| habituel)?|le chemin de l ecole)| (?:de|du|d|des) (?:chez )?(?!(?:l ecole|la cantine|classe)\\b)[a-z]+(?: (?!(?:le|et|puis|mais|donc|ou)\\b)[a-z]+){0,4}?(?= le ))?(?: (?:des|dès|le|a partir du|du|(?:pas )?avant(?: le)?))? (?:(?:${WD} ?)?(?:${DAY}(?: ${MONTH})?|${WD})|apres demain|demain)\\b`);
  // « … comme je l'ai demandé ce matin », « comme je vous l'ai dit hier »: when an earlier message was sent, not a day asked.
  // (« comme je vous l'ai dit au téléphone mardi »)
  // (« comme dit au tel lundi », « comme convenu par téléphone hier »: the same, said short.)
  r.mask(pattern`\\bcomme (?:(?:je|j|on|nous) (?:vous |te )?(?:l )?(?:ai|avais|avons|a|avait) (?:deja )?)?(?:demande|dit|ecrit|indique|precise|explique|signale|envoye|convenu|vu)(?: (?:au telephone|par telephone|au tel|par tel|par mail|par courriel|par message|au guichet|a l accueil|en mairie))?(?: (?:ce matin|hier(?: soir| matin)?|tout a l heure|avant hier|la semaine derniere|ce midi|${WD}(?: dernier)?))?\\b`);
  // A deadline, a day counted from an event not dated, an outing's day (storyDays.ts).
  readStoryDays(r);
  // An event named after a day is not that day: « le repas de Noël à la cantine le 17 décembre ».
  r.mask(/\b(?:repas|fete|spectacle|marche|gouter|menu|arbre|concert|sapin|bal|cadeaux?|chants?|kermesse) de noel\b/);
  // « vive les vacances 🎉 », « vivement les grandes vacances », « enfin les vacances de Noël »: a cheer, no day asked.
  r.mask(/\b(?:vive|vivement|enfin) (?:les |la )?(?:grandes )?vacances(?: (?:de la |de |d |du )?(?:noel|toussaint|hiver|fevrier|printemps|paques|ete))?\b/);
  // « un pique-nique de Noël », « la sortie de Noël », « centre de loisirs de Noël : … »: any such name, but not the holidays, the day or a moment of it.
  r.mask(/(?:^|, |\b(?:bonjour|pour|pr|au|a l) )(?:centre(?: de loisirs| aere)?|accueil de loisirs|alsh|stage|colo|garderie|cantine) de noel\b/);
  r.mask(/\b(?:un|une|le|la|les|l|du|au|aux|des|notre|son|sa|leur) (?!(?:[a-z]+ )?(?:vacances|jour|veille|lendemain|soir|matin|midi|nuit|nuits|fetes?|periode|semaine|week end|pont|conges?)\b)[a-z]+(?: [a-z]+)? de noel\b/);
  // The weekday inside an activity's name: « centre de loisirs du mercredi » (not with its week after it, « l'accueil du mercredi
  // la semaine prochaine », « the Wednesday club next week »: that Wednesday).
  r.mask(pattern`\\b(?:loisirs?|accueil|centre|activites?|ateliers?|garderie|alsh|clsh) (?:du|des) mercredis?\\b(?! (?:\\d|prochain|en huit|${MONTH}|(?:de )?(?:la |cette )semaine (?:prochaine|d apres|suivante|du \\d)))`);
  // « mercredi loisirs 3 mars »: the name, then the day.
  r.mask(pattern`\\bmercredis? (?:loisirs?|recreatifs?)(?= (?:le |les |du )?(?:${WD} )?${DAY}\\b)`);
  readEventDays(r);
}
