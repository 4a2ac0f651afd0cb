/**
 * The form question of a civil-status act (« Quelle forme d'acte voulez-vous ? ») and its answer. « un extrait d'acte de
 * naissance », « extrait svp »: an extract named without saying which. The question then offers the two extracts only
 * (« avec ou sans filiation ? »), and none when who asks may receive only one of them (the extract without parentage):
 * that one is noted. Said up front (civilActOpening.ts) or at the form question.
 */
import { ACT_FORMATS, formatsFor, mayReceive, type ActFormat } from '../src/domain/civilActs';
import { doubts, formHelp, saysExtractOnly } from '../src/nlu/actFormHelp';
import type { Translate } from '../src/i18n';
import { normalize } from '../src/domain/text';
import { optionsOf, type Draft } from './civilActDraft';
import type { ChoiceMatch, ChoiceOption } from './choicePrompt';

const EXTRACTS: readonly ActFormat[] = ['extract_with_parents', 'extract_without_parents'];
/** The words that tell the two extracts apart, once « extrait » is said (« avec », « sans les parents »). */
const APART: Partial<Record<ActFormat, string[]>> = { extract_with_parents: ['avec', 'with'], extract_without_parents: ['sans', 'without'] };

/** « un extrait », « extrai », « an extract » (which one is read by readActDetails: « extrait avec filiation »). */
export const namesAnExtract = (text: string): boolean => /\b(?:extr?ai[ts]?s?|extrats?|extracts?)\b/.test(normalize(text));

/** The forms the form question offers: the two extracts once an extract was asked for, else all. */
export const formsOffered = (draft: Draft): readonly ActFormat[] => (draft.extract ? EXTRACTS : ACT_FORMATS);

/** The form question: its text and its options (the extracts only, « avec » and « sans » understood). */
export function formQuestion(t: Translate, draft: Draft): { key: string; options: ChoiceOption[] } {
  const offered = formsOffered(draft);
  const options = optionsOf(offered, (f) => t(`civilAct.format.${f}`)).map((o, i) => ({ ...o, synonyms: [...(o.synonyms ?? []), ...(draft.extract ? APART[offered[i] as ActFormat] ?? [] : [])] }));
  return { key: draft.extract ? 'civilAct.ask.extract' : 'civilAct.ask.format', options };
}

/**
 * The only form the act, or who asks, allows, noted without asking: a death act's full copy; the extract without
 * parentage when an extract is asked by someone who may not receive the other (a cousin). What to say before the next
 * question when an extract was asked for ('' otherwise).
 */
export function onlyForm(t: Translate, draft: Draft): string {
  if (!draft.kind || draft.format) return '';
  if (formatsFor(draft.kind).length === 1) {
    draft.format = 'full_copy';
    return draft.extract ? `${t('civilAct.onlyForm', { format: t('civilAct.format.full_copy') })}\n` : '';
  }
  if (!draft.extract || !draft.relation || mayReceive(draft.kind, 'extract_with_parents', draft.relation)) return '';
  draft.format = 'extract_without_parents';
  return `${t('civilAct.extractWithoutNoted')}\n`;
}

/**
 * The answer to the form question: the lead to ask the next question with ('' when the form is noted), or undefined when
 * it is not understood. « je comprends pas », « c pour un passeport »: the forms explained (the one usually asked for it).
 */
export function formAnswer(draft: Draft, text: string, chosen: ChoiceMatch | undefined, offered: readonly ActFormat[]): string | undefined {
  const help = formHelp(text);
  draft.format = chosen && !(help && doubts(text)) ? offered[chosen.index] : undefined;
  // The help speaks of all the forms (for a marriage, the full copy): all are offered again, not the extracts only.
  if (!draft.format && help) {
    delete draft.extract;
    return `civilAct.formHelp.${help}`;
  }
  // « un extrait »: which of the two, with the parents or without, asked (the two extracts only offered).
  if (!draft.format && (saysExtractOnly(text) || namesAnExtract(text))) {
    draft.extract = true;
    return 'civilAct.whichExtract';
  }
  if (!draft.format) return undefined;
  // Who they are was said up front (« de mon cousin »): this form may not be theirs to receive.
  if (draft.kind && draft.relation && !mayReceive(draft.kind, draft.format, draft.relation)) return notEntitledNoted(draft);
  return '';
}

/**
 * A form that who asks may not receive (a full copy for a sister): the one they may, the extract without parentage,
 * noted, and the lead that says so. The form question offered again the two forms just refused (3 segments by SMS).
 */
export function notEntitledNoted(draft: Draft): string {
  delete draft.extract;
  draft.format = 'extract_without_parents';
  return 'civilAct.notEntitledNoted';
}
