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
  // A key written twice in a file: JSON keeps the last, and the text the first one gave is silently replaced.
  it.each(fs.readdirSync(LOCALES).filter((f) => f.endsWith('.json')))('%s holds each key once', (file) => {
    const keys = [...fs.readFileSync(path.join(LOCALES, file), 'utf8').matchAll(/^\s*"((?:[^"\\]|\\.)+)"\s*:/gm)].map((m) => m[1]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

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

describe('locales: every value, every key the code builds', () => {
  const sourcesByFile = ['src', 'dialogs', 'cards'].flatMap((d) => sourceFiles(path.join(ROOT, d))).map((f) => ({ file: path.relative(ROOT, f), src: fs.readFileSync(f, 'utf8') }));

  it('has no empty value in either language', () => {
    const empty = [...Object.entries(fr), ...Object.entries(en)].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same set of {{placeholders}} for each key, in both languages', () => {
    const differ = Object.keys(fr).filter((key) => new Set(placeholders(fr[key] ?? '')).size !== new Set(placeholders(en[key] ?? '')).size || placeholders(fr[key] ?? '').some((p) => !placeholders(en[key] ?? '').includes(p)));
    expect(differ).toEqual([]);
  });

  it('never says « tu », « toi », « ton », « ta » or « tes », in any French value (admin texts included)', () => {
    const familiar = /(^|[^\p{L}])(tu|toi|ton|ta|tes)(?![\p{L}'’-])/iu;
    expect(Object.entries(fr).filter(([, text]) => familiar.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    // the check does find what it looks for
    expect(familiar.test('Tu peux écrire « aide ».')).toBe(true);
    expect(familiar.test('Donne ta clé')).toBe(true);
    expect(familiar.test('Votre tarif, vos tests, totalement')).toBe(false);
  });

  it('holds every key written in single or double quotes in t(…), with the file that asks for it', () => {
    const used = sourcesByFile.flatMap(({ file, src }) => [...src.matchAll(/\bt\(\s*(['"])([a-zA-Z][\w.]*)\1/g)].map((m) => `${m[2]} (${file})`));
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((entry) => !(entry.split(' ')[0] as string in fr))).toEqual([]);
  });

  it('holds both keys of a t(condition ? … : …)', () => {
    const used = sourcesByFile.flatMap(({ src }) => [...src.matchAll(/\bt\([^()'"`]*\?\s*'([a-zA-Z][\w.]*)'\s*:\s*'([a-zA-Z][\w.]*)'/g)].flatMap((m) => [m[1], m[2]] as string[]));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((k) => !(k in fr))).toEqual([]);
  });

  it('holds the help texts chosen by where the resident is (dialogs/places.ts)', () => {
    const main = sourcesByFile.find((s) => s.file === path.join('dialogs', 'places.ts'))?.src ?? '';
    const helps = [...main.matchAll(/help: '([\w.]+)'/g)].map((m) => m[1] as string);
    expect(helps.length).toBeGreaterThan(5);
    expect(helps.filter((k) => !(k in fr))).toEqual([]);
  });

  it.each(['weekday.', 'holiday.', 'menu.item.', 'understood.action.', 'request.status.', 'civilAct.kind.', 'documents.kind.'])('holds keys for the prefix %s, used in template literals', (prefix) => {
    const inCode = sourcesByFile.some(({ src }) => src.includes(`t(\`${prefix}\${`));
    expect(inCode).toBe(true);
    expect(Object.keys(fr).filter((k) => k.startsWith(prefix)).length).toBeGreaterThan(0);
  });

  it('holds the fallback keys of template literals (« ?? \'unknown\' » and the like)', () => {
    const fallbacks = sourcesByFile.flatMap(({ src }) => [...src.matchAll(/\bt\(`([a-zA-Z][\w.]*\.)\$\{[^`]*\?\?\s*'([\w]+)'\s*\}`/g)].map((m) => `${m[1]}${m[2]}`));
    expect(fallbacks).toEqual(expect.arrayContaining(['holiday.unknown', 'civilAct.format.full_copy']));
    expect(fallbacks.filter((k) => !(k in fr))).toEqual([]);
  });

  it('words every problem of a commune file and every finding of the doctor', () => {
    const codes = (re: RegExp, files: RegExp, prefix: string) =>
      sourcesByFile.filter(({ file }) => files.test(file)).flatMap(({ src }) => [...src.matchAll(re)].map((m) => `${prefix}${m[1]}`));
    const fileProblems = [
      ...codes(/custom\(ctx, '(\w+)'/g, /communeFile/, 'admin.communeFile.error.'),
      ...codes(/at\('(\w+)'/g, /communeRead/, 'admin.communeFile.error.'),
      ...codes(/code: '(\w+)'/g, /communeRead|communeCommands/, 'admin.communeFile.error.'),
      ...codes(/problem: '(\w+)'/g, /communeFile/, 'admin.communeFile.error.'),
    ];
    const findings = codes(/code: '(\w+)'/g, /admin\/doctor/, 'admin.doctor.');
    expect(fileProblems.length).toBeGreaterThan(15);
    expect(findings.length).toBeGreaterThan(4);
    expect([...fileProblems, ...findings].filter((k) => !(k in fr))).toEqual([]);
  });

  it('names every menu item and every domain error', () => {
    for (const id of ['createAccount', 'signIn', 'booking', 'invoices', 'requests', 'info']) expect(fr[`menu.item.${id}`]).toBeTruthy();
    const domainErrors = sourcesByFile.flatMap(({ src }) => [...src.matchAll(/new DomainError\('([\w.]+)'/g)].map((m) => `errors.${m[1]}`));
    const importErrors = sourcesByFile
      .filter(({ file }) => /familyImport|admin/.test(file) && !/communeCommands|doctor/.test(file))
      .flatMap(({ src }) => [...src.matchAll(/(?:\bfail\(|code: )'([\w.]+)'/g)].map((m) => `errors.import.${m[1]}`));
    expect(domainErrors.length).toBeGreaterThan(3);
    expect(importErrors.length).toBeGreaterThan(10);
    expect([...domainErrors, ...importErrors].filter((k) => !(k in fr))).toEqual([]);
  });
});

/**
 * « langage simple »: every text a resident reads — in the chat (cards and `speak` included), in the
 * e-mails, on the web pages (account, password, payment, Web Chat page) and by SMS — is plain, or has a
 * plain version in locales/<lang>.simple.json. Plain: every sentence of at most 12 words, at most one
 * question. A sentence is cut at . ! ? : ; or a line break; {{placeholders}} count as one word.
 * The e-mails and web pages cannot know the resident's « langage simple » setting (it belongs to a chat
 * user; mails also leave from jobs), so their usual texts are plain themselves.
 */
const MAX_WORDS = 12;
const sentences = (text: string) => text.replace(/\{\{[^}]+\}\}/g, 'X').split(/(?<=[.!?:;])\s+|\n/).filter((s) => s.trim());
const words = (sentence: string) => sentence.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0;
const longest = (text: string) => Math.max(0, ...sentences(text).map(words));
const questions = (text: string) => text.match(/\?/g)?.length ?? 0;
const isPlain = (text: string) => longest(text) <= MAX_WORDS && questions(text) <= 1;
/**
 * Texts read by the commune's agents only, never by a resident:
 * - admin.*: the agents' command-line tool;
 * - errors.import.*: the lines the families' import refuses (admin import);
 * - the errors of the agents' billing commands (errors.invoice.* below; the others reach residents);
 * - the errors of an agent's decision on a request (unknown, closed, refusal without a message) and of
 *   issuing a family key (errors.household.unknown).
 */
// agents.*: the back office's pages (/agents), read by the commune's agents only; errors.agent.*: `admin agent add`.
const AGENTS_PREFIXES = ['admin.', 'errors.import.', 'agents.', 'errors.agent.'];
const AGENTS_KEYS = [
  ...['unknownCommune', 'badMonth', 'monthNotOver', 'unknownHousehold', 'badLabel', 'badAmount', 'badDueDate'].map((code) => `errors.invoice.${code}`),
  ...['unknown', 'closed', 'refusalNeedsMessage', 'stale'].map((code) => `errors.request.${code}`),
  'errors.household.unknown',
  // An agent's review of a family's paper (the back office).
  ...['unknown', 'stale', 'badReview'].map((code) => `errors.document.${code}`),
];
const agentsOnly = (key: string) => AGENTS_PREFIXES.some((prefix) => key.startsWith(prefix)) || AGENTS_KEYS.includes(key);

describe('locales: « langage simple »', () => {
  const plainFr = readLocaleFile(LOCALES, 'fr', 'simple');
  const plainEn = readLocaleFile(LOCALES, 'en', 'simple');
  const languages = [
    { lang: 'fr', usual: fr, plain: plainFr },
    { lang: 'en', usual: en, plain: plainEn },
  ];

  it('has the same keys in both languages, each a key of the usual texts with the same placeholders', () => {
    expect(Object.keys(plainEn)).toEqual(Object.keys(plainFr));
    for (const [key, text] of Object.entries(plainFr)) {
      expect([key, key in fr]).toEqual([key, true]);
      expect([key, placeholders(text)]).toEqual([key, placeholders(fr[key] ?? '')]);
      expect([key, placeholders(plainEn[key] ?? '')]).toEqual([key, placeholders(en[key] ?? '')]);
    }
  });

  it(`has no sentence of more than ${MAX_WORDS} words and at most one question per plain text`, () => {
    const long = [...Object.entries(plainFr), ...Object.entries(plainEn)].filter(([, text]) => !isPlain(text));
    expect(long).toEqual([]);
  });

  it.each(languages)('$lang: every text a resident reads is plain, or has a plain version', ({ usual, plain }) => {
    const uncovered = Object.entries(usual).filter(([key, text]) => !agentsOnly(key) && !isPlain(text) && !(key in plain)).map(([key, text]) => `${key} (${longest(text)} words, ${questions(text)} ?)`);
    expect(uncovered).toEqual([]);
  });

  it.each(languages)('$lang: never asks two questions in one usual resident text either', ({ usual }) => {
    expect(Object.entries(usual).filter(([key, text]) => !agentsOnly(key) && questions(text) > 1).map(([key]) => key)).toEqual([]);
  });

  it('measures what it says, and leaves out the agents\' texts only', () => {
    expect(longest(fr['commands.help.booking'] ?? '')).toBeGreaterThan(MAX_WORDS);
    expect(isPlain(plainFr['commands.help.booking'] ?? '')).toBe(true);
    expect(isPlain('Quel jour ? Quelle heure ?')).toBe(false);
    expect(longest('Bonjour,\n\nVoici votre code : {{code}}')).toBe(3);
    expect(longest('un deux trois quatre cinq six sept huit neuf dix onze douze treize.')).toBe(13);
    for (const key of ['admin.help', 'errors.import.csv.columns', 'errors.invoice.badMonth', 'errors.request.closed']) expect([key, agentsOnly(key)]).toEqual([key, true]);
    for (const key of ['errors.invoice.unknown', 'errors.invoice.noHousehold', 'errors.request.minorOwnAct', 'mail.export.body', 'web.password.rule', 'payment.return.effectue.text', 'webchat.intro', 'invoice.pdf.howToPay']) {
      expect([key, key in fr, agentsOnly(key)]).toEqual([key, true, false]);
    }
    // every agents' text named one by one is a key of the locales (a renamed key would otherwise escape the rule)
    expect(AGENTS_KEYS.filter((key) => !(key in fr))).toEqual([]);
  });
});

/** locales/<lang>.sms.json: shorter texts for SMS, chosen where each message is paid for. */
describe('locales: the SMS versions', () => {
  const smsFr = readLocaleFile(LOCALES, 'fr', 'sms');
  const smsEn = readLocaleFile(LOCALES, 'en', 'sms');

  // An SMS version may leave a detail out where each message is paid for (« {{service}} : {{url}} », the portal's name in its
  // address): its placeholders are some of the usual text's, never another, and the same in both languages.
  const someOf = (text: string, usual: string) => placeholders(text).filter((p) => !placeholders(usual).includes(p));
  it('has the same keys in both languages, each a key of the usual texts with some of its placeholders and no other', () => {
    expect(Object.keys(smsFr).length).toBeGreaterThan(0);
    expect(Object.keys(smsEn).sort()).toEqual(Object.keys(smsFr).sort());
    for (const [key, text] of Object.entries(smsFr)) {
      expect([key, key in fr, text.trim() !== '']).toEqual([key, true, true]);
      expect([key, someOf(text, fr[key] ?? '')]).toEqual([key, []]);
      expect([key, someOf(smsEn[key] ?? '', en[key] ?? '')]).toEqual([key, []]);
      expect([key, placeholders(smsEn[key] ?? '')]).toEqual([key, placeholders(text)]);
    }
  });

  it('is plain itself: it is chosen before the « langage simple » version', () => {
    expect([...Object.entries(smsFr), ...Object.entries(smsEn)].filter(([, text]) => !isPlain(text))).toEqual([]);
  });

  it('is chosen by SMS only, before the plain and usual texts', () => {
    const texts = Texts.create(LOCALES);
    expect(texts.for('fr', false, true)('info.more')).toBe(smsFr['info.more']);
    expect(texts.for('fr', true, true)('info.more')).toBe(smsFr['info.more']);
    expect(texts.for('en', false, true)('info.more')).toBe(smsEn['info.more']);
    expect(texts.for('fr')('info.more')).toBe(fr['info.more']);
    // a key without an SMS version keeps its usual text
    expect(texts.for('fr', false, true)('menu.again')).toBe(fr['menu.again']);
  });
});
