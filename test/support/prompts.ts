/**
 * For table-driven prompt tests: the options a reply offers (suggested actions where the channel
 * has buttons, numbered lines in text) and the locale texts, so tests assert what was offered
 * and what was done rather than the wording.
 */
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { readLocaleFile } from '../../src/i18n';
import { ROOT } from './harness';

export const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');

/** Both channels of the tables: Web Chat (buttons) and SMS (text only). */
export const CHANNELS = ['webchat', 'sms'] as const;

/** The options the last reply of a turn offers, in order. */
export function offered(replies: Partial<Activity>[]): string[] {
  const last = replies.at(-1);
  const actions = last?.suggestedActions?.actions;
  if (actions?.length) return actions.map((a) => a.title ?? '');
  return (last?.text ?? '').split('\n').flatMap((line) => /^(\d+)\. (.+)$/.exec(line)?.[2] ?? []);
}

/** The labels of locale keys, for comparing with `offered`. */
/** A text's words before its first parameter (« Pour … : » of a text with « {{task}} »). */
/** A « de » or « que » just before the parameter is left out: it is elided before a vowel (« d'Inès »). */
export const textBefore = (key: string): string => ((fr[key] ?? `<missing ${key}>`).split('{{')[0] ?? '').replace(/(?<!\p{L})(?:de|que) $/u, '');

const smsFr = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms');
/** The first words of the rates' answer as the channel says it (by SMS, the short answer's own). */
/** The deadlines' first line, as sent on that channel (shorter by SMS). */
export const deadlinesIntro = (channel: string): string => (channel === 'sms' ? (smsFr['booking.deadlines.intro'] ?? '<missing booking.deadlines.intro>') : textBefore('booking.deadlines.intro'));
export const ratesIntro = (channel: string): string => (channel === 'sms' ? (smsFr['tariffs.introShort'] ?? '<missing tariffs.introShort>') : textBefore('tariffs.intro'));

/** A text's words before its first parameter as sent on that channel (its SMS version by SMS, where it has one). */
export const textBeforeOn = (key: string, channel: string): string => (((channel === 'sms' ? smsFr[key] : undefined) ?? fr[key] ?? `<missing ${key}>`).split('{{')[0] ?? '');

export const labels = (...keys: string[]): string[] => keys.map((k) => fr[k] ?? `<missing ${k}>`);

/** One row per phrasing and channel: [channel, phrasing, ...rest]. */
export function table<T extends unknown[]>(rows: Array<[string, ...T]>): Array<[string, string, ...T]> {
  return CHANNELS.flatMap((channel) => rows.map(([phrasing, ...rest]) => [channel, phrasing, ...rest] as [string, string, ...T]));
}
