/**
 * A printable invoice (A4 PDF) made with pdfkit: the commune and its « Régie », the household,
 * the number, period and dates, one row per line, the total and what to do (pay before the due
 * date, or « Facture réglée »). Words come from the locales.
 *
 * Accessible (PDF/UA's main points, as pdfkit allows): a tagged PDF 1.7 (/MarkInfo /Marked true,
 * a structure tree in reading order: Document > P, H1, P, Table > TR > TH/TD, P), its language
 * (fr-FR), a title shown by readers instead of the file name (/DisplayDocTitle). The table has a
 * header row (TH, scope column) and the total's label is a row header (TH, scope row).
 * The standard PDF fonts encode WinAnsi only: the narrow no-break spaces of French number
 * formats become plain spaces.
 */
import type PDFKit from 'pdfkit';

/** Loaded on the first invoice PDF, not at start-up (a tenth of a second saved before the first reply). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadPdfKit = (): typeof PDFKit => require('pdfkit') as typeof PDFKit;
import { dateFormat } from '../domain/formats';
import type { InvoiceDocument, InvoicePdf } from '../domain/invoicing';
import type { Texts } from '../i18n';

const winAnsi = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

/** A table cell: header cells are TH with their scope (pdfkit reads `scope`; its types omit it). */
type Cell = PDFKit.Mixins.CellOptions & { scope?: 'column' | 'row' };
/** pdfkit tags the table under `structParent` (its types omit it). */
type TaggedTable = PDFKit.Mixins.TableOptionsWithData & { structParent: PDFKit.PDFStructureElement };

export class PdfInvoiceRenderer implements InvoicePdf {
  constructor(private readonly texts: Texts) {}

  render({ commune, household, invoice, lines }: InvoiceDocument): Promise<Buffer> {
    const t = this.texts.for('fr');
    const money = (cents: number) => winAnsi(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100));
    const date = (day: string) => winAnsi(dateFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`)));
    const regie = commune.services.find((s) => s.code === commune.topics.invoices) ?? commune.services[0];
    const title = winAnsi(`${t('invoice.pdf.title')} ${invoice.number}`);
    const PDFDocument = loadPdfKit();
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      pdfVersion: '1.7',
      tagged: true,
      lang: 'fr-FR',
      displayTitle: true,
      info: { Title: title, Author: winAnsi(commune.name), Subject: winAnsi(invoice.label) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    const root = doc.struct('Document');
    doc.addStructure(root);
    /** One tagged block of text, in reading order. */
    const say = (text: string, structType = 'P', options: PDFKit.Mixins.TextOptions = {}) => doc.text(winAnsi(text), { ...options, structParent: root, structType });

    doc.font('Helvetica-Bold').fontSize(16);
    say(commune.name);
    doc.font('Helvetica').fontSize(10);
    if (regie) say([regie.name, regie.phone, regie.email].filter(Boolean).join(' · '));
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(11);
    say(t('invoice.pdf.household', { name: household.name, file: household.fileNumber }));
    doc.font('Helvetica').fontSize(10);
    const address = [household.address, [household.postalCode, household.city].filter(Boolean).join(' ')].filter(Boolean).join('\n');
    if (address) say(address);
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(14);
    say(title, 'H1');
    doc.font('Helvetica').fontSize(10);
    say(invoice.label);
    if (invoice.periodStart && invoice.periodEnd) say(t('invoice.pdf.period', { from: date(invoice.periodStart), to: date(invoice.periodEnd) }));
    say(t('invoice.pdf.dates', { issued: date(invoice.issuedOn), due: date(invoice.dueOn) }));
    doc.moveDown();

    const right = { x: 'right' } as const;
    const bold = { src: 'Helvetica-Bold' };
    const header: Cell[] = [
      { text: t('invoice.pdf.col.label'), type: 'TH', scope: 'column', font: bold },
      ...['quantity', 'unit', 'amount'].map((c): Cell => ({ text: t(`invoice.pdf.col.${c}`), type: 'TH', scope: 'column', font: bold, align: right })),
    ];
    const body: Cell[][] = lines.map((l) => [{ text: winAnsi(l.label) }, { text: String(l.quantity), align: right }, { text: money(l.unitPriceCents), align: right }, { text: money(l.amountCents), align: right }]);
    const total: Cell[] = [{ text: t('invoice.pdf.total'), type: 'TH', scope: 'row', font: bold }, { text: '' }, { text: '' }, { text: money(invoice.totalCents), font: bold, align: right }];
    const table: TaggedTable = {
      structParent: root,
      columnStyles: [270, 60, 80, 85],
      defaultStyle: { border: 0, padding: 2 },
      rowStyles: (i: number) => (i === 0 ? { border: [0, 0, 1, 0] } : i === body.length + 1 ? { border: [1, 0, 0, 0] } : {}),
      data: [header, ...body, total],
    };
    doc.table(table);
    doc.moveDown();
    doc.x = 50;

    const status = invoice.status === 'paid' ? t('invoice.pdf.paid', { amount: money(invoice.totalCents) }) : t('invoice.pdf.toPay', { due: date(invoice.dueOn) });
    doc.font('Helvetica-Bold');
    say(status);
    doc.font('Helvetica').fontSize(9);
    say(t('invoice.pdf.howToPay', { portal: commune.portalName }));
    root.end();
    doc.end();
    return done;
  }
}
