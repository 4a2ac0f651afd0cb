/**
 * Every French (and English) text the bot can send, as the SMS renderer sends it, is GSM-7: one character outside
 * it (« n° », ×, ê, a non-breaking space) makes the whole message UCS-2, 70 characters a segment
 * instead of 160. Each key of fr.json, fr.simple.json and fr.sms.json (and en's) is rendered with plausible
 * values for its placeholders (names, amounts and dates as the bot writes them, accents included),
 * then through toGsm7.
 */
import path from 'node:path';
import { Texts, readLocaleFile } from '../../src/i18n';
import { isGsm7, segments, toGsm7 } from '../../src/sms/smsText';

const LOCALES = path.join(__dirname, '..', '..', 'locales');

/** Values as the bot fills them: the commune's data and the formats it writes (spaces of French numbers included). */
const SAMPLES: Record<string, unknown> = {
  commune: 'Carrières-sous-Poissy',
  service: 'Hôtel de Ville (accueil central)',
  name: 'Mme DUPRÉ-LŒUVRE',
  child: 'Zoé',
  amount: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(1073.8),
  date: 'vendredi 25 décembre',
  address: '2 rue Paul-Gauguin',
  email: 'prenom.nom@exemple.fr',
  phone: '01 73 16 72 97',
  url: 'https://exemple.fr/paiement/abc',
  count: 2,
};
const sample = (name: string): unknown => SAMPLES[name] ?? (/count|number|quantity|left|days|minutes|hours/i.test(name) ? 3 : 'Fête de l’école');

function placeholders(text: string): Record<string, unknown> {
  return Object.fromEntries([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => [m[1]!, sample(m[1]!)]));
}

describe('Texts by SMS', () => {
  const texts = Texts.create(LOCALES);
  const variants = (['fr', 'en'] as const).flatMap((locale) => [
    { name: `${locale}.json`, locale, file: '', t: texts.for(locale, false, true) },
    { name: `${locale}.simple.json`, locale, file: 'simple', t: texts.for(locale, true, true) },
    { name: `${locale}.sms.json`, locale, file: 'sms', t: texts.for(locale, false, true) },
  ] as const);

  it.each(variants)('every key of $name is GSM-7 once rendered for SMS', ({ locale, file, t }) => {
    const written = readLocaleFile(LOCALES, locale, file);
    const ucs2: string[] = [];
    for (const [key, text] of Object.entries(written)) {
      const sent = toGsm7(t(key, placeholders(text)));
      if (!isGsm7(sent)) ucs2.push(`${key}: ${[...sent].filter((ch) => !isGsm7(ch)).join(' ')}`);
    }
    expect(Object.keys(written).length).toBeGreaterThan(file === '' ? 500 : 5);
    expect(ucs2).toEqual([]);
  });

  it('« n° », « × » and accents GSM-7 lacks keep their meaning, and the message stays in 160-character segments', () => {
    expect(toGsm7('le formulaire CERFA n° 15646 (N° 2)')).toBe('le formulaire CERFA numero 15646 (Numero 2)');
    expect(toGsm7('3 × 2,10 €')).toBe('3 x 2,10 €');
    expect(toGsm7('São Tomé, Ștefan')).toBe('Sao Tomé, Stefan');
    expect(segments(toGsm7(`CERFA n° 15646 ${'a'.repeat(130)}`))).toBe(1);
  });
});
