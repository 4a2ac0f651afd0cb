/**
 * Practical questions as residents type them: « horaires de la régie le mercredi »,
 * « est-ce que la mairie est ouverte maintenant ? », « ouvert le 1er janvier ? »,
 * « mercredi à 17h », « numéro du guichet unique ».
 * Finds which service, which day and what is wanted; a message that only names a service
 * (« cantine ») is not a practical question. Also the commune's rates: « c'est quoi mon tarif »,
 * « combien je paie la cantine », « mon quotient familial » (asksForTariffs); and the booking
 * deadlines: « jusqu'à quand je peux annuler ? » (asksForDeadlines). These questions are read in their SMS spellings
 * too (« c koi le dlai pr anuler ? », « kel tarif »): prepared as the rest of the understanding (frenchText.ts).
 */
import { normalize } from '../domain/text';
import type { ServiceCode } from '../domain/types';
import { frenchInfoWords, frenchMomentWords } from './englishInfo';
import { isKnownFirstName } from './firstNames';
import { prepare } from './frenchText';
import { readInfoMoment, type InfoMoment } from './infoMoment';
import { asksWhy } from './whyAsked';
import { elsewherePriceOf } from './elsewherePrice';

/**
 * `reopens`: « il rouvre quand ? », the next opening (whether it is open now said first, without « oui » or « non »);
 * `closes`, `opens`: « ça ferme à quelle heure ? », « ça ouvre à quelle heure demain ? », that time of the day.
 */
export type InfoWants = 'hours' | 'openNow' | 'reopens' | 'closes' | 'opens' | 'contact' | 'address';

/** Which service, which day or moment (see infoMoment.ts), and what is wanted. */
export interface InfoQuery extends InfoMoment {
  service?: ServiceCode;
  /** A service the bot has no code for (« la police municipale », « le CCAS »): never answered with another's. */
  other?: OtherService;
  wants: InfoWants | null;
  /** A second thing asked with a contact or an address (« horaires et téléphone de la mairie »): its hours. */
  also?: 'hours';
}

/** Services residents ask for that are not among the commune file's codes; a commune service whose name says them answers. */
export const OTHER_SERVICES = {
  police: /\b(?:police(?: municipale)?|gendarmerie|commissariat)\b/,
  ccas: /\b(?:ccas|action sociale|centre communal)\b/,
  urbanisme: /\b(?:urbanisme|permis de construire)\b/,
  library: /\b(?:mediatheque|bibliotheque)\b/,
  technical: /\b(?:services? techniques?|voirie)\b/,
  nursery: /\b(?:creches?|petite enfance|halte garderie|ram|relais (?:petite enfance|assistantes? maternelles?))\b/,
  cemetery: /\b(?:cimetieres?)\b/,
  waste: /\b(?:dechets?|dechetterie|decheterie|encombrants?|ordures)\b/,
  pool: /\b(?:piscine)\b/,
  toys: /\b(?:ludotheques?)\b/,
} as const;
export type OtherService = keyof typeof OTHER_SERVICES;

/** Most specific first: « accueil du soir » is the périscolaire before « accueil » is the mairie. */
const SERVICES: ReadonlyArray<readonly [ServiceCode, RegExp]> = [
  ['guichet_unique', /\bguichet unique\b/],
  ['etat_civil', /\b(etat civil|actes? de (naissance|mariage|deces)|actes?)\b/],
  ['inscriptions', /\b(cle enfance|code famille|inscriptions?)\b/],
  ['periscolaire', /\b(peri ?scolaires?|cantines?|restauration( scolaire)?|accueils? du (matin|soir)|accueils? de loisirs|centre de loisirs|garderie)\b/],
  ['sej', /\b(sej|enfance jeunesse|(?:service|pole|direction|secteur) (?:de l |de la |du )?enfance(?! jeunesse)|(?:service|pole|direction|secteur) (?:de la )?jeunesse)\b/],
  ['scolaire', /\b(scolaires?|ecoles?|affaires scolaires)\b/],
  ['regie', /\b(regies?|factures?|facturation|paiements?)\b/],
  ['mairie', /\b(mairie|hotel de ville|accueil)\b/],
];

const CONTACT = /\b(telephone|tel|numeros?|num|joindre|appeler|contacter|contacts?|coordonnees|(?:adresses? )?(?:e )?mails?|emails?|courriel)\b/;
const ADDRESS = /\b(adresse|se trouve|situee?s?|aller a|comment y aller)\b/;
const WHERE_IS = /\b(?:ou (?:est|sont|se trouve)|c est ou|cest ou|c ou|ou c est|ou ca se trouve|(?:il|elle|ils|elles|ca) (?:est|sont|se trouve|se trouvent|se situe) ou)\b/;
/** « c'est où ? » after an answer: the place of the service just named. */
const WHERE_IS_IT = /^(?:et )?(?:c est ou|cest ou|c ou|ou c est|ou ca se trouve|ca se trouve ou|(?:il|elle) (?:est|se trouve) ou)$/;
const OPEN_NOW = /\b(ouverts?|ouvertes?|fermes?|fermees?)\b/;
const HOURS = /\b(horaires?|heures? d ouverture|quelle heure|ouvre|ouvrent|rouvre|permanences?)\b/;
/** « il rouvre quand ? », « elle ouvre quand », « quand est-ce que ça rouvre ? »: the next opening, from now. */
/** « ça ferme à quelle heure », « à quelle heure ferme la mairie », « jusqu'à quelle heure c'est ouvert », « heure de fermeture ». */
const CLOSES = /\bferm(?:e|ent) (?:a )?(?:quelle heure|quand|vers quelle heure)\b|\bquelle heure(?: \w+){0,5} ferm(?:e|ent)\b|\bjusqu a (?:quelle heure|quand)(?: \w+){0,4} ouverte?s?\b|\bheures? de fermeture\b/;
/** « ça ouvre à quelle heure demain », « à quelle heure ouvre la régie ». */
const OPENS = /\br?e?ouvr(?:e|ent) (?:a |vers )?quelle heure\b|\bquelle heure(?: \w+){0,5} r?e?ouvr(?:e|ent)\b/;
const REOPENS = /\br?e?ouvr(?:e|ent) (?:a )?quand\b|\bquand(?: \w+){0,5} r?e?ouvr(?:e|ent)\b/;

export function parseInfoQuery(text: string): InfoQuery {
  // English said as the French that asks the same (englishInfo.ts).
  const said = frenchInfoWords(normalize(text));
  const service = SERVICES.find(([, re]) => re.test(said))?.[0];
  const other = service ? undefined : (Object.keys(OTHER_SERVICES) as OtherService[]).find((code) => OTHER_SERVICES[code].test(said));
  const wants: InfoWants | null = CONTACT.test(said)
    ? 'contact'
    : ADDRESS.test(said) || ((service !== undefined || WHERE_IS_IT.test(said)) && WHERE_IS.test(said))
      ? 'address'
      : CLOSES.test(said)
        ? 'closes'
        : OPENS.test(said)
        ? 'opens'
        : REOPENS.test(said)
        ? 'reopens'
        : HOURS.test(said)
        ? 'hours'
        : OPEN_NOW.test(said)
          ? 'openNow'
          : null;
  const query: InfoQuery = { ...readInfoMoment(frenchMomentWords(text)), wants };
  if (service) query.service = service;
  if (other) query.other = other;
  // « adresse et horaires », « tel + horaires du guichet unique »: both asked, both answered.
  if ((wants === 'contact' || wants === 'address') && HOURS.test(said)) query.also = 'hours';
  return query;
}

/** Whether a message says a day, a time or a service: « et demain ? », « à midi ? », « et la régie ? ». */
export function saysWhenOrWhere(q: InfoQuery): boolean {
  return Boolean(q.weekday || q.when || q.date || q.holiday || q.time || q.part || q.relative || q.service || q.other);
}

/** Words of the rates: tariffs, prices of a day, the quotient familial and its brackets. */
const TARIFF_WORDS = /\b(?:tarifs?|tarification|grille tarifaire|prix|quotient(?: familial| famillial)?|qf|tranches?|combien (?:je |on |nous |vous |ca |cela )?(?:paie|paye|payons|payez|coute|coutent|paierai|payerai)|c est combien|cest combien|c combien|(?:ca|cela) coute combien|coute combien|combien (?:coute |pour |c est |coutent |(?:d )?argent (?:pour )?)?(?:la |le |les |l |un |une )?(?:cantine|repas|garderie|etude|centre|accueil|journee|periscolaire|centre de loisirs|clsh)|(?:prix|argent|combien) (?:\w+ )?(?:cantine|repas|garderie|etude|centre de loisirs) combien)\b/;
/**
 * The same said short or in English (« cb la garderie du soir », « how much is the canteen? », « what does
 * the Wednesday club cost »), the activity named after prepare() has put its French name.
 */
const ACTIVITY_NAMED = '(?:la |le |les |l |the |a )?(?:cantine|repas|garderie|etude|centre|accueil|periscolaire|clsh|alsh)\\b';
const TARIFF_SHORT_OR_ENGLISH = new RegExp(
  `\\b(?:cb|cmb|cbm) (?:(?:coute|coutent|c est|c|pour|pr) )?${ACTIVITY_NAMED}` +
    `|\\bhow much (?:is|are|does|do|for|will|would)? ?(?:it )?(?:cost )?(?:for )?${ACTIVITY_NAMED}` +
    `|\\bwhat (?:does|do|will) ${ACTIVITY_NAMED}.{0,30}\\bcost\\b|\\b(?:price|cost|rates?|fees?) (?:of|for) ${ACTIVITY_NAMED}|${ACTIVITY_NAMED}.{0,30}\\b(?:prices?|fees?)\\b`,
);
/**
 * An amount owed or a booking, said in English (« how much for the garderie I booked », « the garderie fees were wrong »): the
 * invoices or the booking, not the rates (NOT_TARIFFS in English).
 */
const OWED_IN_ENGLISH = /\b(?:owe|owed|bills?|invoices?|charged|refund\w*|debited|book|booked|booking|cancel\w*|enrol\w*|wrong|mistake)\b/;
/** What makes it another request: an invoice or an amount owed, a paper to send, a booking to make. */
const NOT_TARIFFS = /\b(?:factur\w*|dois|doit|devons|solde|reste a payer|regler|rembours\w*|envo\w+|joindre|depos\w*|transmet\w*|televers\w*|scann\w*|reserv\w*|inscri\w*|annul\w*|ajout\w*|rajout\w*|recalcul\w*|mettre a jour|changer|modifier)\b/;

/**
 * « combien… », « cb… », « how much… » of a child or of a month (« cb la cantine ce mois-ci pour Léa », « combien je vais payer
 * la cantine en janvier », « how much is the garderie in january for Léa »): an amount to pay, the invoices', not a rate.
 */
const HOW_MUCH = /\b(?:combien|cb|cmb|cbm|how much)\b/;
const MONTHS = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december';
const OF_A_MONTH = new RegExp(`\\b(?:(?:ce|du|this|last|next) mois\\b|mois (?:ci|dernier|prochain)\\b|(?:this|last|next) month\\b|(?:en|de|d|pour|du mois de|in|for|of) (?:${MONTHS})\\b)`);
const CHILD_WORD = /\b(?:pour|for|de|of) ([a-z]+(?:-[a-z]+)?)\b/g;
/** A first name after « pour », « de », « for » (a listed one, or written with a capital after « pour », « for »). */
function namesAChild(said: string, text: string): boolean {
  if ([...said.matchAll(CHILD_WORD)].some((m) => isKnownFirstName(m[1] as string))) return true;
  return /\b(?:pour|for) \p{Lu}\p{Ll}+/u.test(text);
}

function asksAnAmountOwed(said: string, text: string): boolean {
  return HOW_MUCH.test(said) && (OF_A_MONTH.test(said) || namesAChild(said, text));
}

/** « combien la cantine de décembre pour Léa ? » (after the rates too): an amount to pay, not the rates of the activity named. */
export const asksAmountOwed = (text: string): boolean => asksAnAmountOwed(prepare(text), text);

/** An activity said dear (« la cantine est trop chère », « c'est cher la garderie », « canteen too expensive »): its rates, the QF and the régie. */
const ACTIVITY = '(?:cantine|repas|garderie|etude|centre de loisirs|centre|accueil|periscolaire|clsh|alsh|canteen)';
const DEAR = '(?:(?:trop|tro|tres|bien|super|hyper|si|vraiment|plus|de plus en plus) )?(?:chere?s?|couteu(?:x|se)|hors de prix)|(?:too |very |so )?(?:expensive|dear)';
const SAID_DEAR = new RegExp(`\\b${ACTIVITY}\\b(?: \\w+){0,3} (?:${DEAR})\\b|\\b(?:${DEAR})\\b(?: \\w+){0,3} ${ACTIVITY}\\b`);

/** « c'est quoi mon tarif », « combien je paie la cantine », « mon quotient familial », « tarifs du centre de loisirs ». */
export function asksForTariffs(text: string): boolean {
  const said = prepare(text);
  // (« combien coûte un passeport ? »: the price of a démarche made elsewhere, elsewherePrice.ts.)
  return (TARIFF_WORDS.test(said) || TARIFF_SHORT_OR_ENGLISH.test(said) || SAID_DEAR.test(said)) && !NOT_TARIFFS.test(said) && !OWED_IN_ENGLISH.test(said) && !asksAnAmountOwed(said, text) && elsewherePriceOf(said) === undefined;
}

/**
 * A deadline asked: « jusqu'à quand », « quel est le délai », « dans quel délai », « c'est quoi la date
 * limite », « combien de jours à l'avance », or « délai pour annuler ? » said as a question (not « le
 * délai est passé, est-ce encore possible ? », a request).
 */
const DEADLINE_ASKED = /\b(?:jusqu ?a quand|jusqu a quel(?:le)? (?:jour|date)|(?:quels?|quelles?) (?:est |sont )?(?:le |la |les )?(?:delais?|date limite)|dans quels? delais?|c est (?:quoi|quand) (?:le |les |la )?(?:delais?|date limite)|quand (?:est|finit|se termine|tombe) (?:le |la )?(?:delai|date limite)|(?:delai|date limite) c est quand|combien de (?:jours|temps|semaines) (?:a l avance|avant)|avant quand)\b/;
const DEADLINE_FIRST = /^(?:et )?(?:le |la |les |un )?(?:delais?|date limite)\b(?! (?:est|etait|sont|a ete|depasse|passe))/;
/** What the deadline is for: booking or cancelling a day of an activity. */
const BOOKING_WORDS = /\b(?:reserv\w*|annul\w*|inscri\w*|desinscri\w*|decoch\w*|cantine|garderie|periscolaire|centre de loisirs|accueils?|repas|etude|vacances|mercredis?)\b/;
/** Deadlines of other matters: démarches, invoices. */
const OTHER_DEADLINES = /\b(?:factur\w*|pai\w*|pay\w*|regl\w*|actes?|electora\w*|listes?|recensement|passeport|carte d identite|mariage|pacs|livret|demarches?|documents?|certificats?|justificati\w*)\b/;

/**
 * « jusqu'à quand je peux annuler ? », « c'est quoi le délai pour réserver la cantine ? »: the booking
 * deadlines asked. `inBooking`: asked during a booking, where « c'est quoi le délai ? » is enough.
 */
export function asksForDeadlines(text: string, inBooking = false): boolean {
  const said = prepare(text);
  const asked = DEADLINE_ASKED.test(said) || (text.includes('?') && DEADLINE_FIRST.test(said));
  return (asked || asksForSurcharge(said, text, inBooking)) && (inBooking || BOOKING_WORDS.test(said) || SURCHARGE.test(said)) && !OTHER_DEADLINES.test(said);
}

/** The late surcharge named (« majoration », « pénalité »), or lateness itself (« en retard », « hors délai »: a booking's, during one). */
const SURCHARGE = /\b(?:majoration|majore\w*|majorat\w*|penalites?)\b/;
const LATE = /\b(?:en retard|trop tard|hors delais?|apres (?:le |la )?(?:delai|date limite))\b/;
/** Asked as a question: a question mark, a question word, or « il y a… » / « y a-t-il… ». */
const QUESTION_ASKED = /^(?:(?:et|mais|euh|bonjour) )?(?:est ce|c est combien|combien|quel\w*|comment|il y a|y a|ya|y aura|il y aura|ca fait|c est quoi|pourquoi)\b|\bcombien\b/;

/**
 * « c'est combien la majoration si je réserve en retard ? », « il y a une majoration de combien ? », « ya une majoration si
 * c en retard ? »: the late surcharge asked, which the deadlines answer says (what happens after the delay).
 */
function asksForSurcharge(said: string, text: string, inBooking: boolean): boolean {
  const asked = text.includes('?') || QUESTION_ASKED.test(said);
  // « combien ça coûte si je réserve après le délai ? » at the menu: lateness with a booking said (it was the invoices).
  return asked && (SURCHARGE.test(said) || ((inBooking || /\b(?:reserv\w*|annul\w*|inscri\w*)\b/.test(said)) && LATE.test(said)));
}

/** « comment ça ? », « c'est-à-dire ? »: asking what the bot just said means. */
const WHAT_MEANT = /^(?:(?:et|mais|ah|oh|bon|euh|ok|hein|d accord) )*(?:comment ca|c est a dire|pq)\b/;

/**
 * « pourquoi ? » (its slips read by whyAsked.ts), « comment ça ? », asked of what the bot just said, not of an invoice
 * or a démarche (« pourquoi ma facture… » is about the invoice): during a booking, its deadlines are the answer.
 */
export function asksWhyOfBooking(text: string): boolean {
  const said = prepare(text);
  return (asksWhy(text) || WHAT_MEANT.test(said)) && !OTHER_DEADLINES.test(said);
}

/** Ways of paying other than the card online, or the card itself asked about. */
const PAYMENT_MEANS = /\b(?:cheques?|especes|en liquide|cesu|virement|prelevements?|plusieurs fois|en (?:\d|deux|trois|quatre) fois|echelonn\w*|fractionn\w*|etaler|carte (?:bleue|bancaire)|cb|moyens? de (?:paiement|payer)|modes? de (?:paiement|reglement))\b/;
const ASKED_IF = /^(?:et |est ce|je peux|j peux|on peut|peut on|puis je|vous acceptez|acceptez vous|comment|c est possible|possible|quels?|quelles?)\b/;

/** « je paye comment ? », « comment on fait pour payer ? »: how, asked alone (« comment payer ma facture de mai » asks to pay it). */
const HOW_ALONE = /^(?:et )?(?:comment (?:(?:est ce que |est ce qu )?(?:je|j|on) |puis je |peut on |(?:je |on )?(?:fais|fait|faire) pour |faut il )?(?:paye|paie|payer|regle|regler|payez|reglez)|(?:je|j|on) (?:paye|paie|payer|regle|regler) comment|comment ca se paye|comment se paye)(?: (?:ca|ici|la facture|cette facture|la))? ?[?!.]*$/;

/** « comment je peux payer ? », « comment faut-il faire pour payer svp », « cmt faire pour payer », « how do I pay? »: how, asked alone too. */
const HOW_ASKED = /^(?:et |je (?:voudrais|veux) savoir |c est )?(?:(?:comment|cmt) (?:je peux |j peux |on peut |dois je |je dois |on doit |faut il (?:faire )?pour |faut il |il faut faire pour |ca (?:marche|se passe) pour |(?:je |on )?(?:fais|fait|faire) pour |pour )|how (?:do|can|should) (?:i|we) |how to )(?:paye|paie|payer|regle|regler|pay)(?: (?:ca|ici|la|en ligne|la facture|cette facture|it|here|online|the invoice|the bill))?(?: (?:svp|stp|s il vous plait|please|merci))? ?[?!.]*$/;

/** « je peux payer en plusieurs fois ? », « et par chèque ? », « vous acceptez les espèces ? », « je paye comment ? »: how to pay, asked. */
export function asksHowToPay(text: string): boolean {
  const said = prepare(text);
  return (PAYMENT_MEANS.test(said) && (text.includes('?') || ASKED_IF.test(said))) || HOW_ALONE.test(said) || HOW_ASKED.test(said);
}
