/**
 * « langage simple » / « langage normal », « english » / « français »: the setting kept for the resident, and said in the
 * new words (at any step: mainInterruptions.ts; as a first message: firstCommand.ts).
 */
import type { TurnContext } from 'botbuilder';
import type { Locale } from '../src/i18n';
import { send, setLanguage, setPlainLanguage, translator, type DialogDeps } from './dialogContext';

/** « langage simple » / « langage normal »: the setting kept, and said in the new words. */
export async function switchPlain(deps: DialogDeps, ctx: TurnContext, plain: boolean): Promise<void> {
  await setPlainLanguage(deps, ctx, plain);
  await send(deps, ctx, { text: translator(deps, ctx)(plain ? 'commands.plain.on' : 'commands.plain.off') });
}

/** « english » / « français »: the language kept, and said in it. */
export async function switchLanguage(deps: DialogDeps, ctx: TurnContext, language: Locale): Promise<void> {
  await setLanguage(deps, ctx, language);
  await send(deps, ctx, { text: translator(deps, ctx)('commands.language') });
}
