/**
 * A question about a request made or being made, never a new request: when its paper comes
 * (« ça va prendre combien de temps ? », « c quand que je peux avoir l'attestation ? », « combien de
 * temps pour recevoir l'acte ? »), what it costs (« c'est gratuit ? », « c'est payant ? ») or which papers to bring
 * (« quels papiers faut il ? », « c koi les papiers a apporter ») ; and the
 * démarche it names, if any (« un acte de naissance », « l'attestation de recensement »).
 */
import type { Intent } from './intents';
import { prepare } from './frenchText';

export type RequestFact = 'delay' | 'price' | 'papers';

/** The démarches a question about delays and price may be about. */
export type RequestKind = Extract<Intent, 'civil_status_act' | 'citizen_census' | 'electoral_roll' | 'family_booklet' | 'address_change' | 'cohabitation_certificate'>;

/** How long, said as such: « combien de temps », « quel délai », « sous combien de jours ». */
const HOW_LONG = /\b(?:combien de (?:temps|jours|semaines)|(?:sous|dans|en) combien de (?:temps|jours|semaines)|(?:quel|quels) (?:est |sont )?(?:le |les )?delais?|c est quoi (?:le |les )?delais?|(?:le|les) delais? (?:pour|d|de) (?:recevoir|avoir|obtenir|l|le|la|les)|how long)\b/;
/** « quand », with the paper coming: « c'est quand que je peux avoir l'attestation ? », « je la reçois quand ? ». */
const WHEN = /\b(?:quand|qd|a quel moment|when)\b/;
const COMES = /\b(?:recevoir|recois|recoit|recevrai|recevrais|recevra|avoir|aurai|aurais|aura|arrive|arriver|arrivera|obtenir|obtiendrai|envoie|envoye|envoyee|envoyer|enverra|enverrez|pret|prete|prets|pretes|recuperer|retirer|receive|get)\b/;
/** The paper itself, or a pronoun for it (« je la reçois », « l'avoir »). */
const PAPER = /\b(?:actes?|attestations?|extraits?|copies?|papiers?|documents?|certificats?|livret|carte electorale|carte d electeur|reponse|demande|(?:l|le|la|les) (?:recevoir|recois|recevrai|avoir|aurai|obtenir|recuperer|retirer))\b/;
/** The price asked: « c'est gratuit ? », « c'est payant ? », « ça coûte combien ? », « il faut payer ? ». */
const PRICE = /\b(?:gratuite?s?|gratos|payante?s?|(?:ca|cela|ce) coute (?:combien|quelque chose|cher|de l argent)|combien (?:ca |cela )?(?:coute|coutent)|c est combien(?! de (?:temps|jours|semaines|mois))|(?:il faut|faut il|je dois|on doit|dois je) payer|(?:le |un )?prix|is it free|how much)\b/;
/** The papers to bring asked: « quels papiers faut il ? », « c koi les papiers a apporter », « il faut apporter quoi ? ». */
const PAPERS = /\b(?:(?:quels?|quelles?|quoi|koi|lesquels|lesquelles) (?:sont |faut il |il faut )?(?:les |des )?(?:papiers?|documents?|pieces?|justificatifs?)|(?:papiers?|documents?|pieces?(?: justificatives?)?|justificatifs?) (?:a |qu il faut |faut il )?(?:apporter|amener|ramener|fournir|prendre|donner)|(?:faut il|il faut|dois je|je dois|on doit) (?:apporter|amener|ramener|fournir) (?:quoi|koi)|(?:qu est ce qu il faut|que faut il|quoi|koi) (?:apporter|amener|ramener|fournir)|what (?:papers?|documents?)|which (?:papers?|documents?))\b/;
/** The papers already sent (« quels documents j'ai envoyés ? »): the list of one's documents, not those to bring. */
const SENT = /\b(?:envoye|envoyes|envoyee|envoyees|deposes?|joints?|mes documents|mes papiers)\b/;
/** Other matters, whose delays and prices are the bookings' and invoices' (answered elsewhere). */
const OTHER_MATTERS = /\b(?:cantine|garderie|periscolaire|centre de loisirs|accueils?|repas|etude|vacances|mercredis?|reserv\w*|annul\w*|factur\w*|paiement|payer (?:la|ma|les|mes) |ouvert\w*|horaires?|mot de passe|code|compte|espace|cle)\b/;

/** What a question asks about a request, or undefined for anything else. */
export function asksAboutRequest(text: string): RequestFact | undefined {
  const said = prepare(text);
  if (OTHER_MATTERS.test(said)) return undefined;
  if (PRICE.test(said)) return 'price';
  if (HOW_LONG.test(said) || (WHEN.test(said) && COMES.test(said) && PAPER.test(said))) return 'delay';
  if (PAPERS.test(said) && !SENT.test(said)) return 'papers';
  return undefined;
}

/** Until when a démarche may be made: « c'est jusqu'à quand pour s'inscrire ? », « c'est quoi la date limite ? », « il est trop tard ? ». */
const DEADLINE = /\b(?:jusqu (?:a|au) quand|date limite|dernier delai|derniere date|avant quelle date|(?:il est|c est|est il|est ce) (?:trop tard|encore temps)|trop tard pour|until when|deadline)\b/;

/** Until when the démarche may be made (the electoral roll's deadline), asked at its questions; never a booking's (« annuler », « réserver »). */
export function asksRequestDeadline(text: string): boolean {
  const said = prepare(text);
  return DEADLINE.test(said) && !OTHER_MATTERS.test(said);
}

const NAMED: ReadonlyArray<readonly [RequestKind, RegExp]> = [
  ['citizen_census', /\b(?:recensement|recenser|recense|jdc|journee defense)\b/],
  ['electoral_roll', /\b(?:carte electorale|carte d electeur|listes? electorales?|inscription electorale)\b/],
  ['family_booklet', /\blivret de famille\b/],
  ['cohabitation_certificate', /\b(?:certificat de vie commune|vie commune|concubinage)\b/],
  ['address_change', /\b(?:changement (?:de |d )?(?:domicile|adresse)|attestation d hebergement)\b/],
  ['civil_status_act', /\b(?:actes?|extraits?|copie integrale|naissance|mariage|deces)\b/],
];

/** The démarche the question names (« combien de temps pour un acte de naissance ? »), or undefined. */
export function requestNamed(text: string): RequestKind | undefined {
  const said = prepare(text);
  return NAMED.find(([, words]) => words.test(said))?.[0];
}
