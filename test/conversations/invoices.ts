/**
 * Invoice tasks of a signed-in resident with a linked family file and two invoices to pay
 * (« Séjour neige » 73,80 €, then « Photo de classe » 12,00 €): see one, start paying one (a
 * pending payment of its amount), and choose invoices by e-mail (the household's flag).
 */
import { cross, eInvoice, payments, plain } from './checks';
import type { Conversation, Ctx, Turn } from './runner';

interface Invoice {
  id: number;
  number: string;
}

async function twoInvoices(c: Ctx): Promise<void> {
  const invoices = c.core.service.invoices;
  const trip = await invoices.createOneOff('carrieres-sous-poissy', c.resident.fileNumber, 'Séjour neige', 7380, '2026-12-15', 'agent');
  const photo = await invoices.createOneOff('carrieres-sous-poissy', c.resident.fileNumber, 'Photo de classe', 1200, '2026-12-20', 'agent');
  c.data.trip = trip;
  c.data.photo = photo;
}
const inv = (c: Ctx, which: 'trip' | 'photo') => c.data[which] as Invoice;
const AMOUNT = { trip: '73,80 €', photo: '12,00 €' } as const;

/** The last reply shows that invoice: its reference and its amount. */
const shown = (which: 'trip' | 'photo') => async (c: Ctx) => {
  const text = plain(c.last.text);
  const ref = inv(c, which).number;
  return text.includes(ref) && text.includes(AMOUNT[which]) ? undefined : `the last reply does not show ${ref} (${AMOUNT[which]})`;
};

/** A payment of that invoice's amount is started (pending, the link given). */
const payStarted = (which: 'trip' | 'photo') => async (c: Ctx) => {
  const found = await payments(c.core, inv(c, which).id);
  const cents = which === 'trip' ? 7380 : 1200;
  if (!found.some((p) => p.status === 'pending' && Number(p.amount) === cents)) return `no pending payment of ${cents} cents: ${JSON.stringify(found)}`;
  return /\/paiement\/\S+/.test(c.last.text) ? undefined : 'no payment link given';
};

/** Opening the list, then picking one: the invoices are listed newest first (the photo is 1). */
const VIEW_OPENERS = ['mes factures', 'je voudrais voir mes factures', 'facture', 'combien je dois ?', 'mes facture svp', 'Mes factures'];
const PICKS: Array<{ style: string; turn: Turn; which: 'trip' | 'photo' }> = [
  { style: 'by its number in the list', turn: '2', which: 'trip' },
  { style: 'by its subject', turn: 'le sejour neige', which: 'trip' },
  { style: 'by its reference', turn: (c) => inv(c, 'photo').number.toLowerCase(), which: 'photo' },
  { style: 'by the end of its reference', turn: (c) => inv(c, 'photo').number.slice(-6), which: 'photo' },
];

const view: Conversation[] = cross(VIEW_OPENERS, PICKS).map(([opener, p]) => ({
  task: 'view invoice', name: `« ${opener} », then ${p.style}`, given: 'signedInLinked', setup: twoInvoices, turns: [opener, p.turn], outcome: shown(p.which),
}));

const PAYS: Array<{ name: string; turns: Turn[]; which: 'trip' | 'photo' }> = [
  { name: 'list, pick, pay by the first option', turns: ['mes factures', '1', (c) => (c.channel === 'sms' ? '1' : 'Payer')], which: 'photo' },
  { name: 'list, pick, « je veux payer »', turns: ['mes factures', '2', 'je veux payer'], which: 'trip' },
  { name: '« payer ma facture », then the one', turns: ['payer ma facture', '2', 'payer'], which: 'trip' },
  { name: '« je veux regler la facture du sejour »', turns: ['je veux regler la facture du sejour', 'oui'], which: 'trip' },
  { name: '« paiement en ligne » then by reference', turns: ['paiement en ligne', (c) => inv(c, 'photo').number, 'oui'], which: 'photo' },
  { name: 'pay, after an hours question', turns: ['mes factures', 'la regie est ouverte demain ?', '1', 'payer'], which: 'photo' },
  { name: 'pay, after « ouais »', turns: ['je dois combien ?', '2', 'ouais'], which: 'trip' },
  { name: 'pay by card, details up front', turns: ['je veux payer la photo de classe par carte', 'oui'], which: 'photo' },
  { name: '« payer la photo »', turns: ['payer la photo', 'oui'], which: 'photo' },
  { name: '« je voudrais payer le sejour neige »', turns: ['je voudrais payer le sejour neige', 'ouais'], which: 'trip' },
  { name: 'by its amount up front', turns: ['je veux regler la facture de 73,80 €', 'oui'], which: 'trip' },
  { name: 'by its number up front', turns: [(c) => `payer la facture ${inv(c, 'photo').number}`, 'oui'], which: 'photo' },
  { name: 'by the end of its number up front', turns: [(c) => `regler la facture ${inv(c, 'trip').number.slice(-6)}`, "c'est bon"], which: 'trip' },
  { name: 'seen up front, then paid', turns: ['voir la facture du sejour', 'payer'], which: 'trip' },
  { name: 'with a typo up front', turns: ['regler la fature du sejour svp', 'oui'], which: 'trip' },
];

const pay: Conversation[] = PAYS.map((p) => ({ task: 'pay invoice (start)', name: p.name, given: 'signedInLinked', setup: twoInvoices, turns: p.turns, outcome: payStarted(p.which) }));

const E_OPENERS = ['je veux recevoir mes factures par mail', 'plus de facture papier', 'factures en ligne', 'zero papier svp', 'e-facture', 'je voudrais la facture par e mail au lieu du courrier'];
const E_YES: Array<{ style: string; turn: Turn }> = [
  { style: 'oui', turn: 'oui' },
  { style: 'ouais', turn: 'ouais' },
  { style: "c'est bon", turn: "c'est bon" },
  { style: 'the first option', turn: (c) => (c.channel === 'sms' ? '1' : 'Oui') },
];

const eInvoices: Conversation[] = cross(E_OPENERS, E_YES).map(([opener, y]) => ({
  task: 'e-invoice opt-in',
  name: `« ${opener} », then « ${y.style} »`,
  given: 'signedInLinked',
  turns: [opener, y.turn],
  outcome: async (c) => ((await eInvoice(c.core, c.resident.household!.id)) ? undefined : 'the household still gets paper invoices'),
}));

export const invoiceConversations: Conversation[] = [...view, ...pay, ...eInvoices];
