/**
 * « c'est quoi la facture en ligne ? », « ça sert à quoi la facture dématérialisée », « what is the online invoice? »: a
 * question about what the online invoice is (answered by what it is, then the offer to choose it), never an invoice's
 * amount nor the régie's contacts. At its own question, « c quoi ? », « ça change quoi ? » ask the same.
 */
import { prepare } from './frenchText';
import { detectIntent } from './intents';
import { fold } from './yesNo';

const WHAT_IS = /\b(?:c est quoi|cest quoi|c quoi|c koi|c est koi|qu est ce que|qu est ce qu|ca change quoi|ca fait quoi|ca sert a quoi|sert a quoi|a quoi (?:ca )?sert|quelle difference|la difference|(?:ca )?marche comment|comment (?:ca )?(?:marche|fonctionne)|what is|what s|how does)\b/;

/** A question asking what something is or changes (the online invoice, at its question). */
export const asksWhatItIs = (text: string): boolean => WHAT_IS.test(fold(text));

/** A question about what the online invoice is, from anywhere (the menu, the invoices' list). */
export const asksWhatEInvoiceIs = (text: string): boolean => asksWhatItIs(text) && detectIntent(prepare(text)) === 'e_invoice';

/** « c'est gratuit ? », « c'est payant ? », « ça coûte quelque chose ? », « il y a des frais ? » (at the online invoice's question). */
const FREE = /\b(?:gratuite?s?|gratos|payante?s?|(?:ca|cela) (?:coute|coutera)|c est combien|combien (?:ca )?coute|des frais|frais en plus|plus cher|supplement|is it free|does it cost)\b/;

export const asksIfFree = (text: string): boolean => FREE.test(fold(text));

/** « papier », « par courrier », « by post »: invoices on paper. */
export const PAPER = /\b(?:papiers?|courriers?|par la poste|paper|by post|post)\b/;
/** « par mail », « en ligne », « e-mail », « online »: invoices by e-mail. */
export const ONLINE = /\b(?:(?:e )?mails?|courriels?|en ligne|internet|numeriques?|online|electroniques?|dematerialisee?s?)\b/;
/** « je veux plus », « arrêter », « désactiver », « stop », « no more »: what is named after it no longer wanted. */
const STOPS = /\b(?:(?:je )?(?:ne )?(?:veux|veu|voudrais|souhaite|desire) (?:pas |plus |pu )|jveux plus|jveu plus|plus (?:de|les|la|recevoir)|arret\w*|stop\w*|desactiv\w*|resili\w*|desinscri\w*|desabonn\w*|no more|don t want|do not want|cancel|unsubscribe|turn off)\b/;

/** « zéro papier », « sans papier », « fini le courrier », « plus de factures papier », « paperless »: paper given up. */
const NO_PAPER = /\b(?:zero|sans|fini|finis|finies|plus de|plus du|pas de|moins de|stop|no|less) (?:(?:le|les|du|de|des|la) )?(?:factures? )?(?:papiers?|courriers?)\b|\bpaperless\b/;

/**
 * The online invoice given up, said when asking for it (« je veux plus les factures par mail », « arrêtez la facture en ligne »,
 * « je veux le papier »): paper is wanted, never « Voulez-vous recevoir vos factures en ligne ? » (whose « oui » did the opposite).
 * « plus de factures papier » stops paper: not this.
 */
export function wantsPaperInvoices(text: string): boolean {
  const said = fold(text).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ');
  if (NO_PAPER.test(said)) return false;
  const paper = PAPER.test(said);
  const online = ONLINE.test(said);
  return STOPS.test(said) ? online && !paper : paper && !online;
}
