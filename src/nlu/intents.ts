/**
 * What the resident wants, from a lexicon of our own on prepare()d text (no accents, SMS
 * spellings expanded): tolerant of typos that keep a word's start, franglais, politeness.
 * Each intent's words are in intentLexicon.ts; the first intent of its PRIORITY that matches wins:
 * the specific before the general (« annuler la cantine » is cancel_booking before it is book;
 * « numéro de la mairie » is contact, « changer mon numéro » is update_contact). « j'annule tout », naming nothing, is a stop (abort), in
 * a task as at the menu; « j'annule toutes mes réservations » names what it cancels (cancel_booking).
 */

import { withoutOwnNumber } from './ownNumber';
import { asksForContact } from './contactQuestions';
import { elsewherePriceOf } from './elsewherePrice';
import { greetingOnly } from './greetings';
import { greetsWithName } from './greetingWithName';
import { withoutChannelTail } from './channelTail';
import { STILL_POSSIBLE } from './stillPossible';
import { englishIntent } from './englishIntents';
import { asksAboutElsewhere } from './elsewherePlaces';
import { howToTopic, type HowToTopic } from './howTo';
import { lastReads } from './lastReads';
import { cancelsItemNamed, takenBackTail } from './takenBack';
import { sendsPaperAgainstBilling } from './paperAgainstBilling';
import { saysSignInCode } from './signInCode';
import { validatesNewAccount } from './newAccountCode';
import { shortQuestion } from './shortQuestions';
import { talksOnly } from './smallTalk';
import { STOP_FOR_NOW_ALONE } from './stopForNow';
import { asksWhereToSignIn } from './signInQuestions';
import { asksIfOpen, asksWhenOpen, asksWhereIs } from './visitQuestions';
import { ASKS_A_MEASURE, ASKS_THE_TIME, PAY_ASKED, SEE_INVOICES, ASKS_WHAT_IS_OFFERED, ONLY_A_MOMENT, OPTION_BY_NUMBER, BOOK_ASKED, keepsIt, STUCK_IN_A_FORM, TIME_ASKED, LATEST_TIME, ACTIVITY_HOURS_ASKED, BOOKING_VERB } from './intentPhrasings';
import { ASKS_TO_ACT, asksAbsenceStatus, asksToConfirmToldBooking, asksWhatIsBooked, withoutNegatedQuestion } from './bookedQuestion';
import { asksWhatCanBeAsked } from './whatCanIAsk';
import { withoutSideRemark } from './sideRemark';
import { withoutInvoiceWords } from './invoiceAside';
import { asksAboutPaidInvoices } from './paidInvoiceQuestions';
import { foreignForRules } from './foreignWords';
import { howManyAsked } from './howManyAsked';
import { invoiceNotReceived } from './invoiceNotReceived';
import { askedBesideReference } from './referenceBeside';
import { keyFails } from './keyFails';
import { withoutChildsNeed } from './childNeedsHelp';
import { asksWhereToEnterKey } from './keyToEnter';
import { accountMailMissing } from './accountMailMissing';
import { asksIfAnythingOwed } from './upToDate';
import { withoutOwnDeletion } from './ownDeletion';
import { asksWhatActivityIs } from './activityMeaning';
import { mailFailsAt } from './mailFails';
import { ABORT_FILLER, PATTERNS, POLITE, saysIt } from './intentLexicon';
import { firstSaid, rereadFirst } from './firstSaid';

export const INTENTS = [
  'create_account', 'sign_in', 'forgot_password', 'family_key', 'book', 'cancel_booking', 'report_absence',
  'list_bookings', 'list_invoices', 'pay_invoice', 'e_invoice', 'civil_status_act', 'electoral_roll',
  'family_booklet', 'citizen_census', 'parental_authorization', 'address_change', 'cohabitation_certificate',
  'upload_document', 'update_contact', 'elsewhere_demarche', 'opening_hours', 'contact', 'help', 'abort', 'greeting', 'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];


/** « réserver le 15, non en fait annulez tout »: the request given up at the end of its own message (the words after the cue all say stop). */
export const takesBack = (said: string): boolean => !cancelsItemNamed(said) && PATTERNS.abort.test((takenBackTail(said) ?? '').replace(ABORT_FILLER, ' ').replace(/\s+/g, ' ').trim());

/** The intent of each of the last messages read, with an activity named or not. */
const lastIntents = [lastReads((prepared) => intentOf(prepared, false)), lastReads((prepared) => intentOf(prepared, true))] as const;

/** `activityNamed`: the message names a periscolaire activity (see activities.ts). */
export const detectIntent = (prepared: string, activityNamed = false): Intent => lastIntents[activityNamed ? 1 : 0](prepared);

function intentOf(prepared: string, activityNamed: boolean): Intent {
  if (!prepared || !/[a-z?]/.test(prepared)) return 'unknown';
  if (/^[? ]+$/.test(prepared)) return 'help';
  // « hello la mairie », « bonjour à l'équipe »: a greeting to someone.
  if (greetingOnly(prepared) || greetsWithName(prepared)) return 'greeting';
  const said = foreignForRules(prepared).replace(POLITE, ' ').replace(/\s+/g, ' ').trim();
  // « non c'est bon, laissez tomber », « annule tout ça », « oubliez ma demande »
  const core = said.replace(ABORT_FILLER, ' ').replace(/\b(\w+)(?: \1\b)+/g, '$1').replace(/\s+/g, ' ').trim();
  // « on en reste là pour aujourd'hui »: a stop with its moment; « réserver le 15, non en fait annulez tout »: the request taken back.
  if (PATTERNS.abort.test(core) || STOP_FOR_NOW_ALONE.test(core) || (core === '' && /\b(?:non|finalement|c est bon|plus tard|une autre fois|on verra|je verrai|vais voir)\b/.test(said)) || takesBack(said)) return 'abort';
  // « ma fille adore la dame de la cantine », « je comprends mieux maintenant »: talk that asks nothing.
  if (talksOnly(said)) return 'unknown';
  // « étude jeudi pr Rayane, il a besoin d'aide en maths »: the child's need is why the activity is asked (childNeedsHelp.ts).
  const needless = activityNamed ? withoutChildsNeed(said) : undefined;
  if (needless) return intentOf(needless, activityNamed);
  // « je n'ai pas reçu ma clé pour réserver le 15 »: the family key is the problem, the booking waits for it (keyFails.ts).
  if (keyFails(said)) return 'family_key';
  // « mon adresse yahoo passe pas »: the e-mail refused at sign-in, not a postal address (mailFails.ts).
  const mailRefused = mailFailsAt(said);
  if (mailRefused) return mailRefused;
  // « j'ai reçu la clé par mail, je la rentre où », « le mail de validation du compte, jamais reçu », « il reste qqch à payer ou je suis à jour ? ».
  if (asksWhereToEnterKey(said)) return 'family_key';
  if (accountMailMissing(said)) return 'create_account';
  if (asksIfAnythingOwed(said)) return 'list_invoices';
  // « renvoie-moi le reçu de la facture, je l'ai supprimé », « j'ai jeté la facture de mars, vous pouvez m'en renvoyer une ? »: the deletion told is the story (ownDeletion.ts).
  const undeleted = withoutOwnDeletion(said);
  const againRead = undeleted ? intentOf(undeleted, activityNamed) : undefined;
  if (againRead && againRead !== 'unknown' && againRead !== 'greeting') return againRead;
  // « tel 0612131415 garderie le 17 », « numéro de dossier 45, absent le 15 », « suite à mon mail du 4, garderie le 9 »: who writes, the task asked.
  const besideReference = askedBesideReference(said, (rest) => intentOf(rest, activityNamed));
  if (besideReference) return besideReference;
  // « comment faire pour payer », « how do I cancel a booking? »: how a task goes, naming nothing of it (« … inscrire Léa à la cantine » asks it).
  if (howToTopic(said)) return 'help';
  // « cantine jeudi tel 0612131415 », « …, dossier n° 2345 »: the parent's own number given, the request read without it (ownNumber.ts).
  const withoutNumber = withoutOwnNumber(said);
  const requested = withoutNumber !== said ? intentOf(withoutNumber, activityNamed) : undefined;
  if (requested === 'book' || requested === 'cancel_booking' || requested === 'report_absence') return requested;
  const english = englishIntent(said, prepared);
  // « how much is a passport »: the price of a démarche made elsewhere, told with where to go (not the invoices').
  if (english === 'list_invoices' && elsewherePriceOf(said) !== undefined) return 'elsewhere_demarche';
  if (english) return english;
  // « où est la piscine la plus proche ? », « le bus 4 passe à quelle heure ? »: a place or a ride that is not the commune's services.
  if (asksAboutElsewhere(said)) return 'unknown';
  if (ONLY_A_MOMENT.test(said)) return 'opening_hours';
  if (ASKS_THE_TIME.test(said) || OPTION_BY_NUMBER.test(said)) return 'unknown';
  // « page 2 du formulaire je bloque », « le lien de l'étape 3 marche pas »: stuck in a form or on a page, help.
  if (STUCK_IN_A_FORM.test(said)) return 'help';
  // « garderie matin c'est à partir de 7h15 ? »: a time asked of an activity is its hours.
  // (« dernière heure pr récupérer les enfants à la garderie du soir c quoi »: the latest time, asked.)
  if ((TIME_ASKED.test(said) || LATEST_TIME.test(said)) && !ASKS_TO_ACT.test(said)) return 'opening_hours';
  // « mon fils peut rester à la garderie jusqu'à quelle heure », « l'accueil du matin commence à quelle heure »: the activity's hours, nothing to book.
  if (ACTIVITY_HOURS_ASKED.test(said) && !BOOKING_VERB.test(said)) return 'opening_hours';

  // « je ne trouve pas comment réserver »: help, whatever the task named.
  if (/^(?:je ne trouve pas|je trouve pas|je ne sais pas|je sais pas|je (?:ne )?comprends? pas) (?:comment|ou|quoi)\b|^(?:je (?:ne )?trouve (?:pas|plus)|j (?:n )?arrive pas a trouver) (?:le |la |l )?(?:bouton|lien|page|onglet|rubrique)\b/.test(said) || ASKS_WHAT_IS_OFFERED.test(withoutChannelTail(said))) return 'help';
  // « c koi l'étude surveillée », « c'est quoi l'accueil de loisirs ? »: what an activity is, asked (activityMeaning.ts).
  if (asksWhatActivityIs(said)) return 'help';
  // « que puis-je vous demander exactement ? », « jsuis la nounou, jpeux faire quoi avec ce truc »: what may be asked here.
  if (!activityNamed && asksWhatCanBeAsked(said)) return 'help';
  // « résa cantine 4/02 (jvous envoie l'attestation plus tard) », « …Au passage, j'ai bien reçu la facture »: the booking asked, the remark aside.
  // (« cantine vendredi, facture 2026-11-042 », « cantine vendredi. 15 € sur le compte, ok ? »: invoice words told beside it, invoiceAside.ts.)
  const sideless = activityNamed ? withoutSideRemark(said) : undefined;
  const mainPart = activityNamed ? (withoutInvoiceWords(sideless ?? said) ?? sideless) : undefined;
  const mainIntent = mainPart === undefined ? undefined : intentOf(mainPart, activityNamed);
  if (mainIntent === 'book' || mainIntent === 'cancel_booking') return mainIntent;
  // « faut-il un numéro de dossier pour ouvrir un espace ? »: what opening an account takes, asked (not the family key to enter).
  if (/\b(?:faut il|faut|il faut|besoin d|besoin de|necessaire|obligatoire)\b.{0,40}\b(?:numero de dossier|code|cle)\b.{0,30}\bpour (?:ouvrir|creer|me creer|m ouvrir) (?:un |mon |notre )?(?:espace|compte)\b/.test(said)) return 'create_account';
  // « mon ex me dit avoir inscrit Clément… pouvez-vous le confirmer ? »: a booking told, checked.
  if (activityNamed && asksToConfirmToldBooking(said)) return 'list_bookings';
  // « non finalement je veux pas annuler », « n'annulez pas »: the cancellation itself is called off (no day named).
  if (keepsIt(said)) return 'abort';
  if (/^(?:non |bon |ok )?(?:laisse|laissez|laisser) tomber\b/.test(said)) return 'abort';
  // « facture fausse j'appelle qui », « mail du service facturation », « Facture. Payé ou pas ? », « comment je vote ici »: said short.
  const short = shortQuestion(said);
  if (short) return short;
  // « comment déposer le certificat pour que les repas ne soient pas facturés ? »: the paper to send is asked.
  if (sendsPaperAgainstBilling(said)) return 'upload_document';
  if (/^(?:merci|je vous remercie)\b/.test(prepared) && /\baide\b/.test(said)) return 'unknown';
  if (/^(?:(?:desolee?|pardon|oups) ,? ?)?(?:je me suis trompee?|c est une erreur|erreur)$/.test(said)) return 'abort';
  // Payments, receipts, refunds, charges and deductions asked about: the invoices (paidInvoiceQuestions.ts).
  if (asksAboutPaidInvoices(said, { eInvoice: PATTERNS.e_invoice.test(said), paperSent: PATTERNS.upload_document.test(said) })) return 'list_invoices';
  // « est-ce que la régie est ouverte le mercredi après 17h ? » (to pay there), « … je serai en mairie vers 17h20 jeudi,
  // est-ce que ce sera encore ouvert ? » (to fetch an act): the question is the hours.
  if (asksIfOpen(said)) return 'opening_hours';
  if (asksWhereToSignIn(said)) return 'sign_in';
  // « j'ai pas reçu le code », « le code de connexion marche pas »: the sign-in's code (the family key is named as such);
  // « …un code que je n'ai pas reçu. En attendant, pouvez-vous inscrire Nassim à la garderie ? »: the booking is asked.
  // « j'ai pas reçu le code pour valider le compte que je viens de créer »: the account's creation goes on.
  if (saysSignInCode(said) && validatesNewAccount(said)) return 'create_account';
  if (saysSignInCode(said) && !(activityNamed && BOOK_ASKED.test(said))) return 'sign_in';
  if (asksWhereIs(said)) return 'contact';
  // « c'est quoi le mail pour les inscriptions ? »: the way to reach the commune is asked, whatever the subject.
  if (asksForContact(said) && !saysIt('update_contact', said) && !saysIt('family_key', said)) return 'contact';
  if (asksWhenOpen(said) && !PATTERNS.civil_status_act.test(said)) return 'opening_hours';
  // (« prélèvement du mois prochain ça sera combien »: the amount of a charge to come.)
  // (« combien coûte un passeport ? »: the price of a démarche made elsewhere, told with where to go.)
  if (/\bcombien\b/.test(said) && !ASKS_A_MEASURE.test(said) && howManyAsked(said) !== 'list_bookings' && /\b(?:pay\w*|dois|doit|devons|coute|coutent|factur\w*|regler|montant|prelev\w*)\b/.test(said) && elsewherePriceOf(said) === undefined) return 'list_invoices';
  // « j'ai un reste à payer de 18,90 € »: what is owed told (the invoices say it), nothing asked to pay (« comment régler le reste à payer ? » asks).
  if (/\breste a (?:payer|regler)\b/.test(said) && !saysIt('pay_invoice', said.replace(/\breste a (?:payer|regler)\b/g, ' '))) return 'list_invoices';
  // « je n'ai toujours pas reçu la facture… peur d'une majoration si je paie en retard »: the invoice asked for, paying only a worry.
  if (invoiceNotReceived(said, (rest) => saysIt('pay_invoice', rest)) && !PATTERNS.e_invoice.test(said)) return 'list_invoices';
  // « pourriez-vous me transmettre une copie de la facture de mai ? »: an invoice asked for, not a paper sent.
  // (« la facture de février, vous pouvez m'en envoyer une copie ? »: the invoice named first.)
  if (/\b(?:me|nous) (?:transmettre|envoyer|renvoyer|faire parvenir|adresser)\b.{0,40}\bfactures?\b|\bfactures?\b.{0,60}\b(?:m en|nous en|me la|nous la|me les|nous les) (?:transmettre|envoyer|renvoyer|refaire|faire parvenir|adresser)\b/.test(said) && !PATTERNS.e_invoice.test(said)) return 'list_invoices';
  // « le repas est à 3,50 ou 4,20 ? »: an amount questioned, nothing to pay.
  // (« le 17.11 », a day and its month, is no amount.)
  if (/\?\s*$/.test(said) && /\b(?!(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\b)\d+\.\d{2}\b|€|\beuros?\b/.test(said) && !/\b(?:pai\w*|pay\w*|regl\w*|factur\w*)\b/.test(said)) return 'list_invoices';
  // « est-ce que je peux voir toutes les factures… et savoir ce qui reste à payer ? », « m'afficher la liste de mes factures… je ne veux pas
  // payer deux fois »: the invoices to see, asked in so many words (« je veux voir ma facture et la payer » asks to pay).
  if (SEE_INVOICES.test(said) && !PAY_ASKED.test(said)) return 'list_invoices';
  // « j'ai 2 enfants dans 2 écoles, j'ai besoin de 2 clés ? », « j'ai 2 résas pour le 14 ou 1 seule ? »: how many, asked.
  const counted = howManyAsked(said);
  if (counted) return counted;
  // « est-ce que Léa est inscrite à la cantine lundi ? », « Hugo mange à la cantine demain ? »:
  // a question about what is booked, not a request to book (« est-ce que je peux inscrire… » is one).
  if (asksWhatIsBooked(withoutNegatedQuestion(said), activityNamed) && !(activityNamed && STILL_POSSIBLE.test(said))) return 'list_bookings';
  // « l'absence de Léa est justifiée ? »: an absence reported, its state asked (the bookings say it), not one to report.
  if (asksAbsenceStatus(said)) return 'list_bookings';
  return rereadFirst(firstSaid(said, activityNamed), said, activityNamed, (text) => intentOf(text, activityNamed));
}



/** « comment on fait pour réserver ? », « comment signaler une absence ? »: the task whose way of going is asked (the help says how it goes) (prepare()d text). */
export const howToAsked = (prepared: string): HowToTopic | undefined => howToTopic(prepared.replace(POLITE, ' ').replace(/\s+/g, ' ').trim());


/** « je veux créer mon espace, j'ai ma clé enfance »: an account to create is asked for, whatever else the message names (prepare()d text). */
export const asksToCreateAccount = (prepared: string): boolean => saysIt('create_account', prepared.replace(POLITE, ' ').replace(/\s+/g, ' '));
