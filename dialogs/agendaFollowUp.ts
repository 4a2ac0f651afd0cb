/**
 * What is said at the menu right after the agenda (« mes réservations de janvier »): « et en février ? », « et pour
 * Hugo ? », « et hugo en fevrier ? », « and in February? » is the agenda again, for that month or that child, the
 * rest as shown before. It was « Je n'ai pas compris », the menu.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { AGENDA_DIALOG, type AgendaOptions } from './agendaDialog';
import { signedIn, type DialogDeps } from './dialogContext';
import type { AgendaShown } from './mainOptions';
import { ALL_CHILDREN, allChildrenSaid } from './allChildrenSaid';
import { normalize } from '../src/domain/text';
import { prepare } from '../src/nlu/frenchText';

/** « et … », « and … », « what about … »: more of what was just asked. */
const FOLLOWING = /^(?:et|and|what about|how about)\b/;

/** The agenda again for what the message names, or undefined when it names no child, month nor day, or asks something else. */
export async function afterAgenda(deps: DialogDeps, step: WaterfallStepContext, shown: AgendaShown, text: string): Promise<DialogTurnResult | undefined> {
  if (!FOLLOWING.test(prepare(text))) return undefined;
  const account = await signedIn(deps, step.context);
  const file = account ? await deps.service.familyFile(account) : undefined;
  if (!file) return undefined;
  const understood = deps.understand(text, file.children.map((c) => c.child.firstName), shown.month);
  const names = understood.intent === 'unknown' || understood.intent === 'list_bookings';
  // « et pour les deux ? », « et les 2 ? », « and both? » after one child's agenda: every child.
  const all = !understood.children?.length && (allChildrenSaid(text) || ALL_CHILDREN.includes(normalize(text).replace(/^(?:et|and)\s+(?:(?:pour|pr|for)\s+)?|\s*\?+$/g, '')));
  if (!names || !(understood.month || understood.dates.length || understood.children?.length || all)) return undefined;
  const before = all ? { ...shown, childIds: file.children.map((c) => c.child.id) } : shown;
  return step.beginDialog(AGENDA_DIALOG, { text, month: shown.month, before } satisfies AgendaOptions);
}

/**
 * The child of the agenda just shown for one child (« le calendrier de Léa en janvier »), when the booking or the absence
 * asked next names none (« réserve le 11 et le 12 », « elle sera absente le 14 »): that child, not asked again. Undefined
 * when the agenda was of several children or the message names a child.
 */
export async function agendaChild(deps: DialogDeps, step: WaterfallStepContext, shown: AgendaShown, text: string): Promise<{ id: number; firstName: string } | undefined> {
  if (shown.childIds.length !== 1) return undefined;
  const account = await signedIn(deps, step.context);
  const file = account ? await deps.service.familyFile(account) : undefined;
  const child = file?.children.find((c) => c.child.id === shown.childIds[0])?.child;
  if (!file || !child) return undefined;
  const names = file.children.map((c) => c.child.firstName);
  if (deps.understand(text, names, shown.month).children?.length || allChildrenSaid(text)) return undefined;
  return { id: child.id, firstName: child.firstName };
}
