/**
 * A question asked aside at an open question of a civil-status act's request, once the form is chosen: « c quoi la
 * difference », « c'est quoi un extrait avec filiation ? » (the forms explained, the form chosen said, and how to change
 * it); « pourquoi ? » at the place (why the commune of the event is asked). Answered in place, never read as a town
 * or a name, and the same question asked again: nothing typed before is lost.
 */
import { formHelp } from '../src/nlu/actFormHelp';
import { prepare } from '../src/nlu/frenchText';
import type { Translate } from '../src/i18n';
import type { Draft, Field } from './civilActDraft';

/** A question (« c quoi », « quelle », « ? »…), not an answer. */
const ASKS = /^(?:(?:euh|mais|et|ben|bah|du coup|alors|ok|oui|d accord|daccord)\s+)*(?:c (?:est )?(?:koi|quoi)|quoi|qu est ce|quelle|quel|laquelle|lequel|comment|ca veut dire|what|which|explique\w*)\b/;
/** About the forms of the act: their names, or the difference between them. */
const FORMS = /\b(?:difference|diff|copie|integrale?|extraits?|filiation|forme|formes|laquelle|lequel|full copy|extract|parentage)\b/;
/** « pourquoi ? », « pourquoi la commune ? », « why? »: why the question is asked. */
const WHY = /^(?:pourquoi|pk|pq|why|a quoi ca sert|ca sert a quoi)\b(?:\s+(?:la|cette|vous|me|demandez|question|commune|ville|lieu|faut|il|ca|c est|demander|do|you|need|it))*$/;

/** The open questions where the forms may be asked about: those after the form question. */
const OPEN: ReadonlySet<Field> = new Set(['place', 'lastName', 'firstName', 'eventDay', 'parents']);

/** The lead answering the aside (the question is asked again after it), or undefined for an answer. */
export function actAside(t: Translate, draft: Draft, field: Field | undefined, text: string): { leadKey: string; leadParams?: Record<string, unknown> } | undefined {
  if (!field || !OPEN.has(field) || /[@\d]/.test(text)) return undefined;
  const said = prepare(text).replace(/[?!.,;:]/g, ' ').replace(/\s+/g, ' ').trim();
  if (field === 'place' && WHY.test(said)) return { leadKey: 'civilAct.why.place' };
  if (!draft.format || !FORMS.test(said) || !(ASKS.test(said) || text.trim().endsWith('?'))) return undefined;
  const help = formHelp(text) ?? 'general';
  return { leadKey: 'civilAct.formHelpAside', leadParams: { help: t(`civilAct.formHelp.${help}`), format: t(`civilAct.format.${draft.format}`) } };
}
