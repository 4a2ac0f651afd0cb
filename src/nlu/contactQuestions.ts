/**
 * A question for a way to reach the commune is contact, whatever it is about: « c'est quoi le mail pour
 * les inscriptions périscolaires ? », « à qui dois-je écrire pour un problème avec la garderie ? », « y a-t-il
 * un numéro direct ? ». The activity or the booking it names is the subject, not the request. Works on
 * prepare()d text, politeness removed.
 */

/** A channel asked for: « le mail », « un numéro », « le standard de l'hôtel de ville », « l'adresse mail », « jveux le mail de la personne qui gère les inscriptions » (not « mon numéro »: update_contact). */
const CHANNEL = '(?:standard(?: telephonique)?(?= (?:de|du|des) (?:la |l )?(?:mairie|hotel de ville|commune|ville|services?)\\b| ?$| ?\\?)|numero(?: de (?:telephone|tel|portable))?(?! (?:de dossier|d allocataire|allocataire|de facture|fiscal|de compte|famille|client))|mail|e ?mail|adresse (?:mail|e ?mail|electronique|courriel)|courriel|telephone|tel|coordonnees|contact)';
const ASKS_A_CHANNEL = new RegExp(
  `\\b(?:c est quoi|je veux|je voudrais|j aimerais|il me faut|je cherche|besoin (?:de|d)|quel est|quels sont|quelle est|quelles sont|donner|donnez|avoir|connaitre|y a t il|il y a|y a|existe t il|vous avez|avez vous|auriez vous) (?:le |la |l |les |un |une |des |votre |vos |leur |son |sa )?(?:bon |meilleur |vrai )?${CHANNEL}\\b`,
);
/** « à qui écrire », « qui dois-je contacter », « à quel service m'adresser ». */
const ASKS_WHOM = /\ba (?:qui|quel service|quelle personne) (?:dois je |faut il |je dois |puis je |on doit |peut on |est ce que je dois |est ce qu on doit )?(?:ecrire|m adresser|s adresser|parler|telephoner|me plaindre|envoyer (?:un mail|un message|un courrier))\b|\bqui (?:dois je |faut il |puis je )?(?:contacter|appeler|joindre)\b|\b(?:numero|ligne) (?:de telephone )?directe?\b/;

export const asksForContact = (said: string): boolean => ASKS_A_CHANNEL.test(said) || ASKS_WHOM.test(said);
