/** Codes, keys and tokens never reach the logs or the stored state. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/client';
import { StateRepository } from '../db/repositories';
import { sqliteStore } from '../db/store';
import { SqlStorage } from '../src/bot/sqlStorage';
import { createLogger } from '../src/logger';
import { redact } from '../src/redact';

describe('redaction', () => {
  it.each([
    ['123456', '•••'],
    ['mon code est 042 917', 'mon code est •••'],
    ['ABCD-2345-EFGH', '•••'],
    ['ABCD-2345-EFGH-JKMN', '•••'],
    ['ma clé abcd 2345 efgh jkmn merci', 'ma clé ••• merci'],
    ['ma clé abcd 2345 efgh merci', 'ma clé ••• merci'],
    ['mot de passe: Sup3r!', 'mot de passe: •••'],
    ['token=abc.def', 'token=•••'],
  ])('hides « %s »', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(['06 12 34 56 78', '2026-11-23T02-33-28-411Z-53aa1986.eml', 'facture 2026-0113', 'le 12/01', 'j ai 3 enfants', '1234567', '78955 Carrières', 'cantine le 3 décembre'])('leaves « %s » as it is', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('keeps codes out of log lines', () => {
    const lines: string[] = [];
    createLogger('info', (l) => lines.push(l)).error('turn.error', { error: 'Invalid code 042917 for ABCD-2345-EFGH', nested: { input: '123 456' } });
    expect(lines.join('\n')).not.toMatch(/042917|ABCD-2345-EFGH|123 456/);
    expect(lines.join('\n')).toContain('•••');
  });

  it('keeps codes out of the stored conversation state', async () => {
    const db = openDatabase({ file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'redact-')), 'db.sqlite'), migrationsFolder: path.resolve(__dirname, '../db/migrations') });
    try {
      await new SqlStorage(new StateRepository(sqliteStore(db))).write({ conv: { pending: { text: 'mon code 042917' } } });
      const row = db.$client.prepare('select data from bot_state').get() as { data: string };
      expect(row.data).not.toContain('042917');
      expect(row.data).toContain('•••');
    } finally {
      db.$client.close();
    }
  });
});
