/**
 * E-mail domains mistyped (« gmial.com », « hotmial.fr », « gmail.fr »): the address most likely
 * meant, among the mailboxes residents use most in France. A domain in the list is never questioned
 * (« yahoo.fr », « orange.fr », « free.fr »); another one is when it is one or two letters away from one
 * of them (a letter missing, added, changed or two swapped), or when it is a well-known provider's name
 * with an ending that provider does not have (« gmail.fr »: Gmail is only gmail.com). Anything else
 * (a work or school domain) is left as typed.
 */
import { normalizeEmail } from './emailAddress';

/** The mailboxes most used in France, with their real endings. */
const PROVIDERS: Record<string, readonly string[]> = {
  gmail: ['com'],
  googlemail: ['com'],
  hotmail: ['fr', 'com'],
  outlook: ['fr', 'com'],
  live: ['fr', 'com'],
  msn: ['com'],
  yahoo: ['fr', 'com'],
  ymail: ['com'],
  orange: ['fr'],
  wanadoo: ['fr'],
  free: ['fr'],
  sfr: ['fr'],
  neuf: ['fr'],
  laposte: ['net'],
  icloud: ['com'],
  me: ['com'],
  mac: ['com'],
  aol: ['com', 'fr'],
  gmx: ['fr', 'com', 'net'],
  bbox: ['fr'],
  numericable: ['fr'],
  proton: ['me'],
  protonmail: ['com'],
  mail: ['com'],
};
const KNOWN = Object.entries(PROVIDERS).flatMap(([name, endings]) => endings.map((e) => `${name}.${e}`));
/** Providers whose name with another ending is a typo (« gmail.fr », « laposte.fr »): names that are not common words. */
const ONLY_THEIRS = new Set(['gmail', 'googlemail', 'hotmail', 'outlook', 'yahoo', 'wanadoo', 'laposte', 'icloud', 'numericable', 'protonmail']);

/** Letters to change, add or take off, two side by side swapped counting as one (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The domain most likely meant, or undefined when the one typed is known or near none. */
function likelyDomain(domain: string): string | undefined {
  if (KNOWN.includes(domain)) return undefined;
  const name = domain.slice(0, domain.lastIndexOf('.'));
  const ending = PROVIDERS[name];
  if (ending && ONLY_THEIRS.has(name)) return `${name}.${ending[0]}`;
  // One letter away for a short domain, two for a longer one; the nearest, the first listed when two are as near.
  const allowed = domain.length >= 10 ? 2 : domain.length >= 6 ? 1 : 0;
  let best: { domain: string; away: number } | undefined;
  for (const known of KNOWN) {
    const away = distance(domain, known);
    if (away <= allowed && (!best || away < best.away)) best = { domain: known, away };
  }
  return best?.domain;
}

/** The address most likely meant (« sophie@gmial.com » → « sophie@gmail.com »), or undefined when it looks right. */
export function likelyEmail(email: string): string | undefined {
  const address = normalizeEmail(email);
  const at = address.lastIndexOf('@');
  if (at < 1) return undefined;
  const domain = likelyDomain(address.slice(at + 1));
  return domain ? `${address.slice(0, at)}@${domain}` : undefined;
}
