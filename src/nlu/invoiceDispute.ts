/**
 * An invoice disputed (« la facture est fausse », « j'ai été prélevé deux fois », « j'ai reçu une facture mais j'ai déjà
 * payé ») or a day billed although the child was ill (« on m'a facturé un jour où ma fille était malade »): the régie
 * checks it with the resident; the bot says so with its contact (dialogs/invoiceDisputeAnswer.ts), never the invoices'
 * sign-in alone. Whether a day missed WILL be billed (« c facturé si je préviens pas ? ») is absenceBillingQuestion.ts.
 * A payment made at the régie and not shown yet, why an amount, a payment refused: the invoices' own answers
 * (invoiceQuestions.ts), not this one.
 */
import { prepare } from './frenchText';
import { asksWhyAmount, saysPaidOtherwise, saysRefused } from './invoiceQuestions';
const INVOICE = '(?:factur\\w*|prelevement\\w*|paiement\\w*)';
const WRONG: readonly RegExp[] = [
  new RegExp(`\\b${INVOICE} (?:(?:(?:de|du|d|pour|des) )?(?:\\w+ ){1,2})?(?:est |sont |me semble |semble |parait |m a l air )?(?:fausses?|faux|erronee?s?|incorrecte?s?|pas (?:bonnes?|justes?|correcte?s?|normale?s?)|bizarres?|anormale?s?|trop (?:chere?s?|elevee?s?))\\b`),
  new RegExp(`\\b(?:erreurs?|problemes?|pbs?|soucis?) (?:sur|dans|avec) (?:ma|la|mes|les|cette|une|notre|leur|mon|le|ce|un|nos|votre|vos) ${INVOICE}|\\b(?:erreurs?|problemes?|pbs?|soucis?) (?:de|du|d) prelevements?\\b`),
  // Done twice (« prélevé 2 fois »), not to be done (« payer deux fois par mois ? »).
  /\b(?:facture|debite|preleve|paye|regle|compte)(?:e?s?) (?:deux|2) fois\b/,
  /\bdouble (?:prelevement|paiement|debit)\b|\b(?:facture|debite|preleve|paye|regle)e?s? en double\b/,
  /\b(?:mais|pourtant|alors que|alors qu|or) (?:\w+ ){0,4}(?:deja|bien) (?:paye\w*|regle\w*)\b/,
  // Paid, yet still asked for (« déjà payé mais on me relance »), not paid and asking something else (« je peux encore réserver ? »).
  /\b(?:deja|bien) (?:paye\w*|regle\w*)\b.{0,50}\b(?:relance\w*|impaye\w*|a payer|redemand\w*|reclam\w*|(?:mais|pourtant|encore|toujours)\b.{0,40}\b(?:du|due|dus|dues|affiche\w*|marque\w*|en attente|factur\w*|preleve\w*|debite\w*|demande\w*))\b/,
  new RegExp(`\\b(?:contest\\w*|reclam\\w*|reclamation)\\b.{0,30}\\b${INVOICE}|\\b${INVOICE}\\b.{0,30}\\b(?:contest\\w*|reclamation)\\b`),
  /\bfactur\w*\b.{0,40}\b(?:a tort|par erreur|en trop|pour rien)\b|\b(?:trop|mal) factur\w*/,
  /\b(?:charged|billed|debited) (?:me )?twice\b|\b(?:wrong|incorrect) (?:invoice|bill|facture|amount)\b|\b(?:invoice|bill|facture) (?:is|looks) (?:wrong|incorrect)\b|\b(?:but|though) i (?:already|have already|ve already) paid\b|\balready paid\b.{0,40}\b(?:but|still)\b/,
];
/** Billed already: « on m'a facturé », « j'ai été facturé », « facturé alors que… » (never « si… » or a future). */
const BILLED = /\b(?:charged|billed) (?:me |us )?(?:for|although|even though|while)\b|\b(?:on m a|on nous a|ils m ont|ils nous ont|vous m avez|vous nous avez|j ai ete|nous avons ete|on a ete|a ete|ont ete|m a ete|m ont ete) (?:\w+ )?factur\w*|\bfactur\w* (?:alors qu|pourtant|quand meme|malgre)\b/;
const ILL = /\b(?:sick|ill|absent|malades?|absente?s?|absences?|pas (?:venue?s?|alle|allee|allee?s|mange|mangee?s?|la)|certificat\w*|hospitalis\w*|fievre)\b/;

const DEBIT_FAILED = /\bprelevements?\b.{0,40}\b(?:pas (?:ete )?(?:passee?s?|fait|effectuee?s?)|(?:ne )?passe pas|refusee?s?|rejetee?s?|echouee?s?|echec|impayee?s?|retournee?s?|annulee?s?)\b|\b(?:rejet|echec|refus) (?:de|du|d) (?:mon |ma |le |la )?prelevement/;

export type InvoiceDispute = 'wrong' | 'illDay';

export function invoiceDispute(text: string): InvoiceDispute | undefined {
  // A direct debit that failed (« le prélèvement n'est pas passé », « prélèvement rejeté »): the régie sees to it; a card payment refused is invoiceQuestions.ts.
  if (DEBIT_FAILED.test(prepare(text))) return 'wrong';
  if (saysPaidOtherwise(text) || asksWhyAmount(text) || saysRefused(text)) return undefined;
  const said = prepare(text);
  if (BILLED.test(said) && ILL.test(said)) return 'illDay';
  return WRONG.some((p) => p.test(said)) ? 'wrong' : undefined;
}
