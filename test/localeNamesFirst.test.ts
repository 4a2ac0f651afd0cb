/**
 * A service's or an activity's name put in a French sentence comes without its article (« Guichet unique »,
 * « Restauration scolaire »): a sentence that makes it the subject of a verb or of an adjective (« {{service}} se
 * trouve », « {{activities}} reste facturé ») says « Guichet unique se trouve » and cannot agree. Such texts give the
 * name apart (« Guichet unique : … ») instead. A complement after it (« {{service}} de {{commune}} ») is fine, and so
 * is the name as a noun's complement (« l'accueil de {{service}} est ouvert »: i18n gives it its article).
 */
import path from 'node:path';
import { readLocaleFile } from '../src/i18n';
import { ROOT } from './support/harness';

// After « de », « à » (« l'accueil de {{service}} est ouvert ») the name completes a noun: the subject is that noun.
const NAME_AS_SUBJECT = /(?<!\b(?:de|du|des|à|au|aux) |d')\{\{(?:service|activity|activities)\}\} (?!de |d')\p{Ll}/u;

describe('names put first in French texts', () => {
  it.each(['', 'simple', 'sms'] as const)('fr%s: no name is the subject of a verb', (variant) => {
    const texts = readLocaleFile(path.join(ROOT, 'locales'), 'fr', variant);
    expect(Object.entries(texts).filter(([, text]) => NAME_AS_SUBJECT.test(text)).map(([key]) => key)).toEqual([]);
  });
});
