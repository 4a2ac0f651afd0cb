/**
 * « mes rappels », « arrêter les rappels », « reprendre les rappels », « rappel recensement » (and
 * « plus de rappel recensement ») and « STOP » by SMS, at any step (src/domain/reminders.ts holds the rules): answered in one message, the task goes on.
 */
import type { TurnContext } from 'botbuilder';
import { parisDay } from '../src/domain/parisTime';
import { SENDER_PHONE } from '../src/sms/senderPhone';
import { longDay } from './dateWords';
import { localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';

export const REMINDERS_COMMANDS = ['remindersList', 'remindersStop', 'remindersResume', 'censusOn', 'censusOff'] as const;
export type RemindersCommand = (typeof REMINDERS_COMMANDS)[number];
export const isRemindersCommand = (command: string | undefined): command is RemindersCommand => (REMINDERS_COMMANDS as readonly string[]).includes(command ?? '');

/** A whole-message « stop » on a channel that gives the sender's number (SMS). */
export const stopsBySms = (ctx: TurnContext): boolean => ctx.turnState.get(SENDER_PHONE) !== undefined && /^\s*stop\s*$/i.test(ctx.activity.text ?? '');

export async function answerReminders(deps: DialogDeps, ctx: TurnContext, command: RemindersCommand): Promise<void> {
  const t = translator(deps, ctx);
  const reminders = deps.service.reminders;
  const account = await signedIn(deps, ctx);
  const phone = ctx.turnState.get(SENDER_PHONE) as string | undefined;
  if (command === 'remindersStop' && phone) {
    const stopped = await reminders.stopForSms(phone, account?.id);
    await send(deps, ctx, { text: t(stopped ? 'reminders.smsStopped' : 'reminders.smsNoAccount') });
    return;
  }
  if (!account) {
    await send(deps, ctx, { text: t('reminders.signInFirst') });
    return;
  }
  if (command === 'censusOn' || command === 'censusOff') {
    if (!account.householdId) {
      const commune = await deps.service.findCommune(account.communeId);
      await send(deps, ctx, { text: t('familyFile.notLinked', { keyName: commune?.familyKeyName ?? '' }) });
      return;
    }
    await reminders.setCensus(account.householdId, command === 'censusOn');
    await send(deps, ctx, { text: t(command === 'censusOn' ? 'reminders.census.on' : 'reminders.census.off') });
    return;
  }
  if (command !== 'remindersList') {
    await (command === 'remindersStop' ? reminders.stop(account.id) : reminders.resume(account.id));
    await send(deps, ctx, { text: t(command === 'remindersStop' ? 'reminders.stopped' : 'reminders.resumed') });
    return;
  }
  const { stoppedAt, census, reminders: list } = await reminders.overview(account);
  const day = (iso: string) => longDay(localeOf(ctx), parisDay(new Date(iso)));
  const lines = [t('reminders.title'), stoppedAt ? t('reminders.off', { day: day(stoppedAt) }) : t('reminders.on')];
  if (account.householdId) lines.push(t(census ? 'reminders.census.isOn' : 'reminders.census.isOff'));
  const shown = list.filter((r) => r.status === 'sent' || r.status === 'pending');
  if (shown.length === 0) lines.push(t('reminders.none'));
  for (const r of shown) {
    lines.push(r.status === 'sent' && r.sentAt ? t(`reminders.item.sent.${r.channel ?? 'chat'}`, { day: day(r.sentAt), text: reminders.word(r) }) : t('reminders.item.pending', { text: reminders.word(r) }));
  }
  await send(deps, ctx, { text: lines.join('\n') });
}
