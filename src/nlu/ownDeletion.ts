/**
 * A paper or a message the resident deleted, threw away or lost, told as what happened (« renvoie-moi le reçu de la facture, je l'ai
 * supprimé », « j'ai effacé le mail avec la facture de mars, vous pouvez me le renvoyer ? », « j'ai jeté la facture de février, vous pouvez
 * m'en envoyer une copie ? »): the deletion is the story, what is asked is the thing again, never a booking cancelled nor a paper sent.
 * A booking or an absence deleted (« j'ai supprimé la résa de jeudi par erreur ») is no such story: it is left to the rules.
 * Works on prepare()d text, politeness removed.
 */

/** What was deleted: a paper, a mail, a receipt (not a booking). */
const THING = '(?:factures?|recus?|quittances?|mails?|e ?mails?|courriels?|messages?|sms|textos?|pdf|fichiers?|pieces? jointes?|pj|papiers?|documents?|attestations?|justificatifs?|liens?|avis|courriers?|lettres?)';

/** The writer's own deed told in the past: « j'ai supprimé », « je l'ai effacé », « jlai supprime », « on les a jetées », « je l'avais supprimé » (a loss is another story:
 * « j'ai perdu mon mot de passe »). */
const DEED = '(?:j|je|jl|je l|j l|je les|j les|on|on l|on les|nous l|nous les|nous|jlai|jles)\\s?(?:ai|a|avais|avait|avons|aie)?\\s?(?:\\w+ment )?(?:par (?:erreur|megarde|inadvertance) )?(?:supprime|efface|jete(?! un)|detruit|vire)e?s?\\b';

/** A booking, an absence or an activity right after the deed (« j'ai supprimé la résa de jeudi »): no such story. */
const BOOKING_AFTER = '(?! (?:(?:le|la|les|l|ma|mes|sa|ses|son|sa|cette|ce) )?(?:reservations?|resas?|inscriptions?|absences?|cantine|garderie|etude|centre|accueil|repas|jours?)\\b)';

/** The deed with its object after (« j'ai supprimé le mail », « j'ai jeté la facture de février »), or alone with a pronoun (« je l'ai supprimé »). */
const TOLD = new RegExp(`\\b${DEED}${BOOKING_AFTER}(?: (?:par (?:erreur|megarde|inadvertance)|sans faire expres|sans le vouloir))?(?: (?:le |la |les |l |mon |ma |mes |ce |cette |ces |son |sa )?${THING}\\b)?`, 'g');
const DEED_ALONE = new RegExp(`^${DEED}(?: (?:par (?:erreur|megarde|inadvertance)|sans faire expres|sans le vouloir))? ?`);

/** What shows the deleted thing is a paper or a mail: one is named in the message. */
const NAMES_A_THING = new RegExp(`\\b${THING}\\b`);

/**
 * The message without the deletion told, the thing named kept (« renvoi moi le recu de la facture cantine stp », « la facture de février ,
 * vous pouvez m en envoyer une copie »), or undefined when it tells none (or names no paper nor mail).
 */
export function withoutOwnDeletion(said: string): string | undefined {
  if (!NAMES_A_THING.test(said)) return undefined;
  let told = false;
  const rest = said.replace(TOLD, (deed) => {
    told = true;
    return deed.replace(DEED_ALONE, '');
  });
  return told ? rest.replace(/\s+/g, ' ').replace(/^[ ,]+|[ ,]+$/g, '').trim() : undefined;
}
