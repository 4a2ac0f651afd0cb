/**
 * An option understood in every language the bot speaks: a resident who started in French and
 * writes English at « 1. Confirmer 2. Modifier 3. Abandonner » (« give up », « confirm »), or the
 * other way round, chooses as with the label shown. The label's locale key is found among the
 * texts this turn rendered (promptTexts.ts); its text in the other languages, usual and plain,
 * becomes a synonym, unless another option of the question already answers to it.
 */
import type { TurnContext } from 'botbuilder-core';
import { SUPPORTED_LOCALES } from '../src/i18n';
import { fold } from '../src/nlu/yesNo';
import type { ChoiceOption } from '../src/nlu/choice';
import { localeOf, type DialogDeps } from './dialogContext';
import { renderedAs } from './promptTexts';

const formsOf = (o: ChoiceOption): string[] => [o.label, ...(o.synonyms ?? [])].map(fold);

/** The options, each with its label in the other languages among its synonyms. */
export function inEveryLanguage(deps: DialogDeps, ctx: TurnContext, options: readonly ChoiceOption[]): ChoiceOption[] {
  const others = SUPPORTED_LOCALES.filter((l) => l !== localeOf(ctx));
  const translated = options.map((o) => {
    const rendered = renderedAs(ctx, o.label);
    if (!rendered) return [];
    return others.flatMap((l) => [false, true].map((plain) => deps.texts.for(l, plain)(rendered.key, rendered.params)));
  });
  return options.map((o, i) => {
    const taken = new Set(options.flatMap((other, j) => (j === i ? [] : formsOf(other))));
    const own = new Set(formsOf(o));
    const added = [...new Set(translated[i] ?? [])].filter((label) => {
      const form = fold(label);
      return form !== '' && !own.has(form) && !taken.has(form);
    });
    return added.length > 0 ? { ...o, synonyms: [...(o.synonyms ?? []), ...added] } : o;
  });
}
