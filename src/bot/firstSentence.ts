/**
 * The language of a resident who has not chosen one, read from their first sentence. A message
 * plainly in English (src/nlu/englishIntents.ts) where the channel says French, or says nothing
 * (SMS), is answered in English from then on, as if « english » had been written. A French
 * sentence keeps French; a message too short to tell (« ok », « Poissy », « 1 », a postcode)
 * changes nothing, and the first sentence is looked for in the next messages. Later, a message wholly in
 * English (src/nlu/englishIntents.ts wholeEnglish) switches too, unless French was chosen (« français »).
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import { currentCommune, localeOf, setLanguage, type DialogDeps, type Profile } from '../../dialogs/dialogContext';
import { detectCommand } from '../nlu/commands';
import { looksEnglish, wholeEnglish } from '../nlu/englishIntents';
import { prepare } from '../nlu/frenchText';

/** Fewer words than this tell no language. */
const SENTENCE_WORDS = 3;

/**
 * Whether this turn's message is the conversation's first sentence, written in English to a bot
 * speaking French: then English is the resident's language (kept in their profile). `heard`: the
 * conversation's first sentence has come.
 */
export async function englishFirstSentence(deps: DialogDeps, ctx: TurnContext, heard: StatePropertyAccessor<boolean>, profile: Profile): Promise<boolean> {
  const { type, text } = ctx.activity;
  if (type !== 'message' || typeof text !== 'string' || profile.language) return false;
  const said = prepare(text);
  // « english please », « me no speak french » while the commune is still to be asked: English from the greeting on
  // (the command itself waits for the commune, which would have the greeting and the commune asked in French).
  if (localeOf(ctx) === 'fr' && detectCommand(text) === 'english' && !(await currentCommune(deps, ctx))) return setLanguage(deps, ctx, 'en').then(() => true);
  // After a French first sentence, a message wholly in English (no French word in it) is the resident's language too;
  // anything less keeps French (and the menu offers English: dialogs/mainRoute.ts). « français » chosen keeps French.
  if (await heard.get(ctx, false)) return localeOf(ctx) === 'fr' && wholeEnglish(said) ? setLanguage(deps, ctx, 'en').then(() => true) : false;
  if (said.split(' ').filter(Boolean).length < SENTENCE_WORDS) return false;
  const english = localeOf(ctx) === 'fr' && looksEnglish(said);
  // While the commune is asked, a French answer (« carrieres sous poissy ») is its name, not a sentence that tells the language.
  if (!english && !(await currentCommune(deps, ctx))) return false;
  await heard.set(ctx, true);
  if (!english) return false;
  await setLanguage(deps, ctx, 'en');
  return true;
}
