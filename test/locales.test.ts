/** The two locale files say the same things, and every key the code asks for exists. */
import fs from 'node:fs';
import path from 'node:path';
import { Texts, readLocaleFile } from '../src/i18n';

const ROOT = path.resolve(__dirname, '..');
const LOCALES = path.join(ROOT, 'locales');
const fr = readLocaleFile(LOCALES, 'fr');
const en = readLocaleFile(LOCALES, 'en');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}
const code = ['src', 'dialogs', 'cards'].flatMap((d) => sourceFiles(path.join(ROOT, d))).map((f) => fs.readFileSync(f, 'utf8'));

describe('locales', () => {
  it('fr and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it.each(Object.keys(fr))('%s has the same placeholders in both languages and is not empty', (key) => {
    expect(fr[key]?.trim()).toBeTruthy();
    expect(en[key]?.trim()).toBeTruthy();
    expect(placeholders(en[key] ?? '')).toEqual(placeholders(fr[key] ?? ''));
  });

  it('speaks to residents with « vous », never « tu »', () => {
    const familiar = Object.entries(fr).filter(([key, text]) => !key.startsWith('admin.') && /(^|[\s'’(«])(tu|toi|ton|ta|tes|t'as)(?=[\s,.!?»)]|$)/i.test(text));
    expect(familiar).toEqual([]);
  });

  it('holds every literal key the code uses', () => {
    const used = new Set(code.flatMap((src) => [...src.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1] as string)));
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !(k in fr))).toEqual([]);
  });

  it('holds at least one key for every prefix built in template literals', () => {
    const prefixes = new Set(code.flatMap((src) => [...src.matchAll(/\bt\(\s*`([a-zA-Z][\w.]*\.)\$\{/g)].map((m) => m[1] as string)));
    expect(prefixes.size).toBeGreaterThan(0);
    for (const prefix of prefixes) expect(Object.keys(fr).some((k) => k.startsWith(prefix))).toBe(true);
  });

  it('has a name for every weekday and every public holiday', () => {
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) expect(fr[`weekday.${d}`]).toBeTruthy();
    for (const h of ['newYear', 'easterMonday', 'labourDay', 'victory1945', 'ascension', 'whitMonday', 'nationalDay', 'assumption', 'allSaints', 'armistice', 'christmas']) {
      expect(fr[`holiday.${h}`]).toBeTruthy();
    }
  });

  it('refuses a missing key instead of showing it to a resident', () => {
    const t = Texts.create(LOCALES).for('fr');
    expect(() => t('menu.doesNotExist')).toThrow('Missing locale key: menu.doesNotExist');
    expect(t('menu.title')).toBe(fr['menu.title']);
  });
});
