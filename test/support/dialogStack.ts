/**
 * The conversation's dialogs as stored (bot_state): the ids of the dialogs running under the root, the
 * ids at the top of each task paused (the latest last), and the first value under a key in the running
 * stack. Tests assert which task is under way or put aside, not the wording.
 */
import type { Chat } from './harness';

interface Instance { id: string; state: unknown }
interface Root { dialogs?: { dialogStack?: Instance[] }; pausedTasks?: Array<{ stack: Instance[] }> }

/** `conversation`: the id of the conversation read, where several share the database (startChat's `user`: `conversation-<user>`). */
function root(c: Chat, conversation?: string): Root | undefined {
  const rows = c.core.db.$client.prepare('select key, data from bot_state').all() as Array<{ key: string; data: string }>;
  const row = rows.find((r) => r.key.includes(`/conversations/${conversation ?? ''}`));
  return (JSON.parse(row?.data ?? '{}') as { dialogState?: { dialogStack?: Instance[] } }).dialogState?.dialogStack?.[0]?.state as Root | undefined;
}

/** Every dialog id in a stored tree of dialog states (component dialogs hold their own stacks). */
function ids(tree: unknown, out: string[] = []): string[] {
  if (!tree || typeof tree !== 'object') return out;
  if (Array.isArray(tree)) {
    for (const item of tree) ids(item, out);
    return out;
  }
  const node = tree as Record<string, unknown>;
  if (typeof node.id === 'string' && 'state' in node) out.push(node.id);
  for (const value of Object.values(node)) if (value && typeof value === 'object') ids(value, out);
  return out;
}

/** The dialogs under way (outermost first), none at the menu. */
export const runningDialogs = (c: Chat, conversation?: string): string[] => ids(root(c, conversation)?.dialogs?.dialogStack ?? []);

/** Each task paused, as the dialog ids of its stack. */
export const pausedDialogs = (c: Chat): string[][] => (root(c)?.pausedTasks ?? []).map((p) => ids(p.stack));

/** The first value stored under `key` in the running dialogs' states (a draft, an invoice id). */
export function runningValue(c: Chat, key: string): unknown {
  const find = (tree: unknown): unknown => {
    if (!tree || typeof tree !== 'object') return undefined;
    for (const [k, v] of Object.entries(tree)) {
      if (k === key) return v;
      const inner = find(v);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  return find(root(c)?.dialogs?.dialogStack ?? []);
}
