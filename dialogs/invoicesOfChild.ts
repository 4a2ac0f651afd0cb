/**
 * Invoices asked for one child (« les factures de Léa », « combien je dois pour Hugo »), and the child changed
 * right after (« et pour hugo ? », « and for Hugo? »): the household's invoices are shared, their lines are per
 * child, so the list keeps the invoices with a line of that child and says that child's share of each. It was the
 * whole list, then « je n'ai pas compris » at « et pour hugo ? ».
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { listFormat } from '../src/domain/formats';
import type { Account, Invoice } from '../src/domain/types';
import { prepare } from '../src/nlu/frenchText';
import { localeOf, send, translator, type DialogDeps } from './dialogContext';

/** What was asked just before a follow-up: another child said next asks the same for that child. */
export interface InvoicesAsked {
  childIds?: number[];
  /** A payment link just sent: « c quoi le lien ? » next is answered about it (payLinkQuestion.ts). */
  payLink?: boolean;
}

/** « et … », « and … », « what about … », « pareil pour … », « même chose pour … », « idem pour … ». */
const FOLLOWING = /^(?:et|and|what about|how about|pareil|meme chose|idem|same)\b/;

/** The children the message names, among the family's (by their first name); none when it names none. */
export async function childrenNamed(deps: DialogDeps, account: Account, text: string | undefined): Promise<Array<{ id: number; firstName: string }>> {
  if (!text) return [];
  const file = await deps.service.familyFile(account);
  const children = file?.children.map((c) => c.child) ?? [];
  if (children.length < 2) return [];
  const named = deps.understand(text, children.map((c) => c.firstName)).children ?? [];
  return children.filter((c) => named.includes(c.firstName)).map((c) => ({ id: c.id, firstName: c.firstName }));
}

/**
 * The children of a follow-up that names a child and asks nothing else (« et pour hugo ? », « hugo ? », « et
 * celles de Hugo », « and for Hugo? »): undefined when it names none, or is a request of its own (« réserver pour
 * Hugo lundi »: understood as a task, or with a day).
 */
export async function otherChildAsked(deps: DialogDeps, account: Account, text: string): Promise<number[] | undefined> {
  const words = prepare(text);
  if (!FOLLOWING.test(words) && words.split(' ').length > 3) return undefined;
  const file = await deps.service.familyFile(account);
  const children = file?.children.map((c) => c.child) ?? [];
  if (children.length < 2) return undefined;
  const understood = deps.understand(text, children.map((c) => c.firstName));
  const asksNothingElse = ['unknown', 'list_invoices', 'pay_invoice'].includes(understood.intent) && !understood.dates.length && !understood.month;
  const ids = children.filter((c) => understood.children?.includes(c.firstName)).map((c) => c.id);
  return asksNothingElse && ids.length ? ids : undefined;
}

/** Each invoice's share for these children (in cents), for the invoices that have a line of them. */
export async function sharesOf(deps: DialogDeps, account: Account, invoices: readonly Invoice[], childIds: readonly number[]): Promise<Map<number, number>> {
  const shares = new Map<number, number>();
  for (const invoice of invoices) {
    const { lines } = await deps.service.invoices.detail(account, invoice.id);
    const theirs = lines.filter((l) => l.childId !== null && childIds.includes(l.childId));
    if (theirs.length) shares.set(invoice.id, theirs.reduce((sum, l) => sum + l.amountCents, 0));
  }
  return shares;
}

/**
 * The invoices with a line of these children (the unpaid ones, to pay): none said (the follow-up kept), the one to
 * pay shown, else listed with their share.
 */
export async function invoicesOfChildren(deps: DialogDeps, step: WaterfallStepContext, account: Account, invoices: Invoice[], childIds: number[], pay: boolean, ids: { detail: string; pick: string }): Promise<DialogTurnResult> {
  const shares = await sharesOf(deps, account, invoices, childIds);
  const theirs = invoices.filter((i) => shares.has(i.id) && (!pay || i.status === 'issued'));
  if (theirs.length === 0) {
    const t = translator(deps, step.context);
    await send(deps, step.context, { text: t(pay && shares.size ? 'invoices.allPaidForChild' : 'invoices.noneForChild', { children: await childNames(deps, step, account, childIds) }) });
    return step.endDialog({ invoicesAsked: { childIds } });
  }
  if (pay && theirs.length === 1) return step.replaceDialog(ids.detail, { invoiceId: theirs[0]?.id });
  return step.replaceDialog(ids.pick, { pay, childIds });
}

/** The children's first names, joined (« Léa et Hugo »). */
export async function childNames(deps: DialogDeps, step: WaterfallStepContext, account: Account, childIds: readonly number[]): Promise<string> {
  const file = await deps.service.familyFile(account);
  const names = (file?.children ?? []).filter((c) => childIds.includes(c.child.id)).map((c) => c.child.firstName);
  return listFormat(localeOf(step.context), { type: 'conjunction' }).format(names);
}

/** The invoices a list shows (those to pay, those of the children asked) and, for children, each one's share. */
export async function shownInvoices(deps: DialogDeps, account: Account, all: Invoice[], options: { pay?: boolean; childIds?: number[] }): Promise<{ invoices: Invoice[]; shares?: Map<number, number> }> {
  const shares = options.childIds ? await sharesOf(deps, account, all, options.childIds) : undefined;
  return { invoices: all.filter((i) => (!options.pay || i.status === 'issued') && (!shares || shares.has(i.id))), ...(shares ? { shares } : {}) };
}
