/**
 * « bonjour moi pas bien parler français. moi vouloir compte pour cantine enfants »: simple French asked for in a sentence
 * of its own beside a request (« moi pas parler français » alone is the command, dialogs/mainInterruptions.ts). While the
 * resident never chose the wording (simple or usual), simple French from this message on, said once, and the request
 * served in it; it was served in the usual wording, the simple French never chosen.
 */
import { detectCommand } from '../nlu/commands';

/** Whether `text` has more than one sentence (or clause), one of them asking for simple French. */
export function plainAsked(text: string): boolean {
  for (const separators of [/[.!?;\n]+/, /[.!?;\n,]+/]) {
    const parts = text.split(separators).map((p) => p.trim()).filter(Boolean);
    if (parts.length > 1 && parts.some((p) => detectCommand(p) === 'plainOn')) return true;
  }
  return false;
}
