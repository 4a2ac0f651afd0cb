/**
 * Which test file runs which conversations: each file (bookDays.test.ts, …) runs the conversations of its
 * tables whose task it names. runs.test.ts checks that every conversation of every table runs in one file.
 */
import { accountConversations } from './account';
import { bookingConversations } from './booking';
import { familyConversations } from './family';
import { infoConversations } from './info';
import { invoiceConversations } from './invoices';
import { requestConversations } from './requests';
import type { Conversation } from './runner';

export interface TaskRun {
  tables: readonly Conversation[];
  tasks: readonly string[];
}

export const TASK_RUNS = {
  bookDays: { tables: [...bookingConversations, ...familyConversations], tasks: ['book days'] },
  cancelDays: { tables: [...bookingConversations, ...familyConversations], tasks: ['cancel days', 'report absence'] },
  createSpace: { tables: accountConversations, tasks: ['create space'] },
  signIn: { tables: accountConversations, tasks: ['sign in', 'family key'] },
  infoTasks: { tables: infoConversations, tasks: ['opening hours', 'contacts', 'guichet unique'] },
  invoiceTasks: { tables: invoiceConversations, tasks: ['view invoice', 'pay invoice (start)', 'e-invoice opt-in'] },
  requestTasks: { tables: requestConversations, tasks: ['civil-status act', 'other démarche', 'follow request'] },
} satisfies Record<string, TaskRun>;

/** Every table, once. */
export const ALL_TABLES: readonly Conversation[] = [...accountConversations, ...bookingConversations, ...familyConversations, ...infoConversations, ...invoiceConversations, ...requestConversations];
