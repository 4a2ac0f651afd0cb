/**
 * Questions said short, SMS-style, the question word last or the verb left out: « facture fausse j'appelle qui »,
 * « je contacte qui pour la cantine ? », « mail du service facturation », « tel de la régie » (whom to reach: contact);
 * « facture de février c'est à payer avant quand », « la facture, date limite ? », « Facture. Payé ou pas ? » (an invoice's
 * due date or state: list_invoices, nothing paid); « j'ai changé de ville, comment je vote ici », « on vote où ? »
 * (electoral_roll). Works on prepare()d text, politeness removed.
 */
import type { Intent } from './intents';

/** « j'appelle qui », « je contacte qui », « j'écris à qui », « on téléphone à qui » (and « who do I call »). */
const WHOM_LAST = /\b(?:j|je|on|nous|il faut|faut|dois je|je dois) (?:appelle|appeler|contacte|contacter|ecris|ecrire|telephone|telephoner|m adresse|s adresse|joins|joindre|vois|voir)(?: a| au)? qui\b|\bwho (?:do|should|can) (?:i|we) (?:call|contact|email|write to|phone|ring)\b/;
/** A way to reach a service, named as a title: « mail du service facturation », « tel de la régie », « numéro de l'accueil périscolaire ». */
const CHANNEL_OF = /^(?:(?:le|la|l|un|une|votre) )?(?:mail|e ?mail|adresse (?:mail|e ?mail)|courriel|numero(?: de (?:telephone|tel))?|telephone|tel|coordonnees|contact) (?:du|de la|de l|des) (?:service|regie|responsable|secretariat|bureau|accueil|direction|personne|gestionnaire|mairie|comptabilite|facturation)\b/;

/** An invoice named (« facture », « la facture de février »). */
const INVOICE = /\bfactur\w*\b/;
/** Its due date asked: « à payer avant quand », « avant quelle date », « date limite ? », « jusqu'à quand pour la payer ». */
const DUE_ASKED = /\b(?:a payer|a regler|payer|regler|paye|payee|reglee?)? ?(?:avant|pour) (?:quand|quelle date|quel jour)\b|\bdate limite\b(?:.*\?\s*$| de (?:paiement|reglement))|\b(?:jusqu a|d ici) quand\b|\bpay(?:able)? by when\b|\bdue date\b|\bwhen is (?:it|the \w+) due\b/;
/** Its state asked: « payé ou pas ? », « réglée ou non », « elle est payée ? ». */
const STATE_ASKED = /\b(?:payee?s?|reglee?s?|acquittee?s?) ou (?:pas|non)\b|\b(?:paid|settled) or not\b/;
/** To pay asked in so many words (« je paye comment maintenant », « je veux la payer »). */
const PAYS = /\b(?:je|j|on) (?:la |les |le )?(?:paye|paie|regle) comment\b|\bcomment (?:je |on )?(?:la |les |le )?(?:payer|regler|paye|paie)\b|\b(?:veux|voudrais|souhaite|peux|puis je) (?:la |les |le )?(?:payer|regler)\b/;

/** « comment je vote ici », « on vote où », « je vote où maintenant », « où je vote » (not « le vote de la loi »). */
const VOTES = /\b(?:comment|ou|quand) (?:est ce que )?(?:je|j|on|nous) (?:vote|votons|peux voter|pourrai voter)\b|\b(?:je|on|nous) (?:vote|votons|voterai|votera|voterons) (?:ou|comment|ici|dans (?:la|cette|ma|notre) (?:commune|ville))\b/;

/**
 * « je veux m'inscrire », « comment on s'inscrit ? », « m'inscrire svp »: oneself to sign up, nothing else named (no child,
 * activity, day nor list): the account to create (« inscrire Léa à la cantine », « m'inscrire sur les listes » name theirs).
 */
const SELF_SIGN_UP = /^[ ,.!]*(?:(?:je|j) (?:veux|voudrais|voudrai|voudrait|souhaite|souhaiterais|souhaiterai|aimerais|aimerai|peux|dois|vais) |(?:comment|ou) (?:est ce que )?(?:je (?:peux |dois )?|on (?:peut |doit )?|puis je |faire pour |faut il )?|il faut )?(?:m inscrire|me inscrire|s inscrire|je m inscris|m inscris|on s inscrit|s inscrit)(?: (?:comment|ou|ici|svp|stp|please))?(?: ?\?)?$/;

export function shortQuestion(said: string): Intent | undefined {
  if (SELF_SIGN_UP.test(said)) return 'create_account';
  if (WHOM_LAST.test(said) || CHANNEL_OF.test(said)) return 'contact';
  if (INVOICE.test(said) && (DUE_ASKED.test(said) || STATE_ASKED.test(said)) && !PAYS.test(said)) return 'list_invoices';
  if (VOTES.test(said)) return 'electoral_roll';
  return undefined;
}
