/**
 * A question of two options that are a yes and a no without being named so (« Voulez-vous continuer ?
 * 1. Continuer 2. Arrêter »): a « oui », « yes », « ouais », a « non », « no », « nan » choose as at a
 * « Oui / Non » question. The option whose label (in any language shown to it: choiceLanguages.ts)
 * says yes or go on is the yes, the one that says no or stop the no. An option that says go on also
 * answers to the usual words for it in French and English (« suivant », « next », « continue »).
 */
import type { ChoiceOption } from '../src/nlu/choice';
import { fold, recognizeYesNo } from '../src/nlu/yesNo';

/** Going on, in the words residents use (the label « Continuer », « Go on »). */
const ONWARD = ['continuer', 'continue', 'je continue', 'on continue', 'poursuivre', 'suivant', 'suite', 'la suite', 'next', 'go on', 'carry on', 'keep going'];
/** Stopping (the label « Arrêter », « Stop »). */
const STOP = ['arreter', 'arrete', 'stop', 'stopper', 'abandonner', 'laisser tomber', 'give up', 'quit', 'quitter'];

const formsOf = (o: ChoiceOption): string[] => [o.label, ...(o.synonyms ?? [])].map(fold).filter(Boolean);

/** What an option's label and synonyms say: yes (or go on), no (or stop), or neither. */
function saidBy(o: ChoiceOption): 'yes' | 'no' | undefined {
  const forms = formsOf(o);
  const says = (answer: 'yes' | 'no', words: readonly string[]) => forms.some((f) => words.includes(f) || (recognizeYesNo(f)?.answer === answer && recognizeYesNo(f)?.rest === ''));
  const yes = says('yes', ONWARD);
  const no = says('no', STOP);
  return yes === no ? undefined : yes ? 'yes' : 'no';
}

/** The options, a yes and a no said by their labels given that meaning, the one that goes on with its usual words. */
export function withMeanings(options: readonly ChoiceOption[]): ChoiceOption[] {
  if (options.length !== 2 || options.some((o) => o.meaning)) return [...options];
  const said = options.map(saidBy);
  if (!said.includes('yes') || !said.includes('no')) return [...options];
  const taken = new Set(options.flatMap(formsOf));
  return options.map((o, i) => {
    const meaning = said[i] as 'yes' | 'no';
    const added = meaning === 'yes' ? ONWARD.filter((w) => !taken.has(w)) : [];
    return { ...o, meaning, ...(added.length ? { synonyms: [...(o.synonyms ?? []), ...added] } : {}) };
  });
}
