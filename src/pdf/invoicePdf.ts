/**
 * A printable invoice (A4 PDF) made with pdfkit: the commune and its « Régie », the household,
 * the number, period and dates, one row per line, the total and what to do (pay before the due
 * date, or « Facture réglée »). Words come from the locales.
 * The standard PDF fonts encode WinAnsi only: the narrow no-break spaces of French number
 * formats become plain spaces.
 */
import type PDFKit from 'pdfkit';

/** Loaded on the first invoice PDF, not at start-up (a tenth of a second saved before the first reply). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadPdfKit = (): typeof PDFKit => require('pdfkit') as typeof PDFKit;
import type { InvoiceDocument, InvoicePdf } from '../domain/invoicing';
import type { Texts } from '../i18n';

const winAnsi = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

export class PdfInvoiceRenderer implements InvoicePdf {
  constructor(private readonly texts: Texts) {}

  render({ commune, household, invoice, lines }: InvoiceDocument): Promise<Buffer> {
    const t = this.texts.for('fr');
    const money = (cents: number) => winAnsi(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100));
    const date = (day: string) => winAnsi(new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`)));
    const regie = commune.services.find((s) => s.code === commune.topics.invoices) ?? commune.services[0];
    const PDFDocument = loadPdfKit();
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${t('invoice.pdf.title')} ${invoice.number}`, Author: commune.name } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    doc.font('Helvetica-Bold').fontSize(16).text(winAnsi(commune.name));
    doc.font('Helvetica').fontSize(10);
    if (regie) doc.text(winAnsi([regie.name, regie.phone, regie.email].filter(Boolean).join(' · ')));
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(11).text(winAnsi(t('invoice.pdf.household', { name: household.name, file: household.fileNumber })));
    doc.font('Helvetica').fontSize(10).text(winAnsi([household.address, [household.postalCode, household.city].filter(Boolean).join(' ')].filter(Boolean).join('\n')));
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(14).text(winAnsi(`${t('invoice.pdf.title')} ${invoice.number}`));
    doc.font('Helvetica').fontSize(10).text(winAnsi(invoice.label));
    if (invoice.periodStart && invoice.periodEnd) doc.text(winAnsi(t('invoice.pdf.period', { from: date(invoice.periodStart), to: date(invoice.periodEnd) })));
    doc.text(winAnsi(t('invoice.pdf.dates', { issued: date(invoice.issuedOn), due: date(invoice.dueOn) })));
    doc.moveDown();
    const x = { label: 50, qty: 330, unit: 390, amount: 470 };
    const row = (cells: [string, string, string, string], bold = false) => {
      const y = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
      doc.text(winAnsi(cells[0]), x.label, y, { width: 270 });
      const end = doc.y;
      doc.text(cells[1], x.qty, y, { width: 50, align: 'right' });
      doc.text(cells[2], x.unit, y, { width: 70, align: 'right' });
      doc.text(cells[3], x.amount, y, { width: 75, align: 'right' });
      doc.y = Math.max(end, doc.y) + 4;
      doc.x = x.label;
    };
    row([t('invoice.pdf.col.label'), t('invoice.pdf.col.quantity'), t('invoice.pdf.col.unit'), t('invoice.pdf.col.amount')], true);
    for (const l of lines) row([l.label, String(l.quantity), money(l.unitPriceCents), money(l.amountCents)]);
    doc.moveDown(0.5);
    row([t('invoice.pdf.total'), '', '', money(invoice.totalCents)], true);
    doc.moveDown();
    const status = invoice.status === 'paid' ? t('invoice.pdf.paid', { amount: money(invoice.totalCents) }) : t('invoice.pdf.toPay', { due: date(invoice.dueOn) });
    doc.font('Helvetica-Bold').text(winAnsi(status), x.label);
    doc.font('Helvetica').fontSize(9).text(winAnsi(t('invoice.pdf.howToPay', { portal: commune.portalName })));
    doc.end();
    return done;
  }
}
