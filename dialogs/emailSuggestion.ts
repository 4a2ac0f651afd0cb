/**
 * An e-mail whose domain looks mistyped (« sophie@gmial.com »): « Vouliez-vous écrire sophie@gmail.com ? »,
 * yes or no (by number too). Yes takes the suggestion; no keeps the address as typed, not asked again;
 * another address typed there replaces it (and is checked in turn).
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { emailIn } from '../src/domain/emailAddress';
import { likelyEmail } from '../src/domain/emailDomains';
import type { AnyInput } from './anyInputPrompt';
import { askChoice, readChoice, yesNoOptions } from './choicePrompt';
import { translator, type DialogDeps } from './dialogContext';

/** Asks whether the likelier address was meant. */
export function askEmailSuggestion(deps: DialogDeps, step: WaterfallStepContext, promptId: string, typed: string, lead = ''): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const suggested = likelyEmail(typed) ?? typed;
  return askChoice(deps, step, promptId, { text: t('email.suggest.ask', { typed, suggested }), options: yesNoOptions(t('email.suggest.yes', { suggested }), t('email.suggest.no', { typed })) }, lead);
}

/**
 * The answer: the address to use, with `kept` when it is not to be questioned again (the suggestion taken,
 * or the address confirmed as typed); undefined when the answer says neither.
 */
export function emailSuggestionAnswer(step: WaterfallStepContext, typed: string): { email: string; kept?: string } | undefined {
  const suggested = likelyEmail(typed) ?? typed;
  const other = emailIn((step.result as AnyInput | undefined)?.text ?? '');
  if (other) return other === typed || other === suggested ? { email: other, kept: other } : { email: other };
  const chosen = readChoice(step);
  if (!chosen) return undefined;
  return chosen.index === 0 ? { email: suggested, kept: suggested } : { email: typed, kept: typed };
}
