/**
 * The invoice not come, paying said only as a worry or a condition: « je n'ai toujours pas reçu la facture de décembre et j'ai peur d'avoir
 * une majoration si je paie en retard, pouvez-vous me la renvoyer ? », « facture de mars pas reçue, je voudrais la régler avant la date limite »:
 * the invoice is asked for (list_invoices), no payment. « je n'ai pas reçu la facture, comment je paie ? » asks to pay.
 * Works on prepare()d text, politeness removed.
 */

/** « je n'ai toujours pas reçu la facture », « facture de mars pas reçue », « jamais eu de facture ». */
const NOT_RECEIVED = /\b(?:pas|jamais|toujours pas|pas encore) (?:encore )?(?:recu|eu)(?: \w+){0,3} factures?\b|\bfactures?\b(?: \w+){0,5} (?:pas|jamais|toujours pas) (?:encore )?(?:recue?s?|arrivee?s?)\b/;
/** Paying as a condition or a worry: « si je paie en retard », « peur de payer en retard », « avant de payer », « pour pouvoir la régler », « la régler avant la date limite ». */
const PAYING_AS_CONDITION = /\b(?:si (?:je|j|on|nous) (?:la |les )?|(?:peur|crainte|risque) (?:de |d )(?:la |les )?|avant de (?:la |les )?|pour (?:pouvoir )?(?:la |les )?|afin de (?:la |les )?|sans )(?:paie|paye|payer|regle|regler|payons|reglons)\b[^,?]*|\b(?:la|les) (?:payer|regler) (?:avant|a temps|dans les temps)\b[^,?]*/g;

/** `paysAsked`: whether what is left of the message asks to pay (intents.ts's pay patterns). */
export function invoiceNotReceived(said: string, paysAsked: (rest: string) => boolean): boolean {
  return NOT_RECEIVED.test(said) && !paysAsked(said.replace(PAYING_AS_CONDITION, ' ').replace(/\s+/g, ' '));
}
