/**
 * Questions about invoices already paid or charged, said in so many words: a receipt or a proof of payment,
 * a refund, a charge made twice, a payment that did not go through, a day charged although the child was ill
 * or the day cancelled, whether an invoice is paid. Each is a question for the invoices (list_invoices),
 * not a payment to make. Read on intents.ts's cleaned text, before the hours and contact questions.
 */
import { elsewhereKindOf } from './elsewhereDemarches';
import { PAY_ASKED, UNPAID_ASKED } from './intentPhrasings';

/** What intents.ts's own patterns saw in the message: e-invoices asked for, a paper to send. */
export interface SeenBeside {
  eInvoice: boolean;
  paperSent: boolean;
}

/** `said`: prepare()d text without politeness. */
export function asksAboutPaidInvoices(said: string, seen: SeenBeside): boolean {
  // « le paiement n'est pas passé, je réessaie comment ? »: a payment to make again, not a question on one made.
  if (PAY_AGAIN.test(said)) return false;
  // « je ne sais pas si le paiement est passé. Je voudrais payer maintenant »: the doubt told, then paying asked (not the state asked).
  const doubt = PAYMENT_ASKED.exec(said);
  if (doubt && PAY_ASKED.test(said.slice(doubt.index + doubt[0].length))) return false;
  // (« une attestation de paiement de la CAF » is the CAF's: made elsewhere.)
  // (« le reçu de mon dernier paiement par carte »: the payment's own words between.)
  if (/\b(?:justificatif|attestation|recu|quittance|preuve) (?:de |d |du )?(?:(?:mon|ma|notre|le|la|ce|cet) )?(?:(?:dernier|derniere|precedent|ancien) )?(?:paiement|reglement|virement)\b|\brembours\w*|\b(?:paye|payee|percu) en trop\b|\btrop (?:paye|percu)\b/.test(said) && elsewhereKindOf(said) !== 'caf') return true;
  // « je pensais avoir tout payé. Est-ce qu'il reste des factures impayées ? »: whether invoices are left to pay, asked.
  if (UNPAID_ASKED.test(said) && !PAY_ASKED.test(said)) return true;
  // « payé deux fois », « j'ai été prélevé 2 fois », « le prélèvement de février est passé 2 fois »: a charge questioned.
  if (/\b(?:paye|payee|regle|reglee|prelevee?s?|debitee?s?|passee?s?) (?:deux fois|2 fois|en double)|\b(?:double paiement|double prelevement)\b|\b(?:ai|avons|a|ont) ete (?:prelevee?s?|debitee?s?)\b/.test(said)) return true;
  // « j'ai reçu une relance alors que j'ai déjà payé », « un reçu de ce que j'ai payé pour les impôts »: about a payment made.
  if (/\b(?:deja|pourtant|bien) (?:paye|payee|regle|reglee)\b/.test(said) && !/\b(?:comment|voudrais|veux|souhaite) (?:\w+ )?(?:payer|regler)\b/.test(said)) return true;
  // « ma mère a payé la facture de novembre à la régie, mais elle apparaît toujours comme impayée »: a payment made, the invoice still shown unpaid.
  if (/\b(?:a|ai|avons|ont|avait|avais) (?:\w+ )?(?:paye|regle)\b.*\b(?:toujours|encore|quand meme|pourtant) (?:\w+ ){0,3}(?:impayee?s?|a payer|a regler|non (?:payee?s?|reglee?s?)|en attente)\b/.test(said)) return true;
  // « vous avez bien reçu mon paiement ? », « j'ai payé, vous avez reçu ? », « le paiement a marché ? », « je peux avoir mon reçu ? »:
  // a payment made or its receipt, shown with the invoices (each says whether it is paid).
  if (PAYMENT_ASKED.test(said) || RECEIPT_NOUN.test(said)) return true;
  if (/\b(?:recus?|attestations?|quittances?)\b.{0,40}\b(?:ce que (?:j ai|on a|nous avons) (?:paye|regle)|frais de garde|sommes versees|(?:payes?|payees?|versees?) (?:en|pour|a la|au)\b)/.test(said) && !seen.paperSent) return true;
  // « je ne retrouve pas mes anciennes factures sur l'espace », « un récapitulatif des sommes payées pour mon employeur »,
  // « un justificatif de toutes les factures périscolaires réglées depuis septembre »
  if (/\b(?:j ?)?(?:re)?trouv\w* (?:pas|plus) (?:mes|les|nos|ma|la|mon|le) (?:\w+ )?factures?\b|\b(?:justificatif|recapitulatif|releve|attestation|etat)s? (?:\w+ ){0,4}(?:sommes|montants|frais|paiements|factures)\b(?: \w+){0,2} (?:payee?s?|versee?s?|regle\w*|acquitte\w*|de garde)\b|\brecapitulatif (?:annuel|des factures|de mes factures|des paiements)\b/.test(said)) return true;
  // « la cantine a été facturée alors qu'il était malade »: a question about an invoice.
  // (« je reçois les factures par courrier alors que je préfère l'e-mail » asks for e-invoices.)
  // « on m'a compté la cantine un jour de grève »: a day charged.
  if (/\b(?:a ete|ont ete|(?<!\bc )est|sont) facture\w*|\bfactur\w*\b.*\b(?:alors que|malgre|pourtant)\b|\b(?:on m a|on nous a|vous m avez|vous nous avez|ils m ont|ils nous ont) (?:compte|facture|preleve|debite|fait payer)\w*\b|\b(?:a ete|ont ete) (?:comptee?s?|prelevee?s?|debitee?s?)\b/.test(said) && !seen.eInvoice) return true;
  // « c'est payé ? », « alors c payé ? », « elle est bien réglée ? », « je l'ai payée »: whether the invoice is paid now, said short.
  if (PAID_STATE_SAID.test(said) || (PAID_STATE_ASKED.test(said) && /\?\s*$/.test(said))) return true;
  // « est-ce que ma facture est payée ? » asks about an invoice, it does not pay it.
  if (/\bfactur\w*\b.*\b(?:est|sont|a ete|ont ete)(?: elle| t elle)? (?:bien )?(?:payee?s?|reglee?s?)\b/.test(said)) return true;
  // « la facture de novembre… mon fils était malade, les repas ont-ils été déduits ? »: an illness that is past, or
  // a deduction, or a cancellation already made (« j'ai annulé… mais la facture compte quand même ces repas »), beside an
  // invoice, is a question about the invoice.
  if (/\bfactures?\b/.test(said) && /\b(?:deduit\w*|decompt\w*|defalqu\w*|regularis\w*|non (?:pris|consommes?|pris en compte))|\b(?:j ai|j avais|on a|on avait|nous avons|nous avions|a ete|ont ete|avait ete|etait) (?:bien |pourtant |deja )?(?:annule\w*|desinscrit\w*|decoche\w*|prevenu|signale\w*)\b|\b(?:compte|comptes|facture\w*|comptabilise\w*) quand meme\b|\b(?:etait|etaient|a ete|ont ete|avait ete) (?:malade|absente?s?)\b|\b(?:a|ont|avait|avaient) eu (?:la |une |de la |des |l )?(?:gastro|grippe|fievre|varicelle|covid|otite|angine|bronchite)\b|\bn (?:a|ont) (?:donc |meme |jamais |finalement )?pas (?:mange|ete)\b/.test(said) && !seen.eInvoice) return true;
  return false;
}

/** A payment made, asked about: received, gone through, worked. */
const PAYMENT_ASKED = /\b(?:recu|eu|pris en compte|enregistre|valide)\b.{0,20}\b(?:mon|le|notre|ce) (?:paiement|reglement|virement|prelevement)\b|\b(?:paiement|reglement|virement|prelevement)\b(?: (?:de|du|des|d|pour) (?:la |le |l |ma |mon |mes |les )?\w+)?.{0,12}\b(?:est|a|a t il|est il) (?:bien |deja )?(?:passe|recu|arrive|marche|fonctionne|valide|abouti|ete (?:recu|pris|accepte|valide|enregistre))\b|\bj ai (?:bien |deja )?(?:paye|regle)\b.{0,40}\b(?:recu|passe|arrive|marche|rien)\b|\b(?:paiement|reglement|virement|prelevement)\b.{0,40}\b(?:pas|jamais) (?:ete |bien )?(?:pris en compte|recu|enregistre|passe|arrive)\b/;
/** « mon reçu », « le reçu », « de reçu »: the receipt (a noun), not « j'ai reçu ». */
const RECEIPT_NOUN = /\b(?:mon|le|un|de|du|les|mes|ce|votre|d un) recus?\b(?! (?:un|une|le|la|les|des|mon|ma|mes|votre|ce|cette|par|a|de|d)\b)/;
/** A payment tried again (« je réessaie », « le refaire », « payer à nouveau »). */
const PAY_AGAIN = /\b(?:reessai\w*|reessay\w*|retent\w*|(?:le |la )?refaire|(?:payer|regler|paiement) (?:a nouveau|de nouveau)|repayer)\b/;

/** What is paid, as one short sentence (the words before: « alors », « du coup », « c'est bon »). */
const PAID_LEAD = String.raw`^(?:(?:alors|du coup|donc|et|bon|ben|ok|okay|c est bon|ca y est|voila|merci|oui|ouais)\s+)*`;
const PAID_WHAT = String.raw`(?:(?:est ce que|est ce qu) )?(?:c est|c|ca|ca a ete|c a ete|elle est|elle a ete|il est|tout est|elles sont|(?:le|mon) paiement est|(?:la|ma) facture est)\s+(?:bien |deja |bon |enfin )?`;
const PAID_TAIL = String.raw`(?:\s+(?:alors|du coup|maintenant|ou pas|ou non|non|cette fois))?\s*\??$`;
/** « c'est payé ? », « c payé », « je l'ai payée »: paid said of the invoice, asked or told. */
const PAID_STATE_SAID = new RegExp(`${PAID_LEAD}(?:${PAID_WHAT}payee?s?|(?:je l ai|on l a|nous l avons|je les ai) (?:bien |deja )?(?:payee?s?|reglee?s?)|payee?s?\\s*\\?)${PAID_TAIL}`);
/** « c'est réglé ? »: settled, asked (« c'est réglé » told closes a matter). */
const PAID_STATE_ASKED = new RegExp(`${PAID_LEAD}${PAID_WHAT}reglee?s?${PAID_TAIL}`);

/** « is it paid? », « has it been paid? », « did my payment go through? »: the same, in English. */
const PAID_ASKED_EN = /\b(?:is|was|has) (?:it|that|this|(?:my|the) (?:factures?|bills?|invoices?)) (?:now |already )?(?:been )?(?:paid|settled)\b|\b(?:did|has) (?:my |the )?payment (?:gone |go |come )?(?:through|work\w*)\b/;

/** `prepared`: whether the invoice shown is paid, asked short (« c'est payé ? », « is it paid? »): its state is the answer. */
export const asksIfPaid = (prepared: string): boolean => PAID_STATE_SAID.test(prepared) || (PAID_STATE_ASKED.test(prepared) && /\?\s*$/.test(prepared)) || PAID_ASKED_EN.test(prepared);
