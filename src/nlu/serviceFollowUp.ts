/**
 * « et la cantine ? », « et pour la restauration scolaire ? », « la régie ? » right after a practical answer: the same
 * question (its contacts, its hours) about the service named, never a request for that service's task (« réserver la
 * cantine »). A request said as one (« et je voudrais réserver la cantine », « et mes factures ? ») is not.
 */
import { normalize } from '../domain/text';
import { activitiesLooselyNamed, detectActivity } from './activities';
import { prepare } from './frenchText';
import { parseInfoQuery, saysWhenOrWhere } from './infoQuery';
import { schoolCalendarQuestion } from './schoolCalendarQuestion';

/** Said as a follow-up: « et… », « mais… », or a question (« la cantine ? »). */
export const FOLLOWS = /^(?:et|mais|euh et|ok et|d accord et)\b/;
/** What makes it a request or a sentence of its own: a task's verb, the resident's own things, a subject. */
const REQUEST = /\b(?:reserv\w*|annul\w*|inscri\w*|desinscri\w*|pa(?:y|i)\w*|regl\w*|absen\w*|signal\w*|prevenir|ajout\w*|mes|mon|ma|je|j|veux|voudrais|peux|faut|dois)\b/;
/** Longer than « et pour la restauration scolaire du centre de loisirs alors ? ». */
const MAX_WORDS = 9;

/** « and the… », « what about… ». */
const ENGLISH_FOLLOWS = /^(?:and|what about|how about)\b/;

/** Whether a message after a practical answer asks the same about another service. */
export function asksSameOfService(text: string): boolean {
  const said = normalize(text);
  if (!said || (!FOLLOWS.test(said) && !text.includes('?'))) return false;
  if (REQUEST.test(said) || said.split(' ').length > MAX_WORDS) return false;
  // « c'est quand les vacances de Noël ? » after a service's hours: the school calendar, a question of its own.
  if (schoolCalendarQuestion(prepare(text))) return false;
  const asked = parseInfoQuery(text);
  return Boolean(asked.service || asked.other);
}

/**
 * Right after how to enrol, « et pour la cantine ? », « et le centre de loisirs ? »: the same question of a service the enrolment
 * covers (school, canteen, périscolaire); « qui contacter pour une facture ? » names a service of its own (the régie), answered for it.
 */
export function asksSameOfEnrolment(text: string): boolean {
  if (!asksSameOfService(text)) return false;
  const { service } = parseInfoQuery(text);
  return service === undefined || service === 'periscolaire' || service === 'scolaire';
}

/**
 * Whether a message right after a practical answer asks the same again for another day, time or service (« et le
 * mercredi aprem ? », « et demain ? », « et pour la cantine ? », « elle rouvre quand ? »): said as a follow-up, no request in it.
 */
export function followsPracticalAnswer(text: string): boolean {
  const said = normalize(text);
  if (!said || (!FOLLOWS.test(said) && !text.includes('?'))) return false;
  if (REQUEST.test(said) || said.split(' ').length > MAX_WORDS) return false;
  // « c'est quand les vacances de Noël ? » after a service's hours: the school calendar, a question of its own.
  if (schoolCalendarQuestion(prepare(text))) return false;
  const asked = parseInfoQuery(text);
  return saysWhenOrWhere(asked) || asked.wants === 'reopens' || asked.wants === 'address';
}

/**
 * A message of its own, shaped as a booking (« Bonjour, fille Sara garderie matin jeudi 10 ? Merci »): greeted first, a
 * child, or a dated day (« jeudi 10 », « le 12 », « demain ») beside the activity. A weekday alone (« et le centre le mercredi ? ») is not one.
 */
const BOOKED_SHAPE = /^(?:bonjour|bjr|bsr|bonsoir|salut|slt|hello|coucou)\b|\b(?:fille|fils|filles|garcons?|enfants?|gamins?|daughter|son|kids?|children)\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|le|du|au) (?:1er|[0-9]{1,2})\b(?! ?(?:h|heures?|e|eur|euros?|ans)\b)|\b(?:demain|apres demain|aujourd hui|tomorrow|today)\b/;

/**
 * Whether a message right after the rates or the deadlines asks the same of another activity (« et le centre de loisirs le
 * mercredi ? », « et pour la garderie ? », « and the holiday club? »): said as a follow-up, an activity named, no request in it.
 */
export function asksSameOfActivity(text: string): boolean {
  const said = normalize(text);
  if (!said || (!FOLLOWS.test(said) && !ENGLISH_FOLLOWS.test(said) && !text.includes('?'))) return false;
  if (REQUEST.test(said) || BOOKED_SHAPE.test(said) || said.split(' ').length > MAX_WORDS) return false;
  const prepared = prepare(text);
  return detectActivity(prepared) !== null || activitiesLooselyNamed(prepared).length > 0;
}