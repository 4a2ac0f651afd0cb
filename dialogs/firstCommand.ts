/**
 * A word that works at any step typed as the very first message, at the menu (later, the interruptions take them:
 * mainInterruptions.ts): « mes rappels », STOP by SMS, « langage simple », « english », « c'est un robot ? », « changer de commune »
 * (by SMS the number's commune was taken: it was « Je n'ai pas compris », then « écrivez changer de commune »).
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { detectCommand } from '../src/nlu/commands';
import { forgetCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import { sayHuman } from './humanAnswer';
import { switchLanguage, switchPlain } from './settingsSwitch';
import { followUpsOf, MAIN_FLOW, type MainOptions } from './mainOptions';
import { answerReminders, isRemindersCommand, stopsBySms } from './reminders';

export async function commandAsFirstMessage(deps: DialogDeps, step: WaterfallStepContext, text: string | undefined, after: MainOptions): Promise<DialogTurnResult | undefined> {
  const command = detectCommand(text);
  if (isRemindersCommand(command) || (command === 'cancel' && stopsBySms(step.context))) {
    await answerReminders(deps, step.context, isRemindersCommand(command) ? command : 'remindersStop');
    return step.replaceDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
  }
  if (command === 'plainOn' || command === 'plainOff') {
    await switchPlain(deps, step.context, command === 'plainOn');
    return step.replaceDialog(MAIN_FLOW, followUpsOf(after));
  }
  if (command === 'english' || command === 'french') {
    const language = command === 'english' ? 'en' : 'fr';
    // « hello, me no speak french » kept while the commune was asked, read again once it is known: English was taken
    // (and said) with the greeting, not said a second time.
    const again = text !== step.context.activity.text && localeOf(step.context) === language;
    if (!again) await switchLanguage(deps, step.context, language);
    return step.replaceDialog(MAIN_FLOW, followUpsOf(after));
  }
  if (command === 'changeCommune') {
    await send(deps, step.context, { text: translator(deps, step.context)('commands.changeCommune') });
    await forgetCommune(deps, step.context);
    return step.replaceDialog(MAIN_FLOW, {} satisfies MainOptions);
  }
  if (command === 'botAsked') {
    await sayHuman(deps, step.context, 'general', true);
    return step.replaceDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
  }
  return undefined;
}
