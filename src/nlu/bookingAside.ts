/**
 * Remarks beside a booking asked outright that are not the request (on prepare()d text, politeness taken out): who pays (« le papa paye,
 * numéro dossier … »), the tariff found right (« la facture de 4,20 € par repas c'est ok »), a brother or a sister staying home (« son frère
 * Achille, lui, reste à la maison »). Read without them, the message asks a booking: it stays one (not an invoice, a payment, an absence).
 */
import type { Intent } from './intents';

const PARENT = '(?:papa|maman|pere|mere|mamie|papi|grand mere|grand pere|mari|femme|conjointe?|ex|nounou)';
/** « le papa paye », « c'est sa mère qui règle », « la maman payera en ligne ». */
const PAYER_TOLD = new RegExp(`\\b(?:(?:c est )?(?:le|la|son|sa|mon|ma) ${PARENT} (?:qui )?(?:paye|paie|payera|paiera|va payer|regle|reglera|va regler))\\b(?: (?:en ligne|par carte|par cheque|sur le portail|la facture|les factures|les repas))?`);
/** « la facture de 4,20 € par repas c'est ok », « le tarif à 3,10 la journée ça me va ». */
const TARIFF_OK = /\b(?:la |le )?(?:facture|tarif|prix)\b(?: [a-z0-9.€]+){0,5}? (?:par repas|le repas|par jour|la journee|par heure|l heure)\b(?: [a-z]+){0,2}? (?:c est ok|c est bon|ok|ca me va|ca va|d accord|pas de souci|pas de probleme)\b/;
/** « son frère Achille, lui, reste à la maison », « sa sœur restera avec moi ». */
const SIBLING_HOME = /\b(?:son|sa|leur) (?:frere|soeur|petit frere|petite soeur|grand frere|grande soeur)\b(?: ,)?(?: [a-z]+){0,2}?(?: ,)?(?: (?:lui|elle) ,?)? (?:reste|restera|sera|est|ne viendra pas|ne vient pas)(?: a la maison| avec (?:moi|nous|sa mere|son pere|mamie)| chez (?:nous|moi|mamie|sa grand mere|son pere|sa mere))\b/;

const REMARKS = [PAYER_TOLD, TARIFF_OK, SIBLING_HOME];
const REREAD_FROM: ReadonlySet<Intent> = new Set(['list_invoices', 'pay_invoice', 'report_absence']);

/** 'book' when the message read without such a remark asks a booking; undefined otherwise. */
export function bookingBesideRemark(intent: Intent, said: string, activityNamed: boolean, reread: (text: string) => Intent): Intent | undefined {
  if (!activityNamed || !REREAD_FROM.has(intent)) return undefined;
  const remark = REMARKS.find((re) => re.test(said));
  if (!remark) return undefined;
  return reread(said.replace(remark, ' , ').replace(/\s+/g, ' ')) === 'book' ? 'book' : undefined;
}
