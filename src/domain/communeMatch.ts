/**
 * Which commune a resident means: by its name (case, accents, hyphens, a missing part or a slip
 * tolerated), its number in the list shown, one of its postal codes (« 78955 », « j'habite au
 * 78570 »), or, on SMS, the number the resident wrote to (the commune's `smsNumbers`). A place a
 * commune served is named after (« Poissy » for Carrières-sous-Poissy) is not that commune: it is `near`.
 */
import { communePostalCodes } from './eligibility';
import { normalize, oneSlipApart } from './text';
import type { Commune } from './types';

export type CommuneMatch =
  | { kind: 'found'; commune: Commune }
  | { kind: 'ambiguous'; candidates: Commune[] }
  | { kind: 'none'; communes: Commune[]; near?: Commune[] };

/** A request's, a booking's or an invoice's reference, normalized (« csp 2026 000001 », « csp res 2026 000004 »): its commune's prefix. */
const REFERENCE = /\b([a-z]{2,5})(?: (?:res|fac))? 20\d\d (?:[a-z]+ )?\d{4,6}\b/g;

/** Words that say nothing of which commune: not matched against the names. */
const FILLER = ['les', 'sur', 'sous', 'ville', 'commune', 'mairie', 'suis', 'habite'];

/** The words that join a commune's name to the place it is near (« Carrières-sous-Poissy », « Chanteloup-les-Vignes »). */
const LINKS = new Set(['sous', 'sur', 'les', 'le', 'la', 'en', 'de', 'lez', 'pres']);

const outcome = (found: Commune[], all: Commune[]): CommuneMatch => {
  if (found.length === 1 && found[0]) return { kind: 'found', commune: found[0] };
  return found.length > 1 ? { kind: 'ambiguous', candidates: found } : { kind: 'none', communes: all };
};

/** The commune of `all` (in the order shown) that `text` names, several when it fits more than one. */
export function matchCommuneIn(all: Commune[], text: string): CommuneMatch {
  const said = normalize(text);
  if (!said) return { kind: 'none', communes: all };
  const byNumber = /^\d{1,2}$/.test(said) ? all[Number(said) - 1] : undefined;
  if (byNumber) return { kind: 'found', commune: byNumber };
  // A reference the commune gave (« où en est CSP-2026-000001 », « CLV RES 2026 000004 ») starts with its prefix.
  const prefixes = [...said.matchAll(REFERENCE)].map((m) => m[1]);
  const byPrefix = all.filter((c) => prefixes.includes(c.requestPrefix.toLowerCase()));
  if (byPrefix.length === 1) return outcome(byPrefix, all);
  // A postal code says which commune, whatever words are around it.
  const codes = said.match(/\b\d{5}\b/g);
  if (codes) return outcome(all.filter((c) => communePostalCodes(c).some((code) => codes.includes(code))), all);
  const exact = all.filter((c) => normalize(c.name) === said || c.id === said.replace(/ /g, '-'));
  if (exact.length === 1) return outcome(exact, all);
  const words = said.split(' ').filter((w) => w.length > 2 && !FILLER.includes(w));
  const scored = all
    .map((c) => {
      const name = normalize(c.name);
      const full = name.length >= 4 && said.includes(name);
      // A word of the name, or one slip away from it (« carieres sous poisy »).
      const nameWords = name.split(' ');
      const hit = (n: string) => words.some((w) => n === w || (w.length >= 4 && n.length >= 5 && oneSlipApart(w, n)));
      const hits = nameWords.filter(hit).length;
      // The words after « sous », « sur », « les » name another place (« Poissy », « la Seine »): alone, they are not this commune.
      const link = nameWords.findIndex((n, i) => i > 0 && LINKS.has(n));
      const head = (link > 0 ? nameWords.slice(0, link) : nameWords).some(hit);
      return { c, score: full ? 100 : head ? hits : 0, near: hits > 0 };
    });
  const found = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  const best = found[0];
  // « Poissy », « Seine »: the place a commune served is named after (« Carrières-sous-Poissy »), not served itself: that commune is suggested.
  const near = scored.filter((s) => s.near).map((s) => s.c);
  if (!best) return { kind: 'none', communes: all, ...(near.length > 0 ? { near } : {}) };
  return outcome(found.filter((s) => s.score === best.score).map((s) => s.c), all);
}

/**
 * The text without the commune's name and postal codes (« bjr carrieres sous poissy » → « bjr »,
 * « horaires de la mairie de Chanteloup » → « horaires de la mairie de »): what is asked besides
 * naming the commune. The other words are kept as typed.
 */
export function withoutCommuneName(text: string, commune: Commune): string {
  const nameWords = new Set(normalize(commune.name).split(' '));
  const codes = new Set(communePostalCodes(commune));
  const isName = (w: string) => nameWords.has(w) || codes.has(w) || [...nameWords].some((n) => w.length >= 4 && n.length >= 5 && oneSlipApart(w, n));
  const tokens = text.split(/([\s,'’-]+)/);
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    // A run of the name's words (« carrieres sous poissy »), with at least one that is not a little word (« sous »).
    let j = i;
    while (j < tokens.length && isName(normalize(tokens[j] ?? ''))) j += 2;
    const run = tokens.slice(i, j).filter((_, k) => k % 2 === 0).map((w) => normalize(w));
    if (j > i && run.some((w) => !FILLER.includes(w))) {
      i = j - 2;
      continue;
    }
    kept.push(tokens[i] ?? '', tokens[i + 1] ?? '');
  }
  return kept.join('').replace(/\s+/g, ' ').replace(/[\s,'’-]+$/, '').trim();
}

/** A phone number in E.164 form (« +33 6 12 34 56 78 », « 0033612345678 » → « +33612345678 »). */
export function e164(phone: string): string {
  const digits = phone.replace(/[\s.()-]/g, '');
  return digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
}

/** The commune whose configuration names this SMS number (the one the resident wrote to), if exactly one does. */
export function communeOfSmsNumber(all: Commune[], to: string | undefined): Commune | undefined {
  if (!to) return undefined;
  const number = e164(to);
  const found = all.filter((c) => (c.smsNumbers ?? []).some((n) => e164(n) === number));
  return found.length === 1 ? found[0] : undefined;
}
