/**
 * Texts (src/i18n.ts) as the bot uses them: English where asked, a missing key thrown, the same text
 * when asked again, and placeholders filled as i18next fills them, for every key of every locale and version.
 */
import path from 'node:path';
import i18next from 'i18next';
import { Texts, readLocaleFile } from '../src/i18n';

const LOCALES = path.join(path.resolve(__dirname, '..'), 'locales');
const fr = readLocaleFile(LOCALES, 'fr');
const en = readLocaleFile(LOCALES, 'en');
const frSimple = readLocaleFile(LOCALES, 'fr', 'simple');
const frSms = readLocaleFile(LOCALES, 'fr', 'sms');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('texts', () => {
  it('translates through i18n: English where asked, placeholders filled, a missing key thrown in every locale', () => {
    const texts = Texts.create(LOCALES);
    const key = Object.keys(fr).find((k) => placeholders(fr[k] ?? '').length > 0) as string;
    const params = Object.fromEntries(placeholders(fr[key] ?? '').map((p) => [p, `<${p}>`]));
    const said = texts.for('fr')(key, params);
    expect(said).not.toMatch(/\{\{/);
    for (const p of Object.keys(params)) expect(said).toContain(`<${p}>`);
    expect(texts.for('en')('menu.title')).toBe(en['menu.title']);
    expect(texts.for()('menu.title')).toBe(fr['menu.title']);
    for (const locale of ['fr', 'en'] as const) expect(() => texts.for(locale)('menu.nope')).toThrow(/Missing locale key: menu\.nope/);
    expect(texts.has('menu.title')).toBe(true);
    expect(texts.has('menu.nope')).toBe(false);
  });

  it('gives the same texts when asked again: a text asked without parameters is not served for one with them, nor one version for another', () => {
    const texts = Texts.create(LOCALES);
    const key = Object.keys(fr).find((k) => placeholders(fr[k] ?? '').length > 0) as string;
    const params = Object.fromEntries(placeholders(fr[key] ?? '').map((p) => [p, `<${p}>`]));
    const t = texts.for('fr');
    const bare = t(key);
    expect(t(key)).toBe(bare);
    for (const p of Object.keys(params)) expect(t(key, params)).toContain(`<${p}>`);
    expect(texts.for('fr')(key)).toBe(bare);
    // The plain and SMS versions of a key that has them, after its usual text was given.
    const plainKey = Object.keys(frSimple).find((k) => placeholders(frSimple[k] ?? '').length === 0 && frSimple[k] !== fr[k]) as string;
    expect(texts.for('fr')(plainKey)).toBe(fr[plainKey]);
    expect(texts.for('fr', true)(plainKey)).toBe(frSimple[plainKey]);
    expect(texts.for('fr')(plainKey)).toBe(fr[plainKey]);
    const smsKey = Object.keys(frSms).find((k) => placeholders(frSms[k] ?? '').length === 0 && frSms[k] !== fr[k]) as string;
    expect(texts.for('fr', false, true)(smsKey)).toBe(frSms[smsKey]);
    expect(texts.for('fr')(smsKey)).toBe(fr[smsKey]);
    expect(texts.for('en')('menu.title')).toBe(en['menu.title']);
    for (let i = 0; i < 2; i += 1) expect(() => t('menu.nope')).toThrow(/Missing locale key/);
  });

  it('fills every placeholder of every text, in every locale and version, as i18next does', () => {
    const texts = Texts.create(LOCALES);
    const reference = i18next.createInstance();
    const files = (l: 'fr' | 'en') => ({ translation: readLocaleFile(LOCALES, l), simple: readLocaleFile(LOCALES, l, 'simple'), sms: readLocaleFile(LOCALES, l, 'sms') });
    void reference.init({
      initAsync: false,
      resources: { fr: files('fr'), en: files('en') },
      lng: 'fr',
      fallbackLng: 'fr',
      ns: ['translation', 'simple', 'sms'],
      defaultNS: 'translation',
      fallbackNS: 'translation',
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    let compared = 0;
    for (const locale of ['fr', 'en'] as const) {
      const own = files(locale);
      for (const [plain, short] of [[false, false], [true, false], [false, true]] as const) {
        const t = texts.for(locale, plain, short);
        const ns = short ? 'sms' : plain ? 'simple' : 'translation';
        for (const key of Object.keys({ ...fr, ...own.translation })) {
          const names = placeholders((own[ns][key] ?? own.translation[key] ?? fr[key]) as string);
          if (names.length === 0) continue;
          const expected = (params: Record<string, unknown>) => reference.getFixedT(locale, short && own.sms[key] !== undefined ? 'sms' : plain ? 'simple' : 'translation')(key, params);
          const given = [
            Object.fromEntries(names.map((n, i) => [n, i % 2 ? i * 7 : `<${n}> {{${n}}}`])),
            Object.fromEntries(names.slice(1).map((n) => [n, null])),
            { [names[0] as string]: undefined, extra: 'x' },
            { count: 2, ...Object.fromEntries(names.map((n) => [n, n])) },
          ];
          for (const params of given) expect(t(key, params)).toBe(expected(params));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
