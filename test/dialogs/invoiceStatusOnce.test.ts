/**
 * An invoice's state said once: the list gives it among each invoice's facts; the detail gives it on its own line
 * (and the card's status), not also among its facts (« État : Facture réglée » then « Facture réglée »).
 */
import path from 'node:path';
import type { Invoice } from '../../src/domain/types';
import { Texts } from '../../src/i18n';
import { invoiceFacts } from '../../dialogs/invoiceFacts';
import { ROOT } from '../support/harness';

const t = Texts.create(path.join(ROOT, 'locales')).for('fr');
const PAID: Invoice = { id: 1, householdId: 1, number: 'CSP-FAC-2026-000001', label: 'Cantine novembre', periodStart: '2026-11-01', periodEnd: '2026-11-30', issuedOn: '2026-12-01', dueOn: '2026-12-15', totalCents: 7380, status: 'paid', paidAt: '2026-12-02T10:00:00Z', kind: 'monthly' };

describe('the state of an invoice', () => {
  it('in the list: among its facts', () => {
    expect(invoiceFacts(t, 'fr', PAID, false).map((f) => f.name)).toContain(t('invoices.fact.status'));
  });

  it('in the detail: not among its facts (said on its own line)', () => {
    expect(invoiceFacts(t, 'fr', PAID, true).map((f) => f.name)).not.toContain(t('invoices.fact.status'));
  });
});
