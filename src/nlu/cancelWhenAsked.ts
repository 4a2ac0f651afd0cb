/**
 * When a message read as an absence (or a move) is a cancellation asked: « ne mangera pas mercredi, il faut annuler » (no
 * illness nor absence said), a stop for good (« à cause de sa maladie, il ne pourra plus aller au centre à partir du 6 janvier,
 * merci d'annuler »), « nous déménageons le 15, merci d'annuler les réservations de cantine » (the move is the reason).
 * Something else cancelled, told as the reason (« notre vol de retour est annulé », « le train a été annulé », « son
 * rendez-vous est annulé »), asks no cancellation: « mes deux garçons manqueront l'école le premier jour après les vacances,
 * notre vol de retour est annulé » reports an absence. A surcharge asked taken off (« pouvez-vous annuler cette majoration ? ») is the
 * invoice's. Works on prepare()d text, politeness removed.
 */
import type { Intent } from './intents';
import { ACTIVITY_REMOVED, cancelAskedBeforeAppointment } from './intentReasons';
import { ABSENCE_REASON, CANCEL_VERB } from './intentPhrasings';
import { saysIt } from './intentLexicon';

/** « il ne pourra plus aller au centre à partir du 6 janvier »: the child stops for good, whatever the reason. */
const NO_LONGER = /\b(?:ne \w+ plus|n ira plus|n iront plus)\b.{0,80}\b(?:a partir d[ue]?|des le|desormais|definitivement)\b|\b(?:a partir d[ue]?|desormais)\b.{0,80}\bne \w+ plus\b/;

const THING = '(?:vols?|avions?|trains?|tgv|rer|bus|cars?|ferry|bateau|rendez vous|rdv|reunion|entrainement|match|matchs|spectacle|concert|sortie|voyage|cours|seance|flight|train)';
/** A thing cancelled, as a story: « notre vol de retour est annulé », « l'annulation du train ». */
const THING_CANCELLED = new RegExp(`\\b${THING}\\b(?: (?!(?:cantine|garderie|etude|centre|accueil|reservation|inscription)\\b)\\w+){0,3} (?:(?:est|a ete|sont|ont ete|etait|etaient|avait ete|vient d etre|a|ont) )?(?:annule\\w*|supprime\\w*|cancel\\w*)\\b|\\b(?:annulation|suppression) (?:de notre |de mon |de son |de leur |du |de la |de l |des )${THING}\\b`, 'g');

/** A charge on an invoice asked taken off (« annuler cette majoration », « retirer la pénalité de retard », « annulez les frais de retard »): the invoice's. */
const CHARGE_TAKEN_OFF = /\b(?:annul|retir|supprim|enlev)\w* (?:cette |la |les |ces |ma |mes |le |ce |cet )?(?:majorations?|penalites?|frais|surcouts?|supplements?|surfacturations?)\b/;

/** « merci d'annuler … », « pourriez-vous annuler … », « je vous prie d'annuler … »: a cancellation asked in so many words (« il faut annuler » is not). */
const ASKED_TO_CANCEL = /(?:^|\b(?:d|pourriez vous|pouvez vous|pourrais tu|peux tu|veuillez) )(?:donc |bien |s il vous plait )?annul(?:er|ez)\b/;
/** The child ill or said absent: an absence reported, whatever the cancellation asked (« mon fils est malade, pouvez-vous annuler la cantine demain ? »). */
const CHILD_ILL = /\b(?:absen\w*|malade|maladie|fievre|gastro|grippe|covid|varicelle|otite|angine|souffrante?|blessee?|hospitalisee?s?|vomi\w*)\b/;

/**
 * « Merci d'annuler la cantine de Rose mardi, elle aura un rendez-vous à 11 h chez l'orthodontiste », « Rayane a un rendez-vous chez le cardiologue
 * jeudi … Pourriez-vous annuler sa journée au centre ? », « ma mère sort de l'hôpital, je garde les jumeaux… Merci d'annuler »: asked in so many words,
 * with no illness of the child, the cancellation stands (an appointment, a parent's leave or injury is why).
 */
export const cancelAskedWithoutIllness = (said: string): boolean => ASKED_TO_CANCEL.test(said.replace(THING_CANCELLED, ' ')) && !CHILD_ILL.test(said);

/**
 * « Pourriez-vous ajouter Capucine à l'accueil du soir ce soir ? Mon train est supprimé. », « garderie jeudi pour Tom, ma réunion
 * a été annulée »: the only cancellation is of the parent's thing, told as the reason; what is asked is read without it.
 */
function besideThingCancelled(said: string): Intent | undefined {
  const rest = said.replace(THING_CANCELLED, ' ');
  if (rest === said || saysIt('cancel_booking', rest)) return undefined;
  if (saysIt('report_absence', rest)) return 'report_absence';
  // (« garderie ce soir pour Léo, mon train est annulé »: an activity with nothing else asked is a booking.)
  return saysIt('book', rest) || /\b(?:cantine|garderie|etude|centre|accueil|periscolaire)\b/.test(rest) ? 'book' : undefined;
}

export const cancelWhenAsked = (intent: Intent, said: string): Intent =>
  intent === 'cancel_booking' && CHARGE_TAKEN_OFF.test(said) ? 'list_invoices' :
  intent === 'cancel_booking' && besideThingCancelled(said) ? (besideThingCancelled(said) as Intent) :
  (intent === 'report_absence' && CANCEL_VERB.test(said.replace(THING_CANCELLED, ' ')) && (!ABSENCE_REASON.test(said) || NO_LONGER.test(said) || cancelAskedBeforeAppointment(said) || cancelAskedWithoutIllness(said))) ||
  // (« retirer l'étude de Baptiste lundi, il a rendez-vous chez l'orthodontiste »: an activity taken off, then the appointment, as « annuler ».)
  (intent === 'report_absence' && ACTIVITY_REMOVED.test(said) && cancelAskedBeforeAppointment(said)) ||
  (intent === 'update_contact' && CANCEL_VERB.test(said) && /\bdemenag\w*/.test(said) && /\b(?:reservations?|inscriptions?|cantine|garderie|etude|centre|accueil|repas)\b/.test(said))
    ? 'cancel_booking'
    : intent;
