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
