/**
 * Locale text. French is the default; keys are flat and dotted (`menu.prompt`), stored in
 * locales/<lang>.json. Nothing else in the code holds text shown to residents or agents.
 * locales/<lang>.simple.json holds the « langage simple » versions (short sentences, one question
 * at a time) of the texts whose sentences are long; a key it lacks keeps its usual text.
 * locales/<lang>.sms.json holds shorter versions for channels where each message is paid for
 * (SMS): chosen by the renderer's channel capabilities, before the plain and usual texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type TFunction } from 'i18next';
import { withServiceArticle } from './serviceArticle';

export const SUPPORTED_LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Picks a supported locale from a channel's locale ('fr-FR', 'en-US'); French otherwise. */
export function pickLocale(channelLocale: string | undefined): Locale {
  const lang = (channelLocale ?? '').slice(0, 2).toLowerCase();
  return (SUPPORTED_LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : DEFAULT_LOCALE;
}

export type TextVariant = 'simple' | 'sms';

export function readLocaleFile(localesDir: string, locale: Locale, variant: '' | TextVariant = ''): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(localesDir, `${locale}${variant ? `.${variant}` : ''}.json`), 'utf8')) as Record<string, string>;
}

const PLAIN_NS = 'simple';
const SMS_NS = 'sms';

const made = new Map<string, { mark: string; texts: Texts }>();

export class Texts {
  private constructor(
    private readonly instance: i18n,
    /** The keys each locale has a short (SMS) version of. */
    private readonly smsKeys: ReadonlyMap<Locale, ReadonlySet<string>>,
  ) {}

  /**
   * The texts of a locales folder, read once per process while its files are unchanged (their size and
   * time): a Texts is not changed once made, so every core of one process (the tests make hundreds) shares it.
   */
  static create(localesDir: string): Texts {
    const mark = SUPPORTED_LOCALES.flatMap((l) => ['', '.simple', '.sms'].map((v) => fs.statSync(path.join(localesDir, `${l}${v}.json`)))).map((s) => `${s.size}:${s.mtimeMs}`).join(';');
    const known = made.get(localesDir);
    if (known?.mark === mark) return known.texts;
    const texts = Texts.read(localesDir);
    made.set(localesDir, { mark, texts });
    return texts;
  }

  private static read(localesDir: string): Texts {
    const instance = i18next.createInstance();
    const resources: Record<string, Record<string, Record<string, string>>> = Object.fromEntries(
      SUPPORTED_LOCALES.map((l) => [l, { translation: readLocaleFile(localesDir, l), [PLAIN_NS]: readLocaleFile(localesDir, l, 'simple'), [SMS_NS]: readLocaleFile(localesDir, l, 'sms') }]),
    );
    void instance.init({
      initAsync: false,
      resources,
      lng: DEFAULT_LOCALE,
      fallbackLng: DEFAULT_LOCALE,
      ns: ['translation', PLAIN_NS, SMS_NS],
      defaultNS: 'translation',
      fallbackNS: 'translation',
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    return new Texts(instance, new Map(SUPPORTED_LOCALES.map((l) => [l, new Set(Object.keys(resources[l]?.[SMS_NS] ?? {}))])));
  }

  /**
   * Per locale, the keys already found; per locale and version, the texts as written (placeholders
   * unfilled). The locale files are read once, at start: a key found stays found and its text stays
   * the same, so neither is looked up again in i18next; its placeholders are filled here as
   * i18next fills them (test/locales.test.ts compares both on every key).
   */
  private readonly found = new Map<Locale, Set<string>>();
  private readonly written = new Map<string, Map<string, string>>();
  /** The translate function of each locale and version, made once (a turn asked for it about seven times, each two of i18next's fixed functions). */
  private readonly made = new Map<string, Translate>();

  /**
   * A translate function for one locale (in plain language when `plain`; in the `sms` version,
   * where a key has one, when `short`). A missing key throws, so a typo cannot reach a resident.
   */
  for(locale: Locale = DEFAULT_LOCALE, plain = false, short = false): Translate {
    return mapGet(this.made, `${locale}|${plain}|${short}`, () => this.make(locale, plain, short));
  }

  private make(locale: Locale, plain: boolean, short: boolean): Translate {
    const t: TFunction = plain ? this.instance.getFixedT(locale, PLAIN_NS) : this.instance.getFixedT(locale);
    const sms: TFunction = this.instance.getFixedT(locale, SMS_NS);
    const found = mapGet(this.found, locale, () => new Set<string>());
    const written = mapGet(this.written, `${locale}|${plain}|${short}`, () => new Map<string, string>());
    const translate = (key: string, params: Record<string, unknown>) => (short && this.smsKeys.get(locale)?.has(key) ? sms(key, params) : t(key, params)) as string;
    const textOf = (key: string): string => {
      let text = written.get(key);
      if (text === undefined) {
        if (!found.has(key)) {
          if (!this.instance.exists(key, { lng: locale }) && !this.instance.exists(key, { lng: DEFAULT_LOCALE })) {
            throw new Error(`Missing locale key: ${key}`);
          }
          found.add(key);
        }
        text = translate(key, {});
        written.set(key, text);
      }
      return text;
    };
    return (key, params) => {
      const text = textOf(key);
      if (params === undefined) return text;
      // Options i18next reads among the parameters (plurals, context…) are left to it.
      if (I18NEXT_OPTIONS.some((o) => o in params)) return translate(key, params);
      const [agreed, values] = locale === 'fr' ? frenchArticles(text, params) : [text, params];
      return fill(agreed, values) ?? translate(key, params);
    };
  }

  has(key: string): boolean {
    return this.instance.exists(key, { lng: DEFAULT_LOCALE });
  }
}

function mapGet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** Parameters that are options to i18next rather than values. */
const I18NEXT_OPTIONS = ['count', 'context', 'ordinal', 'lng', 'lngs', 'ns', 'defaultValue', 'returnObjects', 'joinArrays', 'postProcess', 'interpolation', 'replace', 'keyPrefix', 'fallbackLng'];
const PLACEHOLDER = /\{\{(.+?)\}\}/g;
const NAME = /^\w+$/;

/**
 * The text with its {{name}} placeholders filled as i18next fills them (values not escaped, nor read
 * again for placeholders): a value given as null or undefined is nothing, a name not given stays as
 * written. Undefined when a placeholder is of another kind (a format, an unescaped value): i18next then.
 */
function fill(text: string, params: Record<string, unknown>): string | undefined {
  let plain = true;
  const out = text.replace(PLACEHOLDER, (whole: string, inner: string) => {
    const name = inner.trim();
    if (!NAME.test(name)) plain = false;
    if (!plain || !Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return value === null || value === undefined ? '' : String(value);
  });
  return plain ? out : undefined;
}

/** A placeholder after « de », « à » or « le »: the article its value calls for. */
const ARTICLE_BEFORE = /(?<!\p{L})([Dd]e|à|[Ll]e) \{\{(\w+)\}\}/gu;
/** « 11 et 12 janvier », « 3, 4 décembre, 5 janvier »: several days (src/domain/formats.ts listDays). */
const SEVERAL_DAYS = /^\d{1,2}(?:er)?(?: \p{L}+)?(?:, | et )\d/u;
const CONTRACTED: Record<string, Record<string, string>> = { de: { le: 'du', les: 'des' }, à: { le: 'au', les: 'aux' } };

/**
 * French articles around a value put in a text: « de » + « le CCAS » is « du CCAS » (« des », « au », « aux »);
 * « le » + several days is « les 11 et 12 janvier »; a service named without its article gets it (src/serviceArticle.ts).
 * The text and values to fill, the values left as given.
 */
export function frenchArticles(text: string, params: Record<string, unknown>): [string, Record<string, unknown>] {
  if (!text.includes('{{')) return [text, params];
  let values = params;
  const agreed = text.replace(ARTICLE_BEFORE, (whole: string, word: string, name: string) => {
    const given = params[name];
    if (typeof given !== 'string') return whole;
    const lower = word.toLowerCase();
    if (lower === 'le') return SEVERAL_DAYS.test(given) ? `${word}s {{${name}}}` : whole;
    // A commune's service named as written (« Hôtel de Ville »): the article its name calls for (« de l'Hôtel de Ville »).
    const value = name === 'service' ? withServiceArticle(given) : given;
    const article = /^(les?) (?=\S)/.exec(value)?.[1];
    const contracted = article ? CONTRACTED[lower]?.[article] : undefined;
    if ((!article || !contracted) && value !== given) {
      values = { ...values, [`${name}_with_article`]: value };
      return `${word} {{${name}_with_article}}`;
    }
    if (!article || !contracted) return whole;
    values = { ...values, [`${name}_after_${article}`]: value.slice(article.length + 1) };
    return `${word === 'De' ? 'D' + contracted.slice(1) : contracted} {{${name}_after_${article}}}`;
  });
  return [elided(agreed, values), values];
}

/** « de », « que » before a placeholder (after the articles are put). */
const ELIDABLE_BEFORE = /(?<!\p{L})([Dd]e|[Qq]ue) \{\{(\w+)\}\}/gu;
/** A word that opens with a vowel, or with an h that is not aspirated (« Inès », « Hugo », « août »); « Yanis » opens with a consonant. */
const OPENS_WITH_VOWEL = /^(?:[aeiouœæàâäéèêëîïôöùûü]|y(?![aeiouéèêàâîïôû])|h[aeiouéèêàâîïôûy])/iu;
/** Names and words whose h is aspirated: no elision (« de Hollande », « de haut »). */
const ASPIRATED_H = /^(?:hau?t|hall|hameau|hangar|hasard|haine|hanche|hareng|haricot|harpe|hache|handicap|hibou|hollande|hongrie|honte|hors|hublot|huit|hurl)/iu;

/** « de » + « Inès » is « d'Inès », « que » + « Hugo » is « qu'Hugo » (elision before a vowel or a mute h). */
function elided(text: string, values: Record<string, unknown>): string {
  return text.replace(ELIDABLE_BEFORE, (whole: string, word: string, name: string) => {
    const value = values[name];
    if (typeof value !== 'string' || !OPENS_WITH_VOWEL.test(value.normalize('NFC')) || ASPIRATED_H.test(value)) return whole;
    return `${word.slice(0, -1)}'{{${name}}}`;
  });
}
