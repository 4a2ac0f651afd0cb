/**
 * « Mes réservations »: the agenda of the children for a week or a month (the days said, or this
 * month by default), as a card and as the same words: per child, per day, the activities booked,
 * pending or on a waiting list, and the absences reported.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { daysOfMonth, shiftMonth } from '../src/domain/activityCalendar';
import { parisDay } from '../src/domain/parisTime';
import type { AgendaEntry } from '../src/domain/reservations';
import type { Account } from '../src/domain/types';
import { monthName, weekdayDay } from './calendarCard';
import { currentCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import type { AgendaShown, ShownMonthResult } from './mainOptions';
import { agendaShortLines } from './agendaShort';
import type { SignInResult } from './signInDialog';
import { requireFamilyFile } from './familyFileFirst';

export const AGENDA_DIALOG = 'agenda';
/** How far « mes réservations » looks for the next bookings when this month has none. */
const MONTHS_AHEAD = 3;
const FLOW = 'agendaFlow';

export interface AgendaOptions {
  text?: string;
  /** The month the task before showed (a calendar of January): « le 7 » is of it (a weekday alone stays the coming one). */
  month?: string;
  /** The agenda shown just before: its children and its month stand for those the follow-up does not name (« et pour Hugo ? »). */
  before?: AgendaShown;
}

export class AgendaDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(AGENDA_DIALOG);
    this.addDialog(new WaterfallDialog(FLOW, [...requireFamilyFile(deps, 'agenda.signInFirst'), this.show.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async show(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const account = (step.result as SignInResult | undefined)?.account;
    if (!account) return step.endDialog();
    const t = translator(this.deps, step.context);
    const locale = localeOf(step.context);
    const file = await this.deps.service.familyFile(account);
    if (!file) {
      const commune = await currentCommune(this.deps, step.context);
      await send(this.deps, step.context, { text: t('familyFile.notLinked', { keyName: commune?.familyKeyName ?? '' }) });
      return step.endDialog();
    }
    const children = file.children.map((c) => c.child);
    const options = (step.options ?? {}) as AgendaOptions;
    const zone = options.text ? (await currentCommune(this.deps, step.context))?.schoolZone : undefined;
    const understood = options.text ? this.deps.understand(options.text, children.map((c) => c.firstName), /\d/.test(options.text) ? options.month : undefined, zone) : undefined;
    const before = options.before;
    const chosen = understood?.children?.length ? children.filter((c) => understood.children?.includes(c.firstName)) : before ? children.filter((c) => before.childIds.includes(c.id)) : children;
    const ids = chosen.map((c) => c.id);
    const thisMonth = parisDay(this.deps.service.clock.now()).slice(0, 7);
    let month = understood?.month ?? (understood?.dates.length ? undefined : before?.month) ?? thisMonth;
    let days = understood?.dates.length ? understood.dates : daysOfMonth(month);
    let entries = await this.deps.service.reservations.agenda(account, ids, days[0] as string, days.at(-1) as string);
    // « mes réservations » with nothing booked this month: the next month that has some, said so (not « rien de réservé »).
    const next = !before && !understood?.month && !understood?.dates.length && entries.length === 0 ? await this.nextBooked(account, ids, month) : undefined;
    if (next) {
      await send(this.deps, step.context, { text: t('agenda.nothingThisMonth', { month: monthName(locale, month) }) });
      [month, days, entries] = [next.month, daysOfMonth(next.month), next.entries];
    }
    const from = days[0] as string;
    const to = days.at(-1) as string;
    // One day asked (« lea mange à la cantine lundi 30 ? »): that day, not « du lundi 30 au lundi 30 ».
    const period = understood?.dates.length ? (from === to ? weekdayDay(locale, from) : t('agenda.period', { from: weekdayDay(locale, from), to: weekdayDay(locale, to) })) : monthName(locale, month);
    const title = t('agenda.title', { period });
    const paid = this.deps.renderer.pageChars(step.context.activity.channelId) !== undefined;
    const sections = chosen.map((child) => ({
      title: child.firstName,
      lines: (paid ? agendaShortLines : agendaLines)(t, locale, entries.filter((e) => e.childId === child.id && days.includes(e.day))),
    }));
    const cardText = sections.map((s) => [t('format.heading', { label: s.title }), ...s.lines.map((l) => `- ${l}`)].join('\n')).join('\n');
    const hint = t('agenda.hint');
    await send(this.deps, step.context, { text: '', cardText: `${title}\n${cardText}\n${hint}`, card: { template: 'sections', data: { title, sections: [...sections, { title: t('agenda.next'), lines: [hint] }], actions: [] } } });
    // « annuler le 19 » said next is of the month shown, when it is still to come (see MainOptions.shownMonth).
    const later = from.slice(0, 7) > parisDay(this.deps.service.clock.now()).slice(0, 7);
    return step.endDialog({ ...(later ? { shownMonth: from.slice(0, 7) } : {}), agenda: { childIds: ids, month: from.slice(0, 7) } } satisfies ShownMonthResult);
  }

  /** The first of the next months holding bookings of these children, with its entries. */
  private async nextBooked(account: Account, childIds: number[], month: string): Promise<{ month: string; entries: AgendaEntry[] } | undefined> {
    const end = daysOfMonth(shiftMonth(month, MONTHS_AHEAD)).at(-1) as string;
    const ahead = await this.deps.service.reservations.agenda(account, childIds, `${shiftMonth(month, 1)}-01`, end);
    const first = ahead.map((e) => e.day).sort()[0];
    if (!first) return undefined;
    const found = first.slice(0, 7);
    return { month: found, entries: ahead.filter((e) => e.day.startsWith(found)) };
  }
}

/** One line per day: « lundi 7 décembre : Restauration scolaire, Accueil du matin (en attente) ». */
export function agendaLines(t: ReturnType<typeof translator>, locale: string, entries: AgendaEntry[]): string[] {
  if (entries.length === 0) return [t('agenda.nothing')];
  const byDay = new Map<string, AgendaEntry[]>();
  for (const e of entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  return [...byDay.entries()].map(([day, list]) => {
    const items = list.map((e) => {
      const notes = [e.status === 'pending' ? t('booking.calendar.pending') : '', e.status === 'waiting' ? t('booking.calendar.waiting') : '', e.absent ? t(e.justified ? 'agenda.absentJustified' : 'agenda.absent') : ''].filter(Boolean);
      return `${e.activity.label}${notes.length ? ` (${notes.join(', ')})` : ''}`;
    });
    return t('format.labelValue', { label: weekdayDay(locale, day), value: items.join(', ') });
  });
}

