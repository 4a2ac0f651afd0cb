/**
 * Civil-status acts (actes d'état civil) a resident can ask without an account, and who may
 * receive which. Sources:
 * - Décret n° 2017-890 du 6 mai 2017, art. 30: a copie intégrale or an extrait avec filiation of
 *   a birth or marriage act is delivered only to the person concerned (if adult), their spouse,
 *   ascendants, descendants or legal representative; an extrait sans filiation to anyone.
 * - Same décret, art. 30 (last paragraph): copies of death acts are delivered to anyone.
 * - Code civil art. 34 and following: the act is kept, and delivered, by the commune where the
 *   event took place (for events abroad: Service central d'état civil, Nantes).
 */
import { checkDay } from './demarches';
import { normalize, oneSlipApart } from './text';
import type { Commune } from './types';

export const ACT_KINDS = ['birth', 'marriage', 'death'] as const;
export type ActKind = (typeof ACT_KINDS)[number];
export const ACT_FORMATS = ['full_copy', 'extract_with_parents', 'extract_without_parents'] as const;
export type ActFormat = (typeof ACT_FORMATS)[number];
export const RELATIONS = ['self', 'spouse', 'ascendant', 'descendant', 'legal_representative', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The forms of act a commune delivers for an event: a death act only as a full copy. */
export function formatsFor(kind: ActKind): readonly ActFormat[] {
  return kind === 'death' ? ['full_copy'] : ACT_FORMATS;
}

/** Whether someone with this relation to the person of the act may receive it in this form. */
export function mayReceive(kind: ActKind, format: ActFormat, relation: Relation): boolean {
  if (kind === 'death' || format === 'extract_without_parents') return true;
  return relation !== 'other';
}

/** Whether the relation needs to be asked at all. */
export const needsRelation = (kind: ActKind, format: ActFormat): boolean => !(kind === 'death' || format === 'extract_without_parents');

/** The event's day: not in the future, and not before 1900 (older acts are in the departmental archives). */
export const checkEventDay = (day: string, today: string): 'ok' | 'future' | 'tooOld' => checkDay(day, 'past', today) as 'ok' | 'future' | 'tooOld';

/** « ici », « dans cette commune », « here », « this town »: the commune the resident is talking to. */
const HERE = /^(?:ici|ici meme|la meme|la meme commune|(?:dans )?cette (?:commune|ville)|(?:right )?here|(?:in )?this (?:town|city|commune)|(?:in )?the same (?:town|city|commune))$/;

/** Whether the place the resident named is this commune (only it holds the act). */

export function isThisCommune(commune: Commune, place: string): boolean {
  if (HERE.test(normalize(place))) return true;
  const said = normalize(place).replace(/\b(a|en|au|la commune de|la ville de|mairie de)\b/g, ' ').replace(/\s+/g, ' ').trim();
  const name = normalize(commune.name);
  // One slip allowed in a long name (« Carieres-sous-Poissy »), or one per word (« carieres sous poisy »), as at the commune's own question.
  const words = said.split(' ');
  const nameWords = name.split(' ');
  // The first words only (« carieres » for Carrières-sous-Poissy), as « carrieres » is its start.
  const slipPerWord = words.length <= nameWords.length && said.length >= 6 && words.every((w, i) => w === nameWords[i] || (w.length >= 4 && oneSlipApart(w, nameWords[i] as string)));
  return said === name || said === name.replace(/\s+/g, '') || (said.length >= 6 && name.startsWith(said)) || (said.length >= 8 && oneSlipApart(said, name)) || slipPerWord;
}
