/**
 * The intent first said (the lexicon's PRIORITY, or an activity alone: a booking), then read again against what else the
 * message tells: a diet is no absence, an illness is the reason of a booking, the file is where a number changes, the way
 * in that works is no lost password… The last step of intents.ts's reading (prepare()d text, politeness removed).
 */
import type { Intent } from './intents';
import { ASKS_A_MEASURE, BOOK_ASKED, JUDGES_ONLY, PAPER_QUESTION, PAST_ABSENCE } from './intentPhrasings';
import { CANNOT_GET_IN, CREDENTIALS_FAIL, HAS_CREDENTIALS, PORTAL_FAILS, REFUSED_YET_RIGHT, WAY_IN_WORKS } from './signInQuestions';
import { PRIORITY, saysIt } from './intentLexicon';
import { STILL_POSSIBLE } from './stillPossible';
import { askedBesideContext } from './contextBeside';
import { bookingBesideRemark } from './bookingAside';
import { booksAfterContrast, missesWithReason, withoutIllness, withoutParentsIllness } from './intentReasons';
import { withoutProxysIllness } from './proxyWriter';
import { cancelWhenAsked } from './cancelWhenAsked';
import { careQuestion } from './careQuestion';
import { elsewhereKindOf } from './elsewhereDemarches';

/** A day or a time of the week said: an absence may be meant. */
const DAY_SAID = /\d|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres demain|dmain|aujourd hui|ajd|auj|ce soir|ce midi|ce matin|semaine|vacances|mois)\b/;

export function firstSaid(said: string, activityNamed: boolean): Intent {
  for (const intent of PRIORITY) {
    // « combien de kilomètres… ? » asks nothing of an invoice.
    if (intent === 'list_invoices' && ASKS_A_MEASURE.test(said)) continue;
    if (intent === 'elsewhere_demarche' ? elsewhereKindOf(said) !== undefined : saysIt(intent, said)) return cancelWhenAsked(intent, said);
  }
  // « cantine demain », « garderie du soir jeudi »: an activity with nothing else asked is a booking.
  // « vacs de février du 8 au 19 centre »: « le centre » alone is the children's (not the town centre, the social centre…).
  // (« la cantine c'est vraiment pas bon »: an activity judged, with no day, is not a booking.)
  if (JUDGES_ONLY.test(said)) return 'unknown';
  return activityNamed || /\b(?:garderie|periscolaire|accueil|centre aere)\b|\bcentre\b(?! ville| social| des| de (?!loisirs)| d | commercial| medical| sportif| equestre| hospitalier)/.test(said) ? 'book' : 'unknown';
}

/** `intent`, the first said, read again with the rest of the message; `readAgain` reads another text with the same activity named (intentOf). */
export function rereadFirst(intent: Intent, said: string, activityNamed: boolean, readAgain: (text: string) => Intent): Intent {
  // « mon fils mange pas de porc »: a diet told (careQuestion.ts), no day missed.
  if (intent === 'report_absence' && careQuestion(said) === 'diet' && !DAY_SAID.test(said)) return 'unknown';
  // « l'étude mardi pour Gabin, jsp si c'est encore possible »: a booking asked, with a doubt it can still be made.
  if (intent === 'list_bookings' && activityNamed && STILL_POSSIBLE.test(said)) return 'book';
  // « …garderie matin jeudi, elle a pas de compte », « leurs parents sont partis à l'étranger… », « malade ajd, j'envoie le certificat ce soir »: context beside the request.
  // (« cantine lundi 31 mai, le papa paye », « … son frère, lui, reste à la maison »: a remark beside the booking, bookingAside.ts.)
  const beside = askedBesideContext(intent, said, activityNamed, (text) => firstSaid(text, activityNamed)) ?? bookingBesideRemark(intent, said, activityNamed, readAgain);
  if (beside) return beside;
  // « mon mari est hospitalisé, pourriez-vous inscrire les enfants ? »: the illness is the reason, the booking is asked.
  // « ma mère est hospitalisée, garderie soir toute la semaine »: a parent's illness is the reason to keep the child.
  const reread = intent === 'report_absence' ? (withoutIllness(said) ?? withoutParentsIllness(said) ?? withoutProxysIllness(said)) : undefined;
  if (reread !== undefined) {
    const asked = firstSaid(reread, activityNamed);
    if (asked !== 'report_absence' && asked !== 'unknown') return asked;
  }
  if ((intent === 'cancel_booking' || intent === 'report_absence') && booksAfterContrast(said)) return 'book';
  // « pas d'étude jeudi, il a kiné »: the activity is missed for a reason of the child's.
  if ((intent === 'cancel_booking' || intent === 'book') && missesWithReason(said)) return 'report_absence';
  // « modifier le numéro de mon conjoint dans notre dossier famille »: the file is where, the number is what changes.
  if (intent === 'family_key' && saysIt('update_contact', said) && !/\b(?:code|cle)\b/.test(said)) return 'update_contact';
  // « nous avons déménagé à Carrières… je voudrais l'inscrire à la cantine lundi »: the move told, a booking asked.
  if (intent === 'update_contact' && /\b(?:avons|avez|ont|a|ai) (?:de|em)menage\b/.test(said) && BOOK_ASKED.test(said)) return 'book';
  // « Mathis a été absent mardi et mercredi… Faut-il envoyer un certificat ? »: a past absence told, the paper asked about (the absence's task asks for it).
  if (intent === 'upload_document' && PAST_ABSENCE.test(said) && PAPER_QUESTION.test(said)) return 'report_absence';
  // « j'arrive pas à rentrer sur mon compte depuis mon nouveau tel »: the new phone is why the way in fails, no number to change.
  if (intent === 'update_contact' && CANNOT_GET_IN.test(said) && !/\d{2}/.test(said)) return PORTAL_FAILS.test(said) ? 'sign_in' : 'forgot_password';
  // « j'arrive pas à me co, ça tourne en boucle »: the portal fails, the password is not in question.
  if (intent === 'forgot_password' && PORTAL_FAILS.test(said) && !/\b(?:mot de pass\w*|mdp|identifiants?|oubli\w*|code)\b/.test(said)) return 'sign_in';
  // « mdp ok mais pas d'enfants dans l'espace »: the way in works, the children are missing (the family key).
  if ((intent === 'forgot_password' || intent === 'sign_in') && WAY_IN_WORKS.test(said) && saysIt('family_key', said)) return 'family_key';
  // « comment me connecter ? j'ai bien mon identifiant et mon mot de passe »: the credentials are at hand, the way in is asked.
  // (« connexion impossible, identifiant ok mdp ok mais rien »: said to work, the same; the way in failing is no credential failing.)
  // « ça me dit identifiants incorrects alors que c'est les bons »: refused, yet said right (nothing forgotten).
  if (intent === 'forgot_password' && REFUSED_YET_RIGHT.test(said) && !/\b(?:oubli\w*|perdu\w*|reinitialis\w*|nouveau mot de passe)\b/.test(said)) return 'sign_in';
  if (intent === 'forgot_password' && (HAS_CREDENTIALS.test(said) || WAY_IN_WORKS.test(said)) && !CREDENTIALS_FAIL.test(said.replace(/\b(?:connexion impossible|impossible de (?:me |nous )?(?:connecter|co))\b/g, ' '))) return 'sign_in';
  // « nous allons au consulat renouveler nos passeports… les enfants ne seront pas à l'école », « Tidiane absent vendredi, on va au consulat
  // pr son passeport »: the démarche is why the child misses school.
  if (intent === 'elsewhere_demarche' && saysIt('report_absence', said) && (activityNamed || /\b(?:ecole|classe|absence)\b|(?<!\bje (?:suis|serai|serais) )\babsente?s?\b/.test(said))) return 'report_absence';
  return intent;
}
