/**
 * Booking tasks of a signed-in resident whose family file is linked (Léa: canteen, morning,
 * Wednesday; Hugo: canteen, evening): book days, cancel days, report an absence. The clock is
 * Wednesday 18 November 2026; days from 3 December on are bookable without a late surcharge.
 */
import { absences, bookBefore, booked, cancelled, cross } from './checks';
import type { Conversation, Ctx, Turn } from './runner';

type Kid = 'lea' | 'hugo';
const kid = (c: Ctx, k: Kid) => c.resident.children[k];

/** « oui » and its everyday forms; on Web Chat also the button pressed; by SMS the option's number. */
const CONFIRMS: Array<{ style: string; turn: Turn }> = [
  { style: 'oui', turn: 'oui' },
  { style: 'ouais', turn: 'ouais' },
  { style: "c'est bon", turn: "c'est bon" },
  { style: 'ok je confirme', turn: 'ok je confirme' },
  { style: 'the first option', turn: (c) => (c.channel === 'sms' ? '1' : 'Confirmer') },
];

/** Details up front: the child, the activity and the days in the first message. */
const UPFRONT: Array<{ say: string; kid: Kid; activity: string; days: string[] }> = [
  { say: 'reserver la cantine pour lea le 3 decembre', kid: 'lea', activity: 'canteen', days: ['2026-12-03'] },
  { say: 'je voudrais inscrire hugo a la garderie du soir le 8 decembre', kid: 'hugo', activity: 'evening', days: ['2026-12-08'] },
  { say: 'resa cantine lea jeudi 10 decembre et vendredi 11 decembre', kid: 'lea', activity: 'canteen', days: ['2026-12-10', '2026-12-11'] },
  { say: 'lea mangera a la cantine le 14 decembre', kid: 'lea', activity: 'canteen', days: ['2026-12-14'] },
  { say: 'Hugo ira à la cantine le lundi 7 décembre', kid: 'hugo', activity: 'canteen', days: ['2026-12-07'] },
  { say: 'reserve la cantine pour lea le 3, 4 et 7 decembre', kid: 'lea', activity: 'canteen', days: ['2026-12-03', '2026-12-04', '2026-12-07'] },
  { say: "je veux reserver l'accueil du matin pour lea le 15 decembre", kid: 'lea', activity: 'morning', days: ['2026-12-15'] },
  { say: 'reserer la cantinne pour lea le 17 decembre', kid: 'lea', activity: 'canteen', days: ['2026-12-17'] },
  { say: 'cantine léa 17/12 svp', kid: 'lea', activity: 'canteen', days: ['2026-12-17'] },
];

const upfront: Conversation[] = cross(UPFRONT, CONFIRMS).map(([u, c]) => ({
  task: 'book days',
  name: `« ${u.say} », then « ${c.style} »`,
  given: 'signedInLinked',
  turns: [u.say, c.turn],
  outcome: (ctx) => booked(ctx.core, kid(ctx, u.kid), u.activity, u.days),
}));

/** Step by step: the bot asks what is missing; answers by number (SMS lists), label or a word. */
const STEPS: Array<{ name: string; turns: Turn[]; kid: Kid; activity: string; days: string[]; knownFailure?: string }> = [
  { name: 'asked for everything, answers by label', turns: ['je veux reserver', 'Restauration scolaire', 'Léa', 'le 3 decembre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-03'] },
  { name: 'asked for everything, short words', turns: ['reservation', 'cantine', 'lea', '4 decembre', 'ouais'], kid: 'lea', activity: 'canteen', days: ['2026-12-04'] },
  { name: 'the menu rubric, then the activity', turns: ['Réserver ou annuler', 'cantine', 'hugo', 'le 10 decembre', "c'est bon"], kid: 'hugo', activity: 'canteen', days: ['2026-12-10'] },
  { name: 'the child named first', turns: ['je voudrais reserver pour hugo', 'garderie du soir', 'le 14 decembre', 'oui'], kid: 'hugo', activity: 'evening', days: ['2026-12-14'] },
  { name: 'the activity named first', turns: ['reserver la cantine', 'Léa', 'les 3 et 4 decembre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-03', '2026-12-04'] },
  { name: 'a practical question in the middle', turns: ['reserver la cantine pour lea', "c'est ouvert samedi la mairie ?", 'le 3 decembre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-03'] },
  { name: 'invoices in the middle, then back', turns: ['reserver la cantine pour lea', 'mes factures', 'reprendre', 'le 7 decembre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-07'] },
  { name: 'a change of mind on the day', turns: ['reserver la cantine pour lea le 3 decembre', 'non, plutot le 4 decembre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-04'] },
  { name: 'a change of mind without « non »', turns: ['reserver la cantine pour lea le 3 decembre', 'plutot le 4 decembre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-04'] },
  { name: 'a change of mind, the day alone', turns: ['reserver la cantine pour lea le 3 decembre', 'non le 7', "c'est bon"], kid: 'lea', activity: 'canteen', days: ['2026-12-07'] },
  { name: 'a day added at the basket', turns: ['reserver la cantine pour lea le 3 decembre', 'et le 4 aussi', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-03', '2026-12-04'] },
  { name: 'a plain « non », then « oui »', turns: ['reserver la cantine pour lea le 3 decembre', 'non', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-03'] },
  { name: 'a plain « non », then the day wanted', turns: ['reserver la cantine pour lea le 3 decembre', 'non', 'plutot le 4 decembre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-04'] },
  { name: 'a plain « non », then « modifier »', turns: ['reserver la cantine pour lea le 3 decembre', 'nan', 'modifier', 'ajouter le 4 decembre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-03', '2026-12-04'] },
  { name: 'modify the basket', turns: ['reserver la cantine pour lea le 3 decembre', 'modifier', 'ajouter le 4 decembre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2026-12-03', '2026-12-04'] },
  { name: 'the Wednesday centre', turns: ['inscrire lea au centre de loisirs le mercredi 9 decembre', 'oui'], kid: 'lea', activity: 'wednesday', days: ['2026-12-09'] },
  // At a basket of January, a weekday alone is of the basket's week.
  { name: 'a weekday instead, at a basket of January', turns: ['reserver la cantine pour lea le lundi 11 janvier', 'non plutot le mardi', 'oui'], kid: 'lea', activity: 'canteen', days: ['2027-01-12'] },
  { name: 'a weekday added, at a basket of January', turns: ['reserver la cantine pour lea le lundi 11 janvier', 'et le jeudi aussi', 'oui'], kid: 'lea', activity: 'canteen', days: ['2027-01-11', '2027-01-14'] },
  // Put aside at the basket, then resumed: the basket read back, then confirmed.
  { name: 'invoices at the basket, then back', turns: ['reserver la cantine pour lea le 12 janvier', 'mes factures', 'reprendre', 'oui'], kid: 'lea', activity: 'canteen', days: ['2027-01-12'] },
  // English at the basket: a day taken out.
  { name: 'a day taken out in English', turns: ['english', 'book the canteen for lea on january 12 and 15', 'not the 15th', 'yes'], kid: 'lea', activity: 'canteen', days: ['2027-01-12'] },
  { name: 'a day taken out in English, with its month', turns: ['english', 'book the canteen for lea on january 12 and 15', 'without January 15', 'yes'], kid: 'lea', activity: 'canteen', days: ['2027-01-12'] },
];

/** Both children in the first message: one basket for both. */
const BOTH: string[] = [
  'reserver la cantine pour les deux enfants le 12 janvier',
  'reserver la cantine pour tous les enfants le 12 janvier',
  'je veux inscrire mes enfants a la cantine le 12 janvier',
  'reserver la cantine pour hugo et lea le 12 janvier',
];

const both: Conversation[] = BOTH.map((say) => ({
  task: 'book days',
  name: `« ${say} » (both children), then « oui »`,
  given: 'signedInLinked',
  turns: [say, 'oui'],
  outcome: async (ctx) => (await booked(ctx.core, kid(ctx, 'lea'), 'canteen', ['2027-01-12'])) ?? booked(ctx.core, kid(ctx, 'hugo'), 'canteen', ['2027-01-12']),
}));

/** A day without a month after the agenda of January: of January. */
const afterAgenda: Conversation[] = ['annuler le 19', 'annule le 19 svp'].map((say) => ({
  task: 'cancel days',
  name: `the agenda of January, then « ${say} », then « oui »`,
  given: 'signedInLinked',
  setup: (ctx) => bookBefore(ctx.core, kid(ctx, 'lea'), 'canteen', ['2027-01-18', '2027-01-19']),
  turns: ['mes reservations de janvier', say, 'oui'],
  outcome: (ctx) => cancelled(ctx.core, kid(ctx, 'lea'), 'canteen', ['2027-01-19'], ['2027-01-18']),
}));

const steps: Conversation[] = STEPS.map((s) => ({
  task: 'book days', name: s.name, given: 'signedInLinked', turns: s.turns, ...(s.knownFailure ? { knownFailure: s.knownFailure } : {}), outcome: (ctx) => booked(ctx.core, kid(ctx, s.kid), s.activity, s.days),
}));

/** Booked before the conversation: Léa's canteen on 3, 4 and 7 December. */
const LEA_BOOKED = ['2026-12-03', '2026-12-04', '2026-12-07'];
const CANCELS: Array<{ say: string; turns?: Turn[] }> = [
  { say: 'annuler la cantine de lea le 4 decembre' },
  { say: 'lea ne mangera pas a la cantine le 4 decembre' },
  { say: 'enlever le 4 decembre pour lea a la cantine' },
  { say: 'desinscrire lea de la cantine le 4/12' },
  { say: 'plus besoin de cantine pour lea le vendredi 4 decembre' },
  { say: 'je veux annuler une reservation', turns: ['cantine', 'lea', 'annuler le 4 decembre'] },
  // Neither the activity nor the child named: the only booking of that day is the one meant.
  { say: 'annule le vendredi 4 decembre' },
  { say: 'lea ne viendra pas le 4 decembre, annulez svp' },
];

const cancel: Conversation[] = cross(CANCELS, CONFIRMS.slice(0, 3).concat(CONFIRMS.slice(4))).map(([x, c]) => ({
  task: 'cancel days',
  name: `« ${x.say} »${x.turns ? ' then asked' : ''}, then « ${c.style} »`,
  given: 'signedInLinked',
  setup: (ctx) => bookBefore(ctx.core, kid(ctx, 'lea'), 'canteen', LEA_BOOKED),
  turns: [x.say, ...(x.turns ?? []), c.turn],
  outcome: (ctx) => cancelled(ctx.core, kid(ctx, 'lea'), 'canteen', ['2026-12-04'], ['2026-12-03', '2026-12-07']),
}));

/** Léa's absence on Thursday 19 November (booked before: canteen and morning). */
const ABSENCES: string[] = [
  'lea est malade demain',
  'lea sera absente jeudi',
  'Léa ne viendra pas demain, elle a de la fièvre',
  'absence de lea le 19 novembre',
  "signaler une absence pour lea demain",
  'lea a la gastro elle ne mangera pas a la cantine demain',
];
const REASONS: Array<{ style: string; turn: Turn; then?: Turn }> = [
  { style: 'maladie', turn: 'maladie' },
  { style: 'the first option', turn: (c) => (c.channel === 'sms' ? '1' : 'Maladie') },
  { style: 'elle est malade', turn: 'elle est malade' },
  // « oui » fits neither option: asked again, then answered (the outcome checks the reason kept).
  { style: '« oui » first, then maladie', turn: (c) => (c.channel === 'sms' ? 'oui' : 'ouais'), then: 'maladie' },
];

const absence: Conversation[] = cross(ABSENCES, REASONS).map(([say, r]) => ({
  task: 'report absence',
  name: `« ${say} », reason « ${r.style} »`,
  given: 'signedInLinked',
  setup: async (ctx) => {
    await bookBefore(ctx.core, kid(ctx, 'lea'), 'canteen', ['2026-11-19']);
    await bookBefore(ctx.core, kid(ctx, 'lea'), 'morning', ['2026-11-19']);
  },
  // On Web Chat the medical certificate may be attached at once: « plus tard ».
  turns: [say, r.turn, ...(r.then ? [r.then] : []), (c) => (c.channel === 'webchat' ? 'plus tard' : undefined)],
  outcome: async (ctx) => {
    const found = await absences(ctx.core, kid(ctx, 'lea'));
    if (r.then && !found.every((a) => a.reason === 'Maladie')) return `the reason kept is not « Maladie »: ${JSON.stringify(found)}`;
    return found.some((a) => a.day === '2026-11-19') ? undefined : `no absence recorded on 19 November: ${JSON.stringify(found)}`;
  },
}));

export const bookingConversations: Conversation[] = [...upfront, ...steps, ...both, ...cancel, ...afterAgenda, ...absence];
