/**
 * What the bot uses of botbuilder-dialogs, imported from its own files: the package's index also loads every
 * prompt it offers, with Microsoft's number, choice and date recognizers and Globalize (about 4 MB of script,
 * a quarter of a second at each start) that the bot never uses. Types come from the index (they cost nothing
 * at run time). Every dialog and the bot import botbuilder-dialogs through here (ESLint holds it).
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { AttachmentPrompt } from 'botbuilder-dialogs/lib/prompts/attachmentPrompt';
export { Prompt } from 'botbuilder-dialogs/lib/prompts/prompt';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export type {
  DialogContext,
  DialogInstance,
  DialogState,
  DialogTurnResult,
  PromptOptions,
  PromptRecognizerResult,
  WaterfallStep,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
