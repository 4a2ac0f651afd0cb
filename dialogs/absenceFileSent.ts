/**
 * A file sent at the menu with an absence told (« certificat pour Léa malade le 7 décembre », a PDF with it): the absence is
 * reported (signing in first when needed), the file kept as its certificate (fileKeptTaken.ts), not given to the documents
 * as a paper of some kind while the absence is never recorded.
 */
import type { Attachment } from 'botbuilder';
import type { WaterfallStepContext } from './dialogLibrary';
import type { DialogDeps } from './dialogContext';
import type { MainFlowValues } from './mainOptions';

/** True when the text tells an absence: the file kept in the main flow's values for its certificate step, routed with the text. */
export async function absenceWithFile(deps: DialogDeps, step: WaterfallStepContext, text: string, file: Attachment): Promise<boolean> {
  if (!text.trim() || deps.understand(text).intent !== 'report_absence') return false;
  // A web chat upload is removed when its turn ends: a copy is kept (fileAside.ts).
  const activity = step.context.activity;
  const kept = deps.renderer.canReceiveFiles(activity) ? await (deps.keepAttachment ? deps.keepAttachment(file, step.context) : file) : undefined;
  if (!kept) return false;
  (step.values as MainFlowValues).fileKept = kept;
  return true;
}
