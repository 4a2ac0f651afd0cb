/**
 * The Régie's commands: a one-off invoice (amounts as an agent types them), the monthly invoicing
 * run by hand (twice: nothing more), bad input answered in French, payments flagged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAmount } from '../../src/admin/invoiceCommands';
import { runAdmin } from '../support/adminRun';

let dir: string;
const env = () => ({ DATA_DIR: dir, LOG_LEVEL: 'silent', SECRET_KEY: 'ab'.repeat(32) });

async function run(...argv: string[]) {
  const result = await runAdmin(argv, env());
  return { ...result, out: result.out.replace(/[\u202f\u00a0]/g, ' ') };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-inv-'));
});

it('reads amounts as agents type them', () => {
  expect(['73,80', '73.8', '73', '73,80 €', '0,05'].map(parseAmount)).toEqual([7380, 7380, 7300, 7380, 5]);
  expect(['', 'abc', '-3', '1,234', '73,80,1'].map(parseAmount)).toEqual([undefined, undefined, undefined, undefined, undefined]);
});

it('creates a one-off invoice, and refuses a bad amount or an unknown file in French', async () => {
  const made = await run('create-invoice', '--commune', 'carrieres-sous-poissy', '--file-number', 'CSP-F-000101', '--label', '7916 - Séjour CT 3 (Ecole du PARC)', '--amount', '73,80', '--due', '2099-01-31');
  expect(made).toMatchObject({ code: 0 });
  expect(made.out).toMatch(/CSP-FAC-\d{4}-000001/);
  // The due date as residents read it, not the ISO form typed in the option.
  expect(made.out).toContain('31 janvier 2099');
  const bad = await run('create-invoice', '--commune', 'carrieres-sous-poissy', '--file-number', 'CSP-F-000101', '--label', 'Séjour', '--amount', 'douze');
  expect(bad.code).toBe(1);
  expect(bad.err).toContain('Le montant doit être positif, en euros, par exemple 73,80.');
  const unknown = await run('create-invoice', '--commune', 'carrieres-sous-poissy', '--file-number', 'CSP-F-999999', '--label', 'Séjour', '--amount', '10');
  expect(unknown.err).toContain('Aucun dossier famille ne porte le numéro CSP-F-999999 dans cette commune.');
});

it('runs the invoicing of a month, and refuses a malformed month', async () => {
  const first = await run('run-invoicing', '--commune', 'carrieres-sous-poissy', '--month', '2026-10');
  expect(first).toMatchObject({ code: 0 });
  expect(first.out).toContain('Facturation de 2026-10 : 0 facture(s) créée(s), 0 déjà faite(s), 0 envoyée(s) par e-mail.');
  const bad = await run('run-invoicing', '--commune', 'carrieres-sous-poissy', '--month', 'octobre');
  expect(bad.code).toBe(1);
  expect(bad.err).toContain('Le mois doit s\'écrire AAAA-MM');
});

it('flags payments still pending', async () => {
  const result = await run('reconcile-payments');
  expect(result).toMatchObject({ code: 0 });
  expect(result.out).toContain('0 paiement(s) encore en attente après 30 minutes');
});
