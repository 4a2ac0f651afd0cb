/**
 * Short requests for the account area that are not among the understood intents:
 * « mon dossier famille », « mon compte », « mes coordonnées » (« mon quotient familial », « mon tarif »:
 * the rates, src/nlu/infoQuery.ts asksForTariffs).
 * The whole message must be the request, so that « mes enfants seront absents » stays an absence.
 */
import { prepare } from './frenchText';

const POLITE = /\b(?:bonjour|bonsoir|svp|stp|s il vous plait|merci|je voudrais|je veux|j aimerais|pouvez vous|est ce que je peux)\b/g;
// « mes infos (perso) », « mes enfants »: with a determiner; « dossier famille », « infos perso »: also without.
const FAMILY_FILE =
  /^(?:(?:voir|consulter|afficher|montrez moi|montre moi|acceder a|ouvrir) )?(?:(?:mon|notre|le|mes|ma|nos) (?:dossier|compte|espace|famille|informations|infos?|enfants|fiche famille)|(?:(?:mon|notre|le|mes|ma|nos|les) )?(?:dossier (?:de )?famil(?:le|ial)|espace (?:famille|personnel|citoyens?)|(?:informations|infos?)(?: personnelles| perso)|(?:informations|infos?) (?:de|sur) (?:mon|notre) (?:compte|espace|dossier|famille)))$/;

export function asksForFamilyFile(text: string): boolean {
  const said = prepare(text).replace(POLITE, ' ').replace(/[?!,]/g, ' ').replace(/\s+/g, ' ').trim();
  return FAMILY_FILE.test(said);
}

/** The family's children (« enfants », « gosses », « petits ») asked after: which, who, enrolled in what. */
const CHILDREN_WORD = /\b(?:enfants?|gosses?|petits|fils|filles)\b/;
const WHICH_CHILDREN = /\b(?:qui|quels?|quelles?|lesquels|liste|combien)\b|\binscrits? (?:a|en|dans) (?:quoi|quelles?|quels?)\b|\bsont (?:inscrits?|enregistres?|dans (?:le|mon) dossier)\b/;
const ENROLLED = /\b(?:inscrits?|enregistres?|dans (?:le|mon|notre) dossier|sur (?:le|mon|notre) dossier|au dossier|(?:a|de) mon compte|rattaches?|activites?)\b/;
/** Words of days or of a task: the bookings (« quels jours mes enfants sont inscrits »), an absence, a booking to make. */
const NOT_CHILDREN = /\b(?:jours?|quand|date|dates|semaine|mois|demain|aujourd hui|lundi|mardi|mercredi|jeudi|vendredi|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|reserv\w*|annul\w*|absent\w*|malade|inscrire|ecole|classe)\b|\d/;

/** « c qui mes enfants inscrits », « quels enfants sont inscrits », « mes enfants sont inscrits à quoi »: the children on file and their activities. */
export function asksForChildren(text: string): boolean {
  const said = prepare(text).replace(POLITE, ' ').replace(/[?!,]/g, ' ').replace(/\s+/g, ' ').trim();
  return CHILDREN_WORD.test(said) && WHICH_CHILDREN.test(said) && ENROLLED.test(said) && !NOT_CHILDREN.test(said);
}

const DATA_EXPORT = /^(?:(?:voir|obtenir|recevoir|exporter|telecharger|avoir|consulter) )?(?:mes|toutes mes|une copie de mes) donnees(?: personnelles)?$|^export(?:er)? (?:de )?mes donnees$|\brgpd\b/;
const DELETION = /\b(?:supprimer|effacer|fermer|cloturer|resilier|detruire) (?:mon|le|notre) (?:compte|espace)\b|\bsuppression (?:de )?(?:mon |du )?(?:compte|espace)\b/;

/** « mes données », « RGPD »: a copy of what is kept about the account. */
export function asksForDataExport(text: string): boolean {
  return DATA_EXPORT.test(prepare(text).replace(POLITE, ' ').replace(/[?!,]/g, ' ').replace(/\s+/g, ' ').trim());
}

/** « supprimer mon compte ». */
export function asksForDeletion(text: string): boolean {
  return DELETION.test(prepare(text));
}

const DOCUMENT_LIST = /^(?:(?:voir|consulter|afficher|suivre) )?(?:mes|les) (?:documents?|justificatifs?|pieces?(?: jointes)?)(?: envoyes?)?$/;

/** « mes documents »: the papers sent and their status. */
export function asksForDocumentList(text: string): boolean {
  return DOCUMENT_LIST.test(prepare(text).replace(POLITE, ' ').replace(/[?!,]/g, ' ').replace(/\s+/g, ' ').trim());
}

const CONTACT_DETAILS = /^(?:(?:voir|consulter|afficher|changer|modifier|mettre a jour|corriger) )?(?:mes|nos) coordonnees$/;

/** « mes coordonnées »: the account's e-mail, phone and address. */
export function asksForContactDetails(text: string): boolean {
  return CONTACT_DETAILS.test(prepare(text).replace(POLITE, ' ').replace(/[?!,]/g, ' ').replace(/\s+/g, ' ').trim());
}

// French, their typos (« tél », « telphone », « adress ») and English (« phone number », « address », « I moved »).
const EMAIL_WORDS = /\b(?:e ?mails?|mails?|mel|courriel|adresse electronique)\b/;
const PHONE_WORDS = /\b(?:telephone|telphone|telefone|tel|numero|num|portable|portabl|mobile|operateur|fixe|phone|cell ?phone|cell|number)\b/;
const ADDRESS = '(?:adresse|adress|addresse|adrese|address)';
const ADDRESS_WORDS = new RegExp(`\\b(?:${ADDRESS}|domicile|(?:de|em)menag\\w*|chgt d adresse|moved|moving)\\b`);
/** « adresse mail », « e-mail address »: the e-mail, not the postal address. */
const EMAIL_ADDRESS = new RegExp(`\\b${ADDRESS} (?:e ?mail|mail|mel|electronique)\\b|\\b(?:e ?mail|mail) ${ADDRESS}\\b`, 'g');
/** « numéro de dossier », « file number »: not the phone. */
const NOT_PHONE = /\bnumero (?:de (?:dossier|famille|facture|demande)|fiscal)\b|\b(?:file|family|invoice|reference|request|booking) number\b/;

/**
 * The contact detail a request names (« changer mon numéro », « nouvelle adresse mail », « je
 * déménage », « change my phone number »): asked at once. Undefined when it names none, or more than one.
 */
export function contactFieldIn(text: string): 'email' | 'phone' | 'address' | undefined {
  // An e-mail address typed in the sentence names nothing (« nouvelle.adresse@… »).
  const said = prepare(text.replace(/\S+@\S+/g, ' '));
  const email = EMAIL_WORDS.test(said);
  const phone = PHONE_WORDS.test(said) && !NOT_PHONE.test(said);
  const address = ADDRESS_WORDS.test(said.replace(EMAIL_ADDRESS, ' '));
  const named = [email && 'email', phone && 'phone', address && 'address'].filter((f): f is 'email' | 'phone' | 'address' => Boolean(f));
  return named.length === 1 ? named[0] : undefined;
}

const SIGN_IN_CODE = /\bcode\b/;
const NOT_THAT_CODE = /\b(?:mot de passe|mdp|password|famil\w*|cle|enfance|postal|promo)\b/;
const LOST = /\b(?:oubli\w*|perdu|pas (?:eu|recu)|plus (?:le|mon|ce) code|r?envoy\w*|nouveau|autre)\b/;

/** « j'ai oublié mon code », « je n'ai pas reçu le code »: the e-mailed sign-in code, not a password nor the family key. */
export function forgetsSignInCode(text: string): boolean {
  const said = prepare(text);
  return SIGN_IN_CODE.test(said) && LOST.test(said) && !NOT_THAT_CODE.test(said);
}
