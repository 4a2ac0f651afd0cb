/**
 * A file sent at a question that takes none (a name of the account's creation, a booking's basket): it was dropped
 * without a word. It is kept for when the task ends (the documents then ask which paper it is), this said, and the question
 * is asked again: nothing given before is lost. Where the documents take no file (SMS), the question takes none and how to
 * send one is said (« envoyer un document », for a certificate or a paper). Where a file is awaited (the
 * documents, an absence's certificate, a démarche's papers) the question reads it itself.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { childOf } from './childContext';
import { paperAttachment } from '../src/bot/paperAttachment';
import { send, translator, type DialogDeps } from './dialogContext';
import { inTask, repromptQuestion } from './questionAsked';
import type { Place } from './places';
import { DOCUMENTS_DIALOG } from './documentsDialog';
import { CERTIFICATE } from './absenceCertificate';
import { DEMARCHE_DIALOG } from './demarcheState';
import { MAIN_FLOW, type MainFlowValues } from './mainOptions';

/** The dialogs whose questions take a file. */
const TAKES_FILES: readonly string[] = [DOCUMENTS_DIALOG, CERTIFICATE, DEMARCHE_DIALOG];

/** Whether a dialog of `ids` is on the stack at any level (a waterfall below its prompt). */
function onStack(innerDc: DialogContext, ids: readonly string[]): boolean {
  for (let dc: DialogContext | undefined = innerDc; dc; dc = childOf(dc)) if (dc.stack.some((d) => ids.includes(d.id))) return true;
  return false;
}

/** A file alone at a task's question that takes none: said so, the question asked again; undefined otherwise. */
export async function takeFileAside(deps: DialogDeps, innerDc: DialogContext, place: Place): Promise<DialogTurnResult | undefined> {
  const activity = innerDc.context.activity;
  if (activity.type !== 'message' || (activity.text ?? '').trim() || !inTask(place)) return undefined;
  const file = paperAttachment(activity.attachments);
  if (!file || onStack(innerDc, TAKES_FILES)) return undefined;
  // Kept in the main flow, for the documents once the task ends (mainMenu.ts afterTask).
  // (Where the documents take no file, by SMS, it is not kept: the question takes none, and how to send one is said.)
  // A web chat upload is removed when its turn ends: a copy is kept (none when it cannot be read: not kept, said so).
  const kept = deps.renderer.canReceiveFiles(activity) ? await (deps.keepAttachment ? deps.keepAttachment(file, innerDc.context) : file) : undefined;
  const flow = kept ? innerDc.stack.find((d) => d.id === MAIN_FLOW) : undefined;
  if (flow && kept) ((flow.state as { values?: MainFlowValues }).values ??= {}).fileKept = kept;
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)(flow ? 'files.keptForLater' : 'files.notHere') });
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}
