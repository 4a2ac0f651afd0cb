/**
 * A démarche's paper: the file attached (its type read from it, 10 MB at most) kept for the request, or « au guichet »
 * (brought later); a question about the files accepted answered, the paper asked again.
 */
import { asksAboutFile } from '../src/nlu/fileQuestion';
import type { DialogTurnResult } from './dialogLibrary';
import type { FormField } from '../src/domain/demarches';
import { MAX_DOCUMENT_BYTES } from '../src/domain/documents';
import { normalize } from '../src/domain/text';
import { paperAttachment } from '../src/bot/paperAttachment';
import { downloadFailureKey } from './dialogContext';
import type { DemarcheTurn } from './demarcheState';

const AT_COUNTER = /\b(au guichet|guichet|plus tard|je l apporterai|je les apporterai|apporter|pas maintenant|at the counter|counter|later)\b/;

/** A paper attached (type read from the file, 10 MB at most) or « au guichet ». */
export async function takeFile({ deps, step, options, again }: DemarcheTurn, field: FormField): Promise<DialogTurnResult> {
  const attachment = paperAttachment(step.context.activity.attachments);
  if (!attachment) {
    if (AT_COUNTER.test(normalize(step.context.activity.text ?? ''))) {
      options.papers[field.id] = 'counter';
      return again();
    }
    // « c'est quoi les formats acceptés ? », « je peux envoyer une photo ? »: the file's rules, the paper asked again (fileQuestion.ts).
    return again(asksAboutFile(step.context.activity.text ?? '') ? 'documents.fileRules' : 'demarche.file.missing');
  }
  const download = await deps.download(attachment, MAX_DOCUMENT_BYTES, step.context);
  if (!download.ok) return again(downloadFailureKey('demarche.file', download.reason));
  const kept = await deps.service.documents.keepForRequest(download.name, download.bytes);
  if (!kept.ok) return again(`demarche.file.${kept.reason}`);
  options.papers[field.id] = kept.paper;
  return again('demarche.file.received', { name: kept.paper.fileName });
}
