/**
 * A commune's service named with brackets of its own (« Hôtel de Ville (accueil central) »): no text puts it
 * in brackets again (« l'accueil est ouvert (Hôtel de Ville (accueil central)) »). Every French and English
 * text that takes `{{service}}`, with the other values filled in.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { Texts } from '../src/i18n';
import { ROOT } from './support/harness';

const texts = Texts.create(path.join(ROOT, 'locales'));
const NESTED = /\([^()]*\(/;

describe('a service name with brackets', () => {
  it.each(['fr', 'en'] as const)('%s: never wrapped in brackets again', (locale) => {
    const raw = JSON.parse(readFileSync(path.join(ROOT, 'locales', `${locale}.json`), 'utf8')) as Record<string, unknown>;
    const t = texts.for(locale);
    const keys = Object.entries(raw).filter(([, v]) => typeof v === 'string' && v.includes('{{service}}')).map(([k]) => k);
    expect(keys.length).toBeGreaterThan(10);
    const nested = keys.filter((key) => {
      const params = Object.fromEntries([...String(raw[key]).matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => [name, 'x']));
      return NESTED.test(t(key, { ...params, service: 'Hôtel de Ville (accueil central)' }));
    });
    expect(nested).toEqual([]);
  });
});
