/**
 * « Mes factures » and « payer ma facture », as in the seeds: « cliquez sur la facture, vérifiez le
 * montant, Paiements, Payer, module de paiement sécurisé Paybox, vous recevrez par mail votre
 * reçu ». The list and the detail are cards with the same words in text (numbered on SMS); « Payer »
 * gives a link to the bot's payment page (valid 30 minutes), « PDF » a link to the printable invoice.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { isDomainError } from '../src/domain/errors';
import type { Account, Invoice } from '../src/domain/types';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { askChoice, expectChoice, notUnderstood, readChoice, shownOptions as shownOptionsOf } from './choicePrompt';
import { ask, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { formatEuros } from './familyFileDialog';
import { chosenAfterPay, invoiceNamed, namesAll, pickInvoice, saysPay } from './invoiceNamed';
import { invoicePdfUrl, startPayment } from './invoicePay';
import type { SignInResult } from './signInDialog';
import { requireFamilyFile } from './familyFileFirst';
import { confirmsAnAction } from '../src/nlu/yesNo';
import { invoiceFacts, statusText } from './invoiceFacts';
import { asksIfPaid } from '../src/nlu/paidInvoiceQuestions';
import { prepare } from '../src/nlu/frenchText';
import { invoicePage, smsLength } from './invoicePages';
import { asksForNextPage } from './pages';
import { actionOptions, asksForPdf, invoiceDetailMessage, shownActions, type InvoiceAction } from './invoiceDetail';
import { answerAtStep } from './invoiceQuestions';
import type { ShownMonthResult } from './mainOptions';
import { childNames, childrenNamed, invoicesOfChildren, otherChildAsked, shownInvoices } from './invoicesOfChild';
import type { InvoicesOptions } from './invoicesOptions';

export const INVOICES_DIALOG = 'invoices';
const FLOW = 'invoicesFlow';
const PICK = 'invoicesPick';
const DETAIL = 'invoicesDetail';
const PROMPT = 'invoicesPrompt';
const IDS = { detail: DETAIL, pick: PICK };
/** A payment link sent: another invoice still to pay was said with it, as what to do next. */
const paid = (others: boolean): ShownMonthResult => ({ invoicesAsked: { payLink: true }, ...(others ? { nextSaid: true } : {}) });

export type { InvoicesOptions } from './invoicesOptions';

export class InvoicesDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(INVOICES_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    // An account not linked yet is asked its family key there and then, and its invoices come after (familyFileFirst.ts).
    this.addDialog(new WaterfallDialog(FLOW, [...requireFamilyFile(deps, 'invoices.signInFirst'), this.list.bind(this)]));
    this.addDialog(new WaterfallDialog(PICK, [this.askPick.bind(this), this.readPick.bind(this)]));
    this.addDialog(new WaterfallDialog(DETAIL, [this.showDetail.bind(this), this.readAction.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async account(step: WaterfallStepContext): Promise<Account | undefined> {
    return signedIn(this.deps, step.context);
  }

  private async fail(step: WaterfallStepContext, e: unknown): Promise<DialogTurnResult> {
    if (!isDomainError(e)) throw e;
    await send(this.deps, step.context, { text: translator(this.deps, step.context)(`errors.${e.code}`, e.params) });
    return step.endDialog();
  }

  private async list(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const account = (step.result as SignInResult | undefined)?.account;
    if (!account) return step.endDialog();
    const options = (step.options ?? {}) as InvoicesOptions;
    const t = translator(this.deps, step.context);
    let invoices: Invoice[];
    try {
      invoices = await this.deps.service.invoices.list(account);
    } catch (e) {
      return this.fail(step, e);
    }
    if (options.detail && options.invoiceId !== undefined) return step.replaceDialog(DETAIL, { invoiceId: options.invoiceId } satisfies InvoicesOptions);
    // « mon reçu », « payé par chèque mais toujours à payer », « pourquoi 73,80 ? »: answered, or that invoice's lines.
    const asked = await answerAtStep(this.deps, step, account, invoices, options.text, DETAIL);
    if (asked) return asked;
    if (invoices.length === 0) {
      await send(this.deps, step.context, { text: t('invoices.none') });
      return step.endDialog({ invoicesAsked: {} } satisfies ShownMonthResult);
    }
    // The invoice named in the first message (its label, number, month or amount): straight to it.
    const named = options.text ? invoiceNamed(options.text, options.pay ? invoices.filter((i) => i.status === 'issued') : invoices) ?? invoiceNamed(options.text, invoices) : undefined;
    if (named) return step.replaceDialog(DETAIL, { invoiceId: named.id } satisfies InvoicesOptions);
    if (options.text && namesAll(options.text)) return this.oneAtATime(step, invoices);
    const childIds = options.childIds ?? (await childrenNamed(this.deps, account, options.text)).map((c) => c.id);
    if (childIds.length) return invoicesOfChildren(this.deps, step, account, invoices, childIds, options.pay === true, IDS);
    if (options.pay) {
      const unpaid = invoices.filter((i) => i.status === 'issued');
      if (unpaid.length === 0) {
        await send(this.deps, step.context, { text: t('invoices.allPaid') });
        return step.endDialog();
      }
      if (unpaid.length === 1) return step.replaceDialog(DETAIL, { invoiceId: unpaid[0]?.id } satisfies InvoicesOptions);
    }
    return step.replaceDialog(PICK, { pay: options.pay } satisfies InvoicesOptions);
  }

  /** « les deux », « toutes »: paid one at a time, the first due first (the others after it, with « payer ma facture »). */
  private async oneAtATime(step: WaterfallStepContext, invoices: Invoice[]): Promise<DialogTurnResult> {
    const unpaid = invoices.filter((i) => i.status === 'issued').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    const first = unpaid[0] ?? invoices[0];
    if (!first) return step.endDialog();
    const lead = unpaid.length > 1 ? translator(this.deps, step.context)('invoices.oneAtATime') : undefined;
    return step.replaceDialog(DETAIL, { invoiceId: first.id, ...(lead ? { lead } : {}) } satisfies InvoicesOptions);
  }

  /** The list: number, label, period, amount and state of each invoice. */
  private async askPick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const account = await this.account(step);
    if (!account) return step.endDialog();
    const options = (step.options ?? {}) as InvoicesOptions;
    const t = translator(this.deps, step.context);
    const locale = localeOf(step.context);
    const all = await this.deps.service.invoices.list(account);
    const { invoices, shares } = await shownInvoices(this.deps, account, all, options);
    const children = options.childIds ? await childNames(this.deps, step, account, options.childIds) : undefined;
    const title = children ? t('invoices.childTitle', { children }) : t(options.pay ? 'invoices.unpaidTitle' : 'invoices.title');
    const share = (invoice: Invoice) => (shares?.has(invoice.id) ? [{ name: t('invoices.fact.childShare', { children }), value: formatEuros(locale, shares.get(invoice.id) ?? 0) }] : []);
    const items = invoices.map((invoice, n) => ({
      id: String(invoice.id),
      number: `${n + 1}.`,
      heading: `${invoice.number} — ${invoice.label}`,
      facts: [...invoiceFacts(t, locale, invoice, false), ...share(invoice)],
      open: t('invoices.open', { number: invoice.number }),
    }));
    const paid = this.deps.renderer.pageChars(step.context.activity.channelId) !== undefined;
    const question = t(invoices.length === 1 ? 'invoices.whichOne' : 'invoices.which', { count: invoices.length });
    const page = paid ? invoicePage(t, locale, invoices, options.page ?? 0, smsLength(title) + smsLength(question) + 1, (invoice) => (shares?.has(invoice.id) && children ? { children, cents: shares.get(invoice.id) ?? 0 } : undefined)) : undefined;
    (step.values as { nextPage?: number }).nextPage = page?.next;
    const cardText = page
      ? page.text
      : items.map((i) => `${i.number} ${i.heading}\n${i.facts.map((f) => `  ${t('format.labelValue', { label: f.name, value: f.value })}`).join('\n')}`).join('\n');
    // On the card, « 2. » alone at the start of a line would be a markdown list of its own, numbered 1: set in bold, it stays « 2. ».
    const cardItems = items.map((i) => ({ ...i, heading: `**${i.number}** ${i.heading}` }));
    // The title is the card's (not said again before it); in words, it heads the card's text.
    await send(this.deps, step.context, { text: '', cardText: `${title}\n${cardText}`, card: { template: 'invoices', data: { title, invoices: cardItems } } });
    // The list is on screen already: its numbers and labels are the options. One invoice listed: « Voulez-vous la voir ? », « oui » chooses it.
    expectChoice(step, invoices.map((i) => ({ label: i.label, synonyms: [i.number], ...(invoices.length === 1 ? { meaning: 'yes' as const } : {}) })));
    return ask(this.deps, step, PROMPT, { text: question }, options.lead ? `${options.lead}\n` : '');
  }

  private async readPick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as InvoicesOptions;
    const input = step.result as AnyInput;
    const account = await this.account(step);
    if (!account) return step.endDialog();
    const t = translator(this.deps, step.context);
    const all = await this.deps.service.invoices.list(account);
    const { invoices } = await shownInvoices(this.deps, account, all, options);
    // « suite » by SMS: the next page of the list.
    const nextPage = (step.values as { nextPage?: number }).nextPage;
    if (nextPage !== undefined && asksForNextPage(input.text)) return step.replaceDialog(PICK, { ...options, lead: undefined, page: nextPage } satisfies InvoicesOptions);
    const picked = pickInvoice(input, invoices, all);
    if (picked === 'menu') return step.endDialog({ menuAsked: true } satisfies ShownMonthResult);
    // « confirmer », « valider » answer no question of the list (the basket's « Confirmer » typed after « mes factures »): nothing opened nor paid.
    const byList = confirmsAnAction(input.text) ? undefined : readChoice(step) ?? chosenAfterPay(input.text, shownOptionsOf(step));
    const chosen = picked ?? (byList ? invoices[byList.index] : undefined) ?? invoiceNamed(input.text, invoices);
    if (!chosen && namesAll(input.text)) return this.oneAtATime(step, invoices);
    if (!chosen && saysPay(input.text)) return this.payFromList(step, account, invoices);
    const asked = chosen ? undefined : await answerAtStep(this.deps, step, account, all, input.text, DETAIL);
    if (asked) return asked;
    // « et pour hugo ? » at the list of Léa's invoices (or of all): Hugo's invoices.
    const other = chosen || input.value ? undefined : await otherChildAsked(this.deps, account, input.text);
    if (other) return invoicesOfChildren(this.deps, step, account, all, other, options.pay === true, IDS);
    // A card's invoice that is not the household's (an old or forged card): not found, not « not understood ».
    const fromCard = (input.value as { invoice?: unknown } | undefined)?.invoice !== undefined;
    if (!chosen) return step.replaceDialog(PICK, { ...options, lead: fromCard ? t('invoices.notFound') : notUnderstood(t, 'choice.task.invoices') });
    return step.replaceDialog(DETAIL, { invoiceId: chosen.id } satisfies InvoicesOptions);
  }

  /** « payer », « je paye », « régler » at the list: the one invoice to pay is paid; among several, which one is asked (the unpaid ones, numbered). */
  private async payFromList(step: WaterfallStepContext, account: Account, listed: Invoice[]): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const unpaid = listed.filter((i) => i.status === 'issued');
    if (unpaid.length === 0) {
      await send(this.deps, step.context, { text: t('invoices.allPaid') });
      return step.endDialog();
    }
    if (unpaid.length > 1) return step.replaceDialog(PICK, { pay: true, lead: t('invoices.payWhich', { count: unpaid.length }) } satisfies InvoicesOptions);
    try {
      return step.endDialog(paid(await startPayment(this.deps, step, account, unpaid[0]!.id)));
    } catch (e) {
      return this.fail(step, e);
    }
  }

  /** One invoice: its facts, its lines, the total and its state; « Payer » while it is to pay. */
  private async showDetail(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as InvoicesOptions;
    const account = await this.account(step);
    if (!account || options.invoiceId === undefined) return step.endDialog();
    const t = translator(this.deps, step.context);
    const locale = localeOf(step.context);
    let detail;
    try {
      detail = await this.deps.service.invoices.detail(account, options.invoiceId);
    } catch (e) {
      return this.fail(step, e);
    }
    const { invoice } = detail;
    const payable = invoice.status === 'issued';
    const pdfUrl = await invoicePdfUrl(this.deps, account, invoice.id);
    const paid = this.deps.renderer.isPaid(step.context.activity.channelId);
    if (!options.again) await send(this.deps, step.context, invoiceDetailMessage(t, locale, detail, pdfUrl, paid));
    return askChoice(this.deps, step, PROMPT, { text: t(payable ? 'invoices.nextPayable' : 'invoices.next'), options: actionOptions(t, payable) }, options.lead ? `${options.lead}\n` : '');
  }

  private async readAction(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as InvoicesOptions;
    const input = step.result as AnyInput;
    const t = translator(this.deps, step.context);
    const value = (input.value ?? {}) as { invoiceAction?: unknown; invoice?: unknown };
    const account = await this.account(step);
    if (!account || options.invoiceId === undefined) return step.endDialog();
    const invoiceId = value.invoice !== undefined ? Number(value.invoice) : options.invoiceId;
    // « c'est payé ? » is never « Payer » (read near it): the invoice's state is asked.
    const askedIfPaid = !value.invoiceAction && asksIfPaid(prepare(input.text));
    const chosen = askedIfPaid ? undefined : readChoice(step);
    const action = value.invoiceAction === 'pay' || value.invoiceAction === 'list' ? value.invoiceAction : chosen ? (shownActions(step)[chosen.index] as InvoiceAction) : undefined;
    if (action === 'list') return step.replaceDialog(PICK, {} satisfies InvoicesOptions);
    if (action === 'menu') return step.endDialog({ menuAsked: true } satisfies ShownMonthResult);
    // By SMS, the PDF's link on request; the invoice's question again.
    if (!action && asksForPdf(input.text)) {
      await send(this.deps, step.context, { text: t('invoices.pdfLink', { url: await invoicePdfUrl(this.deps, account, invoiceId) }) });
      return step.replaceDialog(DETAIL, { invoiceId, again: true } satisfies InvoicesOptions);
    }
    // « c'est payé ? », « is it paid? » at the invoice's question: its state said, the question again (it was « pas compris »).
    if (askedIfPaid) {
      const invoice = (await this.deps.service.invoices.list(account)).find((i) => i.id === invoiceId);
      if (invoice) await send(this.deps, step.context, { text: statusText(t, localeOf(step.context), invoice) });
      return step.replaceDialog(DETAIL, { invoiceId, again: true } satisfies InvoicesOptions);
    }
    // « mon reçu », « j'ai payé par chèque », « pourquoi ce montant ? » at the invoice's question: answered as from the menu.
    const asked = action ? undefined : await answerAtStep(this.deps, step, account, await this.deps.service.invoices.list(account), input.text, DETAIL, invoiceId);
    if (asked) return asked;
    const other = action || input.value ? undefined : await otherChildAsked(this.deps, account, input.text);
    if (other) return invoicesOfChildren(this.deps, step, account, await this.deps.service.invoices.list(account), other, false, IDS);
    if (action !== 'pay') return step.replaceDialog(DETAIL, { invoiceId: options.invoiceId, lead: notUnderstood(t, 'choice.task.invoices'), again: true } satisfies InvoicesOptions);
    try {
      return step.endDialog(paid(await startPayment(this.deps, step, account, invoiceId)));
    } catch (e) {
      return this.fail(step, e);
    }
  }
}
