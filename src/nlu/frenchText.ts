/**
 * Text prepared for understanding: lower case, no accents, apostrophes as spaces, the characters
 * that dates and numbers need kept (/ : , € °), control characters and emoji dropped.
 */

import { correctWord } from './typos';

const MAX_LENGTH = 2000;

export function prepare(text: string): string {
  return text
    .slice(0, MAX_LENGTH)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’'`´‘]/g, ' ')
    .replace(/n\s?°/g, ' numero ')
    .replace(/°/g, ' ')
    .replace(/[^a-z0-9/:,.€+?\s-]/g, ' ')
    .replace(/\?+/g, ' ? ')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/,/g, ' , ')
    .replace(/(?<!\d)-|-(?!\d)/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => SMS[word] ?? correctWord(word))
    .join(' ')
    // « semaine pro », « lundi proch »
    .replace(/\b(semaine|mois) pro(?:ch)?\b/g, '$1 prochaine')
    .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) pro(?:ch)?\b/g, '$1 prochain');
}

/** SMS spellings and short forms, word by word. */
const SMS: Record<string, string> = {
  jveux: 'je veux', jveu: 'je veux', jvx: 'je veux', jve: 'je veux', jvoudrais: 'je voudrais', jvoudrai: 'je voudrais',
  jsuis: 'je suis', jpeux: 'je peux', jcomprends: 'je comprends', jcomprend: 'je comprends', jsai: 'je sais', jsp: 'je sais pas', jpx: 'je peux', jai: 'j ai', g: 'j ai', chui: 'je suis', jsais: 'je sais',
  slp: 'svp', pr: 'pour', ds: 'dans', ts: 'tous', tt: 'tout', tte: 'toute', ttes: 'toutes',
  dmn: 'demain', dem1: 'demain', '2main': 'demain', ajd: 'aujourd hui', auj: 'aujourd hui', aujourdhui: 'aujourd hui',
  kan: 'quand', qd: 'quand', ke: 'que', koi: 'quoi', kel: 'quel', kelle: 'quelle', pk: 'pourquoi', pq: 'pourquoi',
  mrc: 'merci', mci: 'merci', bjr: 'bonjour', bsr: 'bonsoir', slt: 'salut', cc: 'coucou', resa: 'reservation', resas: 'reservations',
  rdv: 'rendez vous', mdp: 'mot de passe', fac: 'facture', fact: 'facture', dc: 'donc', vs: 'vous', ns: 'nous', tjs: 'toujours',
  cantoche: 'cantine', garderi: 'garderie', cantinne: 'cantine', cantime: 'cantine', reserv: 'reserver',
  resever: 'reserver', reseerver: 'reserver', reserer: 'reserver', anuler: 'annuler', annuller: 'annuler',
};

/** Words for small numbers, as residents write them (« dans deux jours »). */
export const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
};
