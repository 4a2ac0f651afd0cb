/**
 * The invoice PDF is accessible: tagged PDF 1.7 with its language and a title readers show, and a
 * structure tree in reading order (Document > P…, H1, P…, Table > TR > TH/TD, P…) whose elements
 * hold the invoice's own words and amounts; the table keeps its structure across pages.
 */
import { PdfInvoiceRenderer } from '../../src/pdf/invoicePdf';
import { buildCore, type Core } from '../../src/index';
import type { InvoiceDocument } from '../../src/domain/invoicing';
import type { InvoiceLine } from '../../src/domain/types';
import { tempConfig } from '../support/harness';
import { flatten, readPdf, type StructNode } from '../support/pdfStructure';

let core: Core;
beforeAll(() => {
  core = buildCore(tempConfig());
});
afterAll(() => core.close());

const line = (label: string, quantity: number, unitPriceCents: number): InvoiceLine => ({ childId: 1, activityId: 1, label, quantity, unitPriceCents, amountCents: quantity * unitPriceCents });

async function invoiceDoc(lines: InvoiceLine[], status: 'issued' | 'paid' = 'issued'): Promise<InvoiceDocument> {
  const commune = await core.service.findCommune('carrieres-sous-poissy');
  if (!commune) throw new Error('demo commune missing');
  return {
    commune,
    household: { id: 1, communeId: commune.id, fileNumber: 'CSP-F-000101', name: 'DURAND', address: '12 rue des Lilas', postalCode: '78955', city: 'Carrières-sous-Poissy', quotientFamilial: null, eInvoice: false },
    invoice: { id: 1, householdId: 1, number: 'CSP-FAC-2026-000042', label: 'Périscolaire novembre 2026', periodStart: '2026-11-01', periodEnd: '2026-11-30', issuedOn: '2026-12-01', dueOn: '2026-12-15', totalCents: lines.reduce((s, l) => s + l.amountCents, 0), status, paidAt: null, kind: 'monthly' },
    lines,
  };
}

const render = async (lines: InvoiceLine[], status?: 'issued' | 'paid') => readPdf(await new PdfInvoiceRenderer(core.texts).render(await invoiceDoc(lines, status)));
const cells = (row: StructNode) => row.children.map((c) => `${c.type}:${c.text.trim()}`);

describe('invoice PDF, accessible', () => {
  const two = [line('Restauration scolaire — Léa', 10, 358), line('Accueil du soir — Léa', 5, 200)];

  it('is a tagged PDF 1.7 in French whose title is shown instead of the file name', async () => {
    const pdf = await render(two);
    expect(pdf.version).toBe('%PDF-1.7');
    expect(pdf.entry('Lang')).toBe('(fr-FR)');
    expect(pdf.entry('MarkInfo')).toMatch(/\/Marked true/);
    expect(pdf.entry('ViewerPreferences')).toMatch(/\/DisplayDocTitle true/);
    expect(pdf.entry('StructTreeRoot')).toMatch(/\/Type \/StructTreeRoot/);
    expect(pdf.title).toBe('Facture CSP-FAC-2026-000042');
  });

  it('has one Document element whose children follow the reading order, one H1 with the number', async () => {
    const pdf = await render(two);
    expect(pdf.tree.map((n) => n.type)).toEqual(['Document']);
    const top = pdf.tree[0]?.children ?? [];
    expect(top.map((n) => n.type)).toEqual(['P', 'P', 'P', 'P', 'P', 'H1', 'P', 'P', 'P', 'Table', 'P', 'P']);
    const texts = top.map((n) => n.text);
    expect(texts[0]).toBe('Carrières-sous-Poissy');
    expect(texts[2]).toContain('DURAND');
    expect(texts[3]).toBe('12 rue des Lilas');
    expect(texts[5]).toBe('Facture CSP-FAC-2026-000042');
    expect(texts[6]).toBe('Périscolaire novembre 2026');
    expect(texts[10]).toContain('15 décembre 2026');
    // every element but the table holds its own text; no text is left untagged in between
    for (const n of top.filter((n) => n.type !== 'Table')) expect(n.text.trim().length).toBeGreaterThan(0);
  });

  it('tags the lines as a table: a header row of TH, one TR per line with its amounts, the total row', async () => {
    const pdf = await render(two);
    const table = pdf.tree[0]?.children.find((n) => n.type === 'Table');
    const rows = table?.children ?? [];
    expect(rows.map((r) => r.type)).toEqual(['TR', 'TR', 'TR', 'TR']);
    expect(cells(rows[0] as StructNode)).toEqual(['TH:Désignation', 'TH:Quantité', 'TH:Prix unitaire', 'TH:Montant']);
    expect(cells(rows[1] as StructNode)).toEqual(['TD:Restauration scolaire — Léa', 'TD:10', 'TD:3,58 €', 'TD:35,80 €']);
    expect(cells(rows[2] as StructNode)).toEqual(['TD:Accueil du soir — Léa', 'TD:5', 'TD:2,00 €', 'TD:10,00 €']);
    expect(cells(rows[3] as StructNode)).toEqual(['TH:Total', 'TD:', 'TD:', 'TD:45,80 €']);
  });

  it('says the invoice is paid in a tagged paragraph after the table when it is', async () => {
    const pdf = await render(two, 'paid');
    const top = pdf.tree[0]?.children ?? [];
    const after = top.slice(top.findIndex((n) => n.type === 'Table') + 1);
    expect(after[0]?.text).toBe('Facture réglée : 45,80 €');
  });

  it('keeps one table with every row tagged when the lines run over two pages', async () => {
    const many = Array.from({ length: 70 }, (_, i) => line(`Restauration scolaire — jour ${i + 1}`, 1, 358));
    const pdf = await render(many);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    const all = flatten(pdf.tree);
    expect(all.filter((n) => n.type === 'Table')).toHaveLength(1);
    expect(all.filter((n) => n.type === 'TR')).toHaveLength(72);
    const amounts = all.filter((n) => n.type === 'TD' && n.text === '3,58 €');
    expect(amounts).toHaveLength(140);
    expect(all.filter((n) => n.type === 'TD').map((n) => n.text)).toContain('Restauration scolaire — jour 70');
    expect(all.at(-1)?.text).toMatch(/payer en ligne/);
  });
});
