/** Codes, keys and tokens never reach the logs or the stored state. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/client';
import { StateRepository } from '../db/repositories';
import { sqliteStore } from '../db/sqliteStore';
import { SqlStorage, writeTexts } from '../src/bot/sqlStorage';
import { createLogger } from '../src/logger';
import { readLocaleFile } from '../src/i18n';
import { cleanTextsKept, EXAMPLE_KEY, REDACTED, redact, redactAnswer, redactKept } from '../src/redact';
import { codeIn, familyKeyIn } from '../src/domain/secretShapes';

describe('redaction', () => {
  it.each([
    ['123456', '•••'],
    ['mon code est 042 917', 'mon code est •••'],
    ['ABCD-2345-EFGH', '•••'],
    ['ABCD-2345-EFGH-JKMQ', '•••'],
    ['ma clé abcd 2345 efgh jkmn merci', 'ma clé ••• merci'],
    ['ma clé abcd 2345 efgh merci', 'ma clé ••• merci'],
    ['mot de passe: Sup3r!', 'mot de passe: •••'],
    ['token=abc.def', 'token=•••'],
    // Every spelling the checkers accept: separators, case, O for 0.
    ['mon code 33-86-29', 'mon code •••'],
    ['code : 042.917.', 'code : •••.'],
    ['O42 917 merci', '••• merci'],
    ['12 - 34 - 56', '•••'],
    ['abcd.2345.efgh.jkmn', '•••'],
    ['abcd_2345_efgh_jkmn !', '••• !'],
    ['ma clé abcd2345efghjkmn', 'ma clé •••'],
    ['ABCD–2345–EFGH–JKMN', '•••'],
    ['abcd-efgh-jkom-npqr', '•••'],
    ['la clé ABCD 2345 EFGH JKMN et le code 123 456', 'la clé ••• et le code •••'],
    // Words with vowels and no digit, right after the key's name: the key.
    ['ma clé enfance est kqza abby ynxy pahb', 'ma clé enfance est •••'],
    ['code famille : kqza abby ynxy pahb merci', 'code famille : ••• merci'],
    // Copied as shown, in capitals of the keys' alphabet, even with no digit and vowels in every group.
    ['ECMR YXSD PEJG MAVP', '•••'],
    ['BVEC EDAQ JGAF ECXH', '•••'],
    // A password typed alone, though the bot says to type it only on the secure page.
    ['MotDePasse!2026xyz', '•••'],
    ['soleil2024!', '•••'],
    [' Soleil2024# ', '•••'],
    ['mot2PasseSecret', '•••'],
  ])('hides « %s »', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(['06 12 34 56 78', '2026-11-23T02-33-28-411Z-53aa1986.eml', 'facture 2026-0113', 'le 12/01', 'j ai 3 enfants', '1234567', '78955 Carrières', 'cantine le 3 décembre',
    // Dates, phone numbers, amounts, postal codes, invoice numbers and references the bot shows, e-mails, French words.
    'absent le 12.03.2026', 'absent le 12.03.26', 'le 1.3.2026', 'le 2026-3-1', '01.23.45.67.89', '06 12 34 56', 'payé 123 456,78 €', '100 000 €',
    'CSP-FAC-2026-000001', 'CSP-FAC-2026-000001-ABCD1234EF', 'CSP-2026-000123', 'csp 2026 12', 'jean.pierre.martin@example.org',
    'du 3 mars 2026 avec Léa', 'inscriptions', 'INSCRIPTIONS', 'mais elle sera avec nous', 'rdv à 14:30',
    // The same words without the key's name before them read as French.
    'elle sera avec nous mais pour', 'la cle du garage sera avec nous demain',
    // In capitals: French words have an I, L, O or U, which keys never show.
    'ELLE SERA AVEC MOIS', 'PAPA VIENT CHEZ TOTO',
    // Not passwords: a name, times, a word and its number, a web address.
    'Jean-Pierre', '14h30-16h30', 'bonjour123', 'www.carrieres-sous-poissy.fr', 'CSP-F-000101',
    // Days, times, names, phones and lists written without spaces.
    'Mardi12h', 'jeudi15/12', 'Lucas2015', 'Hugo,CE2', '14h30/16h30', 'tel:0612131415', 'n°12345678', 'Mercredi16', 'Soleil2024'])('leaves « %s » as it is', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('reads the same spellings as the checkers: what a checker takes from a sentence is what is hidden', () => {
    for (const [text, code] of [['mon code 33-86-29', '338629'], ['O42.917', '042917'], ['code 12 - 34 - 56', '123456']] as const) {
      expect(codeIn(text)).toBe(code);
      expect(redact(text)).not.toMatch(/\d{2}/);
    }
    expect(familyKeyIn('ma clé est abcd.2345.efgh.jkmn')).toBe('ABCD2345EFGHJKMN');
    expect(redact('ma clé est abcd.2345.efgh.jkmn')).toBe('ma clé est •••');
    // Two codes in one sentence: the checker takes neither, redaction hides both.
    expect(codeIn('123456 ou 654321')).toBeUndefined();
    expect(redact('123456 ou 654321')).toBe('••• ou •••');
    // Not a code for the checker in a sentence, not hidden either.
    expect(codeIn('appelez le 06 12 34 56 78')).toBeUndefined();
  });

  it('hides a whole answer to a secret question, near misses too, but not an e-mail address', () => {
    expect(redactAnswer('ABCD-2345-EFGH-JKM')).toBe('•••');
    expect(redactAnswer('12 03 26')).toBe('•••');
    expect(redactAnswer('julie.durand@example.org')).toBe('julie.durand@example.org');
  });

  it.each([
    ['nan en fait vendredi', true],
    ["je l'ai pas reçu", true],
    ['i dont know my email', true],
    ['mot de passe oublié', true],
    // A key inside a sentence is hidden as in any message (« ••• et voilà »).
    ['abcd efgh jkmn pqrs et voila', true],
    ['Je ne sais plus.', true],
    // Secrets, or what may be one: a key in letters (four groups of four), a password, a word or two, digits.
    ['abcd efgh jkmn pqrs', false],
    ['ABCD EFGH JKMN PQR', false],
    ['Soleil2024!', false],
    ['azerty', false],
    ['mon chat', false],
    ['mon code 123456', false],
    ['le mot de passe Toto123', false],
  ])('« %s » answered to a secret question is shown as words: %s', (said, shown) => {
    // Shown as any message is (what follows « mot de passe » is still hidden), or hidden whole.
    expect(redactAnswer(said)).toBe(shown ? redact(said) : '•••');
  });

  it('keeps the example key of the bot\'s own questions, written as they write it, so that a question asked again still shows it', () => {
    expect(redact('par exemple ABCD-2345-EFGH-JKMN. Si vous ne l\'avez pas')).toBe('par exemple ABCD-2345-EFGH-JKMN. Si vous ne l\'avez pas');
    expect(redact('ma clé abcd-2345-efgh-jkmn')).toBe('ma clé •••');
    expect(readLocaleFile(path.join(__dirname, '..', 'locales'), 'fr')['familyKey.ask']).toContain(EXAMPLE_KEY);
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
      const typed = ['mon code 042917', 'mon code 04.29.17', 'code O42 917', 'le code 33-86-29', 'ma clé abcd.2345.efgh.jkmn', 'clé 7k3q-9x2m-p4hd-ab0l'];
      await new SqlStorage(new StateRepository(sqliteStore(db))).write({ conv: { pending: { text: 'mon code 042917' }, also: typed } });
      const row = db.$client.prepare('select data from bot_state').get() as { data: string };
      for (const secret of ['042917', '04.29.17', 'O42 917', '33-86-29', 'abcd', '2345', '7k3q', 'ab0l']) expect(row.data).not.toContain(secret);
      expect(row.data).toContain('•••');
    } finally {
      db.$client.close();
    }
  });

  it('gives a state without a secret back as it is, and copies only what holds one', () => {
    const clean = { dialog: { stack: [{ id: 'menu', prompt: 'Que souhaitez-vous faire ?' }], n: 2 }, other: { text: 'bonjour' } };
    expect(redactKept(clean)).toBe(clean);
    const typed = { dialog: { stack: [{ id: 'code', answer: 'mon code 042917' }] }, other: { text: 'bonjour' } };
    const kept = redactKept(typed);
    expect(kept).toEqual({ dialog: { stack: [{ id: 'code', answer: 'mon code •••' }] }, other: { text: 'bonjour' } });
    expect(kept.other).toBe(typed.other);
    // The state itself keeps what was typed (botbuilder's own objects are not changed).
    expect(typed.dialog.stack[0]?.answer).toBe('mon code 042917');
  });

  it('hides a secret from the stored state even when the writer gives the state\'s text', async () => {
    const db = openDatabase({ file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'redact-')), 'db.sqlite'), migrationsFolder: path.resolve(__dirname, '../db/migrations') });
    try {
      const storage = new SqlStorage(new StateRepository(sqliteStore(db)));
      const clean = { step: 'menu' };
      writeTexts.set(clean, JSON.stringify(clean));
      const typed = { pending: { text: 'mon code 042917' } };
      writeTexts.set(typed, JSON.stringify(typed));
      await storage.write({ a: clean, b: typed });
      const rows = db.$client.prepare('select key, data from bot_state order by key').all() as { data: string }[];
      expect(rows.map((r) => r.data)).toEqual(['{"step":"menu"}', '{"pending":{"text":"mon code •••"}}']);
    } finally {
      db.$client.close();
    }
  });

  it('hides a secret as often as it is read, and a clean text read before stays as it was', () => {
    const clean = 'Réserver la cantine le 7 janvier';
    expect(redact(clean)).toBe(clean);
    expect(redact(clean)).toBe(clean);
    for (let i = 0; i < 3; i += 1) expect(redact('mon code est 042 917')).toBe('mon code est •••');
    // The same words around a code, after the clean text was kept.
    expect(redact(`${clean} 042917`)).toBe(`${clean} •••`);
  });

  it('keeps at most 20,000 clean texts, without walking them to drop the oldest one by one', () => {
    // Dropping the oldest text one by one once the cache was full walked the Set's deleted entries from its start at each
    // new text (V8's values().next()): 10 to 25 µs for each new clean text a turn redacts.
    const walks = jest.spyOn(Set.prototype, 'values');
    try {
      let changed = 0;
      for (let i = 0; i < 25_000; i += 1) if (redact(`Léa ${i} cantine`) !== `Léa ${i} cantine`) changed += 1;
      expect(changed).toBe(0);
      expect(cleanTextsKept()).toBeLessThanOrEqual(20_000);
      expect(walks).not.toHaveBeenCalled();
    } finally {
      walks.mockRestore();
    }
    // Still hidden, still kept clean.
    expect(redact('mon code est 042 917')).toBe('mon code est •••');
    expect(redact('Léa 24999 cantine')).toBe('Léa 24999 cantine');
  });
});

describe('compound first names are not keys', () => {
  it.each([['Jean-Baptiste'], ['Jean-Philippe'], ['jean-baptiste MARTIN'], ['JEAN-BAPTISTE']])('« %s » is kept', (text) => {
    expect(redact(text)).toBe(text);
  });
  it.each([['abcd-efgh-jkmn-pqrs'], ['ABCD.EFGH.JKMN'], ['D15Y-EH2A-NWRV-QFC2']])('the key « %s » is still hidden', (text) => {
    expect(redact(text)).toBe(REDACTED);
  });
});
