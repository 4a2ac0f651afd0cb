/**
 * The family key's name is the commune's own, feminine or masculine (« Clé Enfance », « code famille »): the French texts
 * that name it never agree with it (« la code famille… elle… saisissez-la »), they say « ce code » instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './support/harness';

const FEMININE_AGREEMENT = /\b[Ll]a \{\{keyName\}\}|\b[Ee]lle\b|-la\b|\b(?:vous|je vous|vous ne) la\b|\bl'ai pas enregistrée\b/;

describe('the family key named in French, whatever its gender', () => {
  it.each(['fr.json', 'fr.simple.json', 'fr.sms.json'])('%s', (file) => {
    const texts = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', file), 'utf8')) as Record<string, string>;
    const agreeing = Object.entries(texts).filter(([key, text]) => !key.startsWith('admin.') && text.includes('{{keyName}}') && FEMININE_AGREEMENT.test(text)).map(([key]) => key);
    expect(agreeing).toEqual([]);
  });
});
