/**
 * The linked family's follow-ups and changes of mind (Léa: canteen, morning, Wednesday; Hugo: canteen, evening): a
 * booking undone after a setting said at the menu (« english », « langage simple »), a day then a child's name, the
 * child kept when the activity changes. The clock is Wednesday 18 November 2026.
 */
import { absences, bookBefore, booked, cancelled } from './checks';
import type { Conversation, Ctx } from './runner';

const lea = (c: Ctx) => c.resident.children.lea;

/** A booking confirmed, a setting said at the menu, then the undo: that booking's day cancelled. */
const UNDO_AFTER_SETTING: Array<{ setting: string; undo: string; yes: string }> = [
  { setting: 'english', undo: 'undo', yes: 'yes' },
  { setting: 'english', undo: 'cancel that', yes: 'yes' },
  { setting: 'english', undo: 'oops undo what I just did', yes: 'yes' },
  { setting: 'langage simple', undo: 'annuler ce que je viens de faire', yes: 'oui' },
  { setting: 'english', undo: 'français', yes: 'annule ça' },
];

const undoAfterSetting: Conversation[] = UNDO_AFTER_SETTING.map((u) => ({
  task: 'cancel days',
  name: `a booking, « ${u.setting} », then « ${u.undo} »`,
  given: 'signedInLinked',
  turns: ['reserver la cantine pour lea le 3 decembre', 'oui', u.setting, u.undo, u.yes, ...(u.undo === 'français' ? ['oui'] : [])],
  outcome: (ctx) => cancelled(ctx.core, lea(ctx), 'canteen', ['2026-12-03'], []),
}));

/** A day then a child's name (« le 3 hugo »): the day is read, not dropped as a count. */
const DAY_THEN_CHILD: Array<{ name: string; turns: string[] }> = [
  { name: 'at the child question', turns: ['reserver la cantine', 'le 3 hugo', 'oui'] },
  { name: 'at the calendar', turns: ['reserver la cantine pour hugo', 'le 3 hugo', 'oui'] },
  { name: 'up front', turns: ['cantine le 3 hugo', 'oui'] },
  // No verb, no activity, as a first message: « Réserver ou annuler » for that child and day, the activity asked.
  { name: 'as a first message', turns: ['le 3 hugo', 'cantine', 'oui'] },
  { name: 'as a first message, the child first', turns: ['hugo le 3 decembre', 'cantine', 'oui'] },
];

const dayThenChild: Conversation[] = DAY_THEN_CHILD.map((d) => ({
  task: 'book days',
  name: `« le 3 hugo » ${d.name}`,
  given: 'signedInLinked',
  turns: d.turns,
  outcome: (ctx) => booked(ctx.core, ctx.resident.children.hugo, 'canteen', ['2026-12-03']),
}));

/** At Hugo's basket, a cancellation for Léa of a day not in it: that day cancelled for Léa, instead of or beside Hugo's. */
const OTHER_CHILD_CANCEL: Array<{ say: string; hugoBooked: string[] }> = [
  { say: 'non en fait annule plutot le 7 decembre pour lea', hugoBooked: [] },
  { say: 'annule plutôt la cantine de léa le 7 decembre', hugoBooked: [] },
  { say: 'et annule le 7 decembre pour lea', hugoBooked: ['2026-12-03'] },
];

const otherChildCancel: Conversation[] = OTHER_CHILD_CANCEL.map((o) => ({
  task: 'cancel days',
  name: `Hugo's basket, then « ${o.say} »`,
  given: 'signedInLinked',
  setup: (ctx) => bookBefore(ctx.core, lea(ctx), 'canteen', ['2026-12-07']),
  turns: ['reserver la cantine pour hugo le 3 decembre', o.say, 'oui'],
  outcome: async (ctx) => (await cancelled(ctx.core, lea(ctx), 'canteen', ['2026-12-07'], [])) ?? booked(ctx.core, ctx.resident.children.hugo, 'canteen', o.hugoBooked),
}));

/** An absence: « le 19 lea » at the child question, or at the days question, records that day (booked before). */
const absenceDayThenChild: Conversation[] = [
  { name: 'at the child question', turns: ['signaler une absence', 'le 19 lea'] },
  { name: 'at the days question', turns: ['signaler une absence pour lea', 'le 19 lea'] },
].map((a) => ({
  task: 'report absence',
  name: `« le 19 lea » ${a.name}`,
  given: 'signedInLinked',
  setup: (ctx) => bookBefore(ctx.core, lea(ctx), 'canteen', ['2026-11-19']),
  // The reason, where asked; on Web Chat the certificate « plus tard ».
  turns: [...a.turns, 'maladie', (c) => (c.channel === 'webchat' ? 'plus tard' : undefined)],
  outcome: async (ctx) => ((await absences(ctx.core, lea(ctx))).some((x) => x.day === '2026-11-19') ? undefined : 'no absence on 19 November'),
}));

export const familyConversations: Conversation[] = [...undoAfterSetting, ...dayThenChild, ...otherChildCancel, ...absenceDayThenChild];
