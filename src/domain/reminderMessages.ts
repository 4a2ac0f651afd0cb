/**
 * The outbox message of a reminder that goes by e-mail (src/domain/outboxMessages.ts):
 * - reminder { reminderId }: queued when the reminders' run marks it sent by e-mail
 *   (src/domain/reminders.ts), worded when it is sent, to the account's address in French (the
 *   locales' `reminder.<kind>`, as in the chat). An account deleted since has nothing to receive.
 */
import type { Mailer } from './mail';
import type { OutboxHandler } from './outbox';
import type { AccountRepository, CommuneRepository } from './ports';
import type { Reminder, ReminderRepository } from './reminders';

export interface ReminderMessageDeps {
  reminders: Pick<ReminderRepository, 'get'>;
  accounts: Pick<AccountRepository, 'get'>;
  communes: Pick<CommuneRepository, 'get'>;
  mailer: Pick<Mailer, 'sendReminder'>;
  /** The words of a reminder (src/domain/municipalService.ts wires the locales'). */
  wordReminder(reminder: Pick<Reminder, 'kind' | 'params'>): string;
}

export function reminderHandlers(deps: ReminderMessageDeps): Record<'reminder', OutboxHandler> {
  const reminder = async (payload: Record<string, unknown>) => {
    const found = await deps.reminders.get(Number(payload.reminderId));
    const account = found && (await deps.accounts.get(found.accountId));
    const commune = account && (await deps.communes.get(account.communeId));
    if (!found || !account || !commune) return;
    await deps.mailer.sendReminder({ to: account.email, commune, text: deps.wordReminder(found), locale: 'fr' });
  };
  return { reminder };
}
