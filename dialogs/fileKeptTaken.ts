/**
 * The file kept in the main flow (fileAside.ts: sent at a question that takes none, the sign-in a task asked for) taken by
 * the question that asks for one: an absence's certificate sent before signing in is that absence's certificate, not asked
 * again, nor offered to the documents afterwards as a paper of unknown kind.
 */
import type { Attachment } from 'botbuilder';
import type { DialogContext } from './dialogLibrary';
import { MAIN_FLOW, type MainFlowValues } from './mainOptions';

/** The file kept, taken out of the main flow's values (offered no more once the task ends), or undefined. */
export function takeFileKept(dc: DialogContext): Attachment | undefined {
  for (let at: DialogContext | undefined = dc; at; at = at.parent) {
    const flow = at.stack.find((d) => d.id === MAIN_FLOW);
    const values = (flow?.state as { values?: MainFlowValues } | undefined)?.values;
    const file = values?.fileKept;
    if (values && file) {
      delete values.fileKept;
      return file;
    }
  }
  return undefined;
}
