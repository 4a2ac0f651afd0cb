/**
 * Mail: through the SMTP server of SMTP_URL, or, with none configured (the embedded default),
 * written as .eml files under DATA_DIR/outbox/ with their path logged, so that the bot works
 * with no mail server. Messages are worded from the locales.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import type { BookingDecisionMail, BookingMail, CodeMail, DataExportMail, DuplicatePaymentMail, Mailer, PaperReviewMail, PasswordLinkMail, ReceiptMail, RequestMail, RequestReferencesMail, RequestUpdateMail } from '../domain/mail';
import type { InvoiceMail } from '../domain/invoicing';
import type { Commune } from '../domain/types';
import { pickLocale, type Texts } from '../i18n';
import type { Logger } from '../logger';
import { euros } from '../domain/invoicing';
import { dateFormat, dayFormat } from '../domain/formats';
import { lazy } from '../lazy';
import { composeNow } from './outboxMessage';
import { randomHex } from './randomHex';

// Loaded at the first mail: most turns send none.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodemailer = lazy(() => require('nodemailer') as typeof import('nodemailer'));

export interface MailerOptions {
  smtpUrl?: string;
  from: string;
  outboxDir: string;
  texts: Texts;
  logger: Logger;
}

/**
 * The mail written whole: aside, then renamed (a reader never sees half a mail), readable by its owner
 * only; the folder made when it is missing. Written at once, in the turn (a failure fails the turn's
 * send): a few kilobytes written and renamed cost about 0.1 ms, as the state's write of the same turn
 * to the database in the same folder; through the thread pool (mkdir, open, write, close, rename) each
 * of the five steps waited for the event loop to come round again, behind the other residents' turns,
 * which made the sign-in code's turn the slowest under load (docs/scaling.md).
 */
function writeWhole(file: string, message: string | Buffer): void {
  const write = () => fs.writeFileSync(`${file}.tmp`, message, { mode: 0o600 });
  try {
    write();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    write();
  }
  fs.renameSync(`${file}.tmp`, file);
}

const longDay = (locale: string, day: string) => dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

export class MailSender implements Mailer {
  private made: Transporter | undefined;
  private readonly toOutbox: boolean;

  constructor(private readonly options: MailerOptions) {
    this.toOutbox = !options.smtpUrl;
  }

  /** The SMTP connection (or the outbox's stream), made at the first mail. */
  private get transport(): Transporter {
    return (this.made ??= this.options.smtpUrl
      ? nodemailer().createTransport(this.options.smtpUrl)
      : nodemailer().createTransport({ streamTransport: true, buffer: true, newline: 'unix' }));
  }

  async sendCode(mail: CodeMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { code: mail.code, minutes: mail.minutes, commune: mail.commune.name, portal: mail.commune.portalName };
    await this.send(mail.to, t(`mail.code.subject.${mail.purpose}`, params), t(`mail.code.body.${mail.purpose}`, params));
  }

  async sendPasswordLink(mail: PasswordLinkMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { url: mail.url, minutes: mail.minutes, commune: mail.commune.name, portal: mail.commune.portalName };
    await this.send(mail.to, t(`mail.passwordLink.subject.${mail.reason}`, params), `${t(`mail.passwordLink.body.${mail.reason}`, params)}\n\n${t('mail.signature', params)}`);
  }

  async sendRequestConfirmation(mail: RequestMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { reference: mail.reference, kind: t(`request.kind.${mail.kind}`), commune: mail.commune.name, portal: mail.commune.portalName };
    await this.send(mail.to, t('mail.request.subject', params), t('mail.request.body', params));
  }

  async sendRequestUpdate(mail: RequestUpdateMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { reference: mail.reference, kind: t(`request.kind.${mail.kind}`), status: t(`request.status.${mail.status}`), commune: mail.commune.name, portal: mail.commune.portalName };
    const message = mail.message ? `\n\n${t('mail.requestUpdate.message', { message: mail.message })}` : '';
    await this.send(mail.to, t('mail.requestUpdate.subject', params), `${t('mail.requestUpdate.body', params)}${message}\n\n${t('mail.signature', params)}`);
  }

  async sendRequestReferences(mail: RequestReferencesMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { commune: mail.commune.name, portal: mail.commune.portalName };
    const day = dayFormat(mail.locale, 'Europe/Paris');
    const lines = mail.requests.map((r) => t('mail.references.line', { reference: r.reference, kind: t(`request.kind.${r.kind}`), date: day.format(new Date(r.createdAt)), status: t(`request.status.${r.status}`) }));
    await this.send(mail.to, t('mail.references.subject', params), `${t('mail.references.body', params)}\n\n${lines.join('\n')}\n\n${t('mail.references.follow', params)}\n\n${t('mail.signature', params)}`);
  }

  async sendBookingConfirmation(mail: BookingMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { reference: mail.reference, commune: mail.commune.name, portal: mail.commune.portalName };
    await this.send(mail.to, t('mail.booking.subject', params), `${t('mail.booking.body', params)}\n\n${mail.summary}\n\n${t('mail.signature', params)}`);
  }

  async sendBookingDecision(mail: BookingDecisionMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { commune: mail.commune.name, portal: mail.commune.portalName };
    const day = dateFormat(mail.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const lines = mail.items.map((i) => `- ${i.childName}, ${i.activityLabel} : ${day.format(new Date(`${i.day}T12:00:00Z`))}`);
    const message = mail.message ? `\n\n${t('mail.requestUpdate.message', { message: mail.message })}` : '';
    await this.send(mail.to, t(`mail.bookingDecision.subject.${mail.decision}`, params), `${t(`mail.bookingDecision.body.${mail.decision}`, params)}\n\n${lines.join('\n')}${message}\n\n${t('mail.signature', params)}`);
  }

  async sendPaperReview(mail: PaperReviewMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { kind: t(`documents.kind.${mail.paperKind}`), reason: mail.reason ?? '', commune: mail.commune.name, portal: mail.commune.portalName };
    const which = mail.accepted ? 'accepted' : 'refused';
    await this.send(mail.to, t(`mail.paperReview.subject.${which}`, params), `${t(`mail.paperReview.body.${which}`, params)}\n\n${t('mail.signature', params)}`);
  }

  async sendInvoice(mail: InvoiceMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const { invoice } = mail;
    const params = { number: invoice.number, label: invoice.label, amount: euros(invoice.totalCents, mail.locale), due: longDay(mail.locale, invoice.dueOn), commune: mail.commune.name, portal: mail.commune.portalName };
    await this.send(mail.to, t('mail.invoice.subject', params), `${t('mail.invoice.body', params)}\n\n${t('mail.signature', params)}`, [
      { filename: `facture-${invoice.number}.pdf`, content: mail.pdf, contentType: 'application/pdf' },
    ]);
  }

  async sendReceipt(mail: ReceiptMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const at = dateFormat(mail.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(mail.paidAt));
    const params = { number: mail.invoice.number, label: mail.invoice.label, amount: euros(mail.amountCents, mail.locale), date: at, authorization: mail.authorization, reference: mail.reference, commune: mail.commune.name, portal: mail.commune.portalName };
    await this.send(mail.to, t('mail.receipt.subject', params), `${t('mail.receipt.body', params)}\n\n${t('mail.signature', params)}`);
  }

  async sendDuplicatePayment(mail: DuplicatePaymentMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const at = dateFormat(mail.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(mail.paidAt));
    const params = { number: mail.invoice.number, label: mail.invoice.label, amount: euros(mail.amountCents, mail.locale), date: at, reference: mail.reference, commune: mail.commune.name, portal: mail.commune.portalName };
    await this.send(mail.to, t('mail.duplicatePayment.subject', params), `${t('mail.duplicatePayment.body', params)}\n\n${t('mail.signature', params)}`);
  }

  async sendReminder(mail: { to: string; commune: Commune; text: string; locale: string }): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { text: mail.text, commune: mail.commune.name, portal: mail.commune.portalName };
    await this.send(mail.to, t('mail.reminder.subject', params), `${t('mail.reminder.body', params)}\n\n${t('mail.signature', params)}`);
  }

  async sendDataExport(mail: DataExportMail): Promise<void> {
    const t = this.options.texts.for(pickLocale(mail.locale));
    const params = { commune: mail.commune.name, portal: mail.commune.portalName };
    await this.send(mail.to, t('mail.export.subject', params), t('mail.export.body', params), [
      { filename: 'mes-donnees.json', content: mail.json, contentType: 'application/json' },
    ]);
  }

  private async send(to: string, subject: string, text: string, attachments?: Array<{ filename: string; content: string | Buffer; contentType: string }>): Promise<void> {
    // To the outbox, a mail of text alone is composed at once (src/mail/outboxMessage.ts).
    const now = this.toOutbox && !attachments ? composeNow({ from: this.options.from, to, subject, text }) : undefined;
    const info = now ? { message: now } : ((await this.transport.sendMail({ from: this.options.from, to, subject, text, attachments })) as { message?: Buffer });
    if (!this.toOutbox) {
      this.options.logger.info('mail.sent', { via: 'smtp' });
      return;
    }
    const file = path.join(this.options.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomHex(4)}.eml`);
    writeWhole(file, info.message ?? '');
    this.options.logger.info('mail.outbox', { file });
  }

  close(): void {
    this.made?.close();
  }
}
