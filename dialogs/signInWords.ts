/**
 * What a resident types at the sign-in's questions besides an e-mail or a code: « me connecter » again, « renvoyer »,
 * « pas reçu », « code expiré », « je ne sais plus », « autre adresse », a try at an e-mail without its « @ », no e-mail to
 * give, a phone number, words that are a request (signInDialog.ts decides what each does).
 */
import { normalize } from '../src/domain/text';
import { asksOwnEmail } from '../src/nlu/topicRequest';

/** « me connecter » typed again (« me conecter svp »: read on the text with its slips mended too): start over, with a new sign-in card. */
export const START_AGAIN = /^(?:me connecter|se connecter|connexion|me reconnecter|je veux me connecter|sign in|log in)(?: (?:svp|stp|s il vous plait|merci))?$/;
export const RESEND = /^(renvoyer|renvoie|renvoyez|nouveau code|un autre code|renvoyer le code|resend|new code)$/;
/** « j'ai pas reçu le code », « rien reçu », « le code n'arrive pas »: a new code sent, as « renvoyer ». */
export const NOT_RECEIVED = /^(?:(?:non|bah|ben|euh|mais) )*(?:(?:j ai|jai|je n ai|j|on m a|vous m avez) )?(?:(?:toujours|rien|pas|jamais) )+(?:recu|eu|arrive)\b|\bcode (?:n est |est )?(?:(?:toujours|pas|jamais) )+(?:arrive|recu|venu)\b|\b(?:il|le code|le mail|l e ?mail) (?:n )?(?:arrive|vient) (?:pas|toujours pas|jamais)\b|\b(?:i )?(?:didn t|did not|never) (?:get|receive)\b/;
/** « code expiré », « il a expiré », « il n'est plus valable » at the code question (after « Ce code n'est plus valable »): a new code sent, as « renvoyer ». */
export const CODE_EXPIRED = /\b(?:expire|expires|expiree|perime|perimee|plus valable|plus valide|invalide)\b/;
/** « je ne sais plus », « j'ai oublié » where the e-mail is asked. */
export const DONT_KNOW = /^(?:je (?:ne )?(?:sais|sait|me souviens|m en souviens|rappelle|m en rappelle) (?:pas|plus)|(?:je )?sais (?:pas|plus)|j ai oublie|oublie|je l ai oublie|(?:j |js )?sais (?:pas|plus)|jsais (?:pas|plus)|(?:je l ai |j l ai |jl ai |l ai )?perdue?|j ai perdu (?:mon |ma |l )?(?:mail|e ?mail|adresse)|aucune idee|jsp|ch(?:e|ai|ais) ?pas?|i (?:don t|dont|do not) (?:know|remember)|i (?:can t|cant|cannot) remember|no idea|dunno|i forgot)\b/;
/** « je sais plus mon mail », « je l'ai perdu », « c'est quoi mon adresse ? » at an e-mail question: where to look, not « pas complète ». */
export const forgetsEmail = (text: string): boolean => DONT_KNOW.test(normalize(text)) || asksOwnEmail(text);
export const OTHER_EMAIL = /^(autre adresse|autre e ?mail|changer d adresse|changer d e ?mail|mauvaise adresse|other address|other e ?mail)$/;

/** A try at an e-mail without its « @ »: a domain (« gmail.com »), a provider named, « arobase ». */
export const EMAIL_TRY = /\w[.\-_]?\w*\.(?:fr|com|net|org|eu|be|ch)\b|\b(?:gmail|hotmail|outlook|orange|free|yahoo|laposte|wanadoo|sfr|icloud|live|arobase|at)\b/i;
export const triesAnEmail = (text: string): boolean => text.includes('@') || EMAIL_TRY.test(text);
/** « je n'ai pas d'adresse », « pas de mail »: none to give (where to look, or create the account, is said). */
export const NO_EMAIL = /\b(?:pas|plus|aucune?|sans) (?:d |de |d une |une |mon |ma )?(?:adresse|mail|e ?mail|courriel)\b/;
/** The sign-in's own answers where the e-mail is asked: forgotten, asked about, none to give. */
export const signInOwnAnswer = (text: string): boolean => forgetsEmail(text) || NO_EMAIL.test(normalize(text));
/** A phone number alone (« 07 11 22 33 44 », « +33 6 12 34 56 78 »). */
export const PHONE_ONLY = /^\+?[\d\s.\-()]{9,20}$/;
/** Words, not a try at an e-mail (« mes enfants », « et celle d'hugo vendredi ? »): what is awaited said, the request kept. */
export const wordsNotEmail = (text: string): boolean => !triesAnEmail(text) && !signInOwnAnswer(text) && (text.trim().endsWith('?') || normalize(text).split(' ').length >= 2);
/**
 * « mon adresse gmail marche pas pour me connecter », « j'arrive pas à me connecter », « ça bloque »: what can be done is
 * said (the code not received, the address without an account) before the e-mail is asked (signIn.trouble).
 */
const TROUBLE = /\b(?:marche|marchent|fonctionne|fonctione|passe) (?:pas|plus|jamais)\b|\b(?:arrive|arrives|reussi|reussis|peux|peut|parviens) (?:pas|plus) a (?:me |m |vous )?(?:connecter|conecter|co|identifier|loguer|logger)\b|\b(?:bloque|bug|beug|bugue)\b|\b(?:recois|recoit|recoi|recevons) (?:pas|plus|rien|jamais|toujours pas)\b|\b(?:doesn t|doesnt|does not|don t|dont|isn t|isnt|is not|won t|wont|can t|cant|cannot|not) (?:work|working|sign in|log in)\b/;
/** (A password named is not this: no password is needed here, signInDialog.ts says so.) */
const PASSWORD = /\b(?:mot de passe|mot de pass|mdp|password)\b/;
export const signInTrouble = (text: string | undefined): boolean =>
  !!text && !PASSWORD.test(normalize(text)) && (TROUBLE.test(normalize(text)) || NOT_RECEIVED.test(normalize(text)));
