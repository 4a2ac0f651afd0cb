/**
 * A short question right after an answer, read against the topic just answered (as at a guichet): « et je la trouve où ? »
 * after the family key, « et comment je le calcule ? » after the quotient familial, « et pour 2 enfants ? » after the rates,
 * « je l'envoie comment ? » after the avis d'imposition, « c'est ouvert quand ? » after the régie. A word's meaning asked
 * (« c'est quoi le QF ? », definitions.ts) is read at any time. Hours and contacts follow-ups of a practical answer are
 * serviceFollowUp.ts's; this file reads the other topics. Works on prepare()d text.
 */
import { definitionAsked, type Term } from './definitions';
import { FOLLOWS } from './serviceFollowUp';
import { parseInfoQuery, type InfoQuery } from './infoQuery';
import { schoolCalendarQuestion, type SchoolCalendarQuestion } from './schoolCalendarQuestion';

/** What was just answered: a word explained, the family key, the rates, how to pay, an act of an event abroad (not the mairie's). */
export type AnsweredTopic = Term | 'familyKey' | 'tariffs' | 'paymentMeans' | 'schoolCalendar' | 'actAbroad';

/** What the follow-up asks, to be answered (dialogs/topicAnswer.ts). */
export type TopicAsk =
  | { kind: 'define'; term: Term }
  /** Where or how the family key is had (sent by post; the service issuing it). */
  | { kind: 'keyGet' }
  /** Where the family key is typed. */
  | { kind: 'keyEnter' }
  /** How the quotient familial is computed, and with which paper. */
  | { kind: 'qfHow' }
  /** The resident's own quotient (signed in and linked), or how to see it. */
  | { kind: 'qfOwn' }
  /** The rates for several children: a day's price is per child. */
  | { kind: 'perChild' }
  /** How to send the avis d'imposition to the commune. */
  | { kind: 'taxNoticeSend' }
  /** Where the avis d'imposition is found. */
  | { kind: 'taxNoticeWhere' }
  /** The school calendar again, for the holidays named (« et celles de printemps ? », « et la rentrée ? »). */
  | { kind: 'schoolCalendar'; asked: SchoolCalendarQuestion; text: string }
  /** An act abroad, the person French since (« elle a la nationalité française depuis, c'est pareil ? »): the same service. */
  | { kind: 'actAbroadFrench' }
  /** Hours, contacts or the address of the topic's service (the régie after the QF, the guichet unique after its meaning). */
  | { kind: 'service'; query: InfoQuery };

/** Longer than « et je la trouve où sur le site de la mairie ? » is a sentence of its own. */
const MAX_WORDS = 10;
/** A task said as one (« je veux payer », « réserver… », « mes factures ») is never a follow-up. */
const REQUEST = /\b(?:je (?:veux|voudrais|souhaite)|j aimerais|reserv\w*|annul\w*|inscri\w*|pa(?:y|i)(?:e|er|ez)\b|regl\w*|absen\w*|signal\w*|mes factures|ma facture|mot de passe|connect\w*)\b/;
/**
 * Another thing named (« je le mets où le certificat ? », « je la vois où la facture ? », « on peut avoir un rendez-vous ? »):
 * a question of its own, never about the topic just answered.
 */
const OTHER_THING =
  /\b(?:factures?|solde|certificats?|ordonnances?|justificatifs?|actes?|rendez vous|rdv|mot de passe|identifiants?|reservations?|resas?|passeports?|carte d identite|livret de famille|invoices?|bills?|balance|certificates?|appointments?|password|bookings?)\b/;
/** A question in its shape: a question word, a pronoun before a verb (« je la trouve », « on le calcule »), or a question mark. */
const QUESTION = /\b(?:ou|comment|quand|qui|quoi|combien|pourquoi|where|how|who)\b|\b(?:je|j|on|il|elle|vous|ca)\s(?:ne )?(?:la|le|l|les|en|y)\b/;

/** How or where one gets it (« je la trouve où », « on la reçoit comment », « qui me la donne », « je l'ai pas »). */
const GET = /\b(?:trouv\w*|obtien\w*|obten\w*|obtenir|recoi\w*|recev\w*|recu\w*|recup\w*|procur\w*|demand\w*|avoir|aura[is]?|get|find)\b|\bqui (?:me |nous )?(?:la |le |l )?(?:donne|envoie|delivre|fournit)\b|\b(?:je|j|on) (?:ne )?l ai (?:pas|jamais|plus)\b|\b(?:pas|jamais) (?:eu|recue?)\b/;
/** Where it is typed (« je la tape où », « je la mets où », « on la saisit comment »). */
const ENTER = /\b(?:tap\w*|saisi\w*|saisir|rentr\w*|entr\w*|mets|met|mettre|ecri\w*|enter|type)\b/;
/** How it is computed (« comment je le calcule », « il est calculé comment », « ça se calcule comment »). */
const COMPUTE = /\bcalcul\w*|\b(?:compte|comptez|determin\w*|etabli\w*|fix\w*|compute\w*|worked out)\b/;
/** The resident's own (« et le mien ? », « je le vois où ? », « je connais pas le mien »). */
const OWN = /\b(?:le mien|la mienne|mon (?:qf|quotient)|notre (?:qf|quotient)|je (?:le |la )?(?:vois|voir|connais|connaitre|sais|consulte)|(?:voir|connaitre|savoir|consulter) (?:le |mon |quel est mon )?|mine|my (?:qf|quotient))\b/;
/** More than one child (« et pour 2 enfants ? », « pour mes deux ? », « c'est par enfant ? », « il y a un tarif fratrie ? »). */
const CHILDREN =
  /\b(?:[2-9]|deux|trois|quatre|cinq|plusieurs) (?:enfants?|gamins?|gosses|petits|loulous|filles|fils|garcons|kids|children)\b|\b(?:pour|avec) (?:mes |les |nos )?(?:[2-9]|deux|trois|quatre|cinq|plusieurs) ?\??$|\bpar (?:enfant|tete|gamin)\b|\b(?:fratrie|freres? et soeurs?|(?:deuxieme|2e|2eme|second) enfant|siblings?|per child)\b/;
/** Sent to the commune (« je l'envoie comment ? », « je le donne où ? », « je le dépose où ? »). */
const SEND = /\b(?:envoi\w*|envoy\w*|transmet\w*|transmis\w*|depos\w*|donne\w*|fourni\w*|joind\w*|joint|mets|mettre|upload\w*|send)\b/;

/** The service a topic is about, as the commune's topics name it (the rates and how to pay: the invoices' régie). */
export const TOPIC_SERVICE: Readonly<Record<AnsweredTopic, 'invoices' | 'familyKey' | 'general'>> = {
  qf: 'invoices', regie: 'invoices', taxNotice: 'invoices', tariffs: 'invoices', paymentMeans: 'invoices',
  familyKey: 'familyKey', guichetUnique: 'general', apps: 'general', schoolCalendar: 'general', actAbroad: 'general',
};

/**
 * After an act abroad: the person French (since, by naturalisation), or « c'est pareil ? », « même s'il est français ? »; a sentence
 * up to 16 words (« ah et elle a la nationalité française depuis, c'est pareil ? » was read as the electoral roll).
 */
const FRENCH_SINCE = /\b(?:nationalite|francaise?s?|devenue? francaise?|pareil|meme chose|la meme|le meme|french|citizenship|naturali[sz]\w*|the same)\b/;
const MAX_ABROAD_WORDS = 16;

/** « et celles de printemps ? », « et pour la toussaint ? »: the words that name the holidays, read as the question they follow. */
const CALENDAR_LEAD = /^(?:(?:et|mais|euh|ok|alors) )*(?:(?:pour|a|pendant) )?(?:(?:celles|ceux|les vacances|les vacs|la periode|le) )?/;

/**
 * Whether a message is short and shaped as a follow-up: « et… », a question mark, a question word or a pronoun before a verb;
 * no task said as a request, no other thing named.
 */
function shapedAsFollowUp(said: string): boolean {
  const words = said.split(' ').filter(Boolean).length;
  if (!words || words > MAX_WORDS || /@|\d{4,}/.test(said) || REQUEST.test(said) || OTHER_THING.test(said)) return false;
  return FOLLOWS.test(said) || said.includes('?') || QUESTION.test(said);
}

/** What a short question asks of the topic just answered, or undefined (another question, a request: routed as usual). */
export function askOfTopic(said: string, topic: AnsweredTopic): TopicAsk | undefined {
  const term = definitionAsked(said);
  if (term) return { kind: 'define', term };
  if (topic === 'actAbroad' && FRENCH_SINCE.test(said) && said.split(' ').length <= MAX_ABROAD_WORDS && !REQUEST.test(said)) return { kind: 'actAbroadFrench' };
  if (!shapedAsFollowUp(said)) return undefined;
  switch (topic) {
    case 'familyKey':
      if (ENTER.test(said)) return { kind: 'keyEnter' };
      if (GET.test(said)) return { kind: 'keyGet' };
      break;
    case 'qf':
    case 'tariffs':
      if (CHILDREN.test(said)) return { kind: 'perChild' };
      if (OWN.test(said)) return { kind: 'qfOwn' };
      if (COMPUTE.test(said) || (topic === 'qf' && (GET.test(said) || SEND.test(said)))) return { kind: 'qfHow' };
      break;
    case 'schoolCalendar': {
      const rest = said.replace(/[?!.]+/g, ' ').trim().replace(CALENDAR_LEAD, '');
      const text = `c est quand les vacances ${rest}`;
      const asked = schoolCalendarQuestion(`c est quand ${rest}`) ?? schoolCalendarQuestion(text);
      if (asked && (asked.kind !== 'holidays' || asked.key)) return { kind: 'schoolCalendar', asked, text };
      break;
    }
    case 'paymentMeans':
      // « et je l'envoie où ? » (the cheque), « je paie où ? »: the régie's contacts.
      if (SEND.test(said) || /\b(?:ou|where)\b/.test(said)) return { kind: 'service', query: { ...parseInfoQuery(said), wants: 'contact' } };
      break;
    case 'taxNotice':
      if (SEND.test(said)) return { kind: 'taxNoticeSend' };
      if (GET.test(said)) return { kind: 'taxNoticeWhere' };
      break;
    default:
      break;
  }
  // « c'est où ? », « et c'est ouvert quand ? », « le numéro ? »: the practical question, of the topic's service when it names none.
  const query = parseInfoQuery(said);
  return query.wants && !query.other ? { kind: 'service', query } : undefined;
}
