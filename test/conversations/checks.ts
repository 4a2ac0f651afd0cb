/**
 * Outcomes read back from the database for the conversation tables, each answering undefined when
 * the task is done and else what is missing, plus the cross product that makes the variants.
 */
import { sql } from 'drizzle-orm';
import type { Core } from '../../src/index';
import { rowsOf, run } from '../support/sql';
import type { Ctx } from './runner';

/** Every combination of the lists, in order. */
export function cross<A, B>(as: readonly A[], bs: readonly B[]): Array<[A, B]> {
  return as.flatMap((a) => bs.map((b) => [a, b] as [A, B]));
}

/** Day → status of the child's reservations of one activity (by its code). */
export async function reservations(core: Core, childId: number, activity: string): Promise<Record<string, string>> {
  const found = await rowsOf<{ day: string; status: string }>(core, sql`select r.day, r.status from reservations r join activities a on a.id = r.activity_id where r.child_id = ${childId} and a.code = ${activity} order by r.day`);
  return Object.fromEntries(found.map((r) => [r.day, r.status]));
}

const BOOKED = new Set(['confirmed', 'pending']);

/** The days are booked (confirmed, or pending the mairie's agreement) and no other day of that activity. */
export async function booked(core: Core, childId: number, activity: string, days: readonly string[]): Promise<string | undefined> {
  const got = await reservations(core, childId, activity);
  const bookedDays = Object.keys(got).filter((d) => BOOKED.has(got[d]!));
  if (bookedDays.join() === [...days].sort().join()) return undefined;
  return `expected ${activity} booked on ${days.join(', ')}; the reservations are ${JSON.stringify(got)}`;
}

/** The days of the activity are cancelled and the others still booked. */
export async function cancelled(core: Core, childId: number, activity: string, days: readonly string[], kept: readonly string[]): Promise<string | undefined> {
  const got = await reservations(core, childId, activity);
  const wrong = [...days.filter((d) => got[d] !== 'cancelled'), ...kept.filter((d) => !BOOKED.has(got[d] ?? ''))];
  return wrong.length ? `expected ${days.join(', ')} cancelled and ${kept.join(', ') || 'nothing'} kept; the reservations are ${JSON.stringify(got)}` : undefined;
}

/** Books days directly (a setup: what the resident booked before the conversation). */
export async function bookBefore(core: Core, childId: number, activity: string, days: readonly string[]): Promise<void> {
  for (const day of days) {
    await run(core, sql`insert into reservations (child_id, activity_id, day, status) select ${childId}, id, ${day}, 'confirmed' from activities where code = ${activity} and commune_id = 'carrieres-sous-poissy'`);
  }
}

export async function absences(core: Core, childId: number): Promise<Array<{ day: string; reason: string }>> {
  return rowsOf(core, sql`select day, reason from absences where child_id = ${childId} order by day`);
}

/** The resident's requests (by the e-mail given), newest last, their data read back as an object. */
export async function requestsOf(core: Core, email: string): Promise<Array<{ reference: string; kind: string; status: string; data: Record<string, unknown> }>> {
  const found = await rowsOf<{ reference: string; kind: string; status: string; data: unknown }>(core, sql`select reference, kind, status, data from requests where requester_email = ${email} order by id`);
  return found.map((r) => ({ ...r, data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Record<string, unknown> }));
}

/** One request of that kind, its data holding these fields, and its reference told in the conversation. */
export async function requested(ctx: Ctx, email: string, kind: string, fields: Record<string, unknown>): Promise<string | undefined> {
  const found = await requestsOf(ctx.core, email);
  if (found.length !== 1) return `expected one request from ${email}; found ${JSON.stringify(found)}`;
  const r = found[0]!;
  if (r.kind !== kind) return `expected a request of kind ${kind}; found ${r.kind}`;
  const off = Object.entries(fields).filter(([k, v]) => JSON.stringify(r.data[k]) !== JSON.stringify(v));
  if (off.length) return `request ${r.reference}: expected ${JSON.stringify(fields)}; its data is ${JSON.stringify(r.data)}`;
  if (!ctx.replies.some((t) => t.includes(r.reference))) return `the reference ${r.reference} was never told to the resident`;
  return undefined;
}

/** The account of this e-mail, if any. */
export async function accountRow(core: Core, email: string): Promise<{ id: number; verified: string | null; household: number | null; first: string; last: string; civility: string | null } | undefined> {
  const found = await rowsOf<{ id: number; verified: string | null; household: number | null; first: string; last: string; civility: string | null }>(
    core,
    sql`select id, email_verified_at as verified, household_id as household, first_name as first, last_name as last, civility from accounts where email = ${email}`,
  );
  return found[0];
}

/** Whether the conversation's channel user is signed in to that account now (a live session). */
export async function signedInAs(core: Core, accountId: number): Promise<boolean> {
  const found = await rowsOf<{ n: number }>(core, sql`select count(*) as n from sessions where account_id = ${accountId} and ended_at is null`);
  return Number(found[0]?.n ?? 0) > 0;
}

export async function eInvoice(core: Core, householdId: number): Promise<boolean> {
  const found = await rowsOf<{ e: unknown }>(core, sql`select e_invoice as e from households where id = ${householdId}`);
  return found[0]?.e === 1 || found[0]?.e === true;
}

export async function payments(core: Core, invoiceId: number): Promise<Array<{ status: string; amount: number }>> {
  return rowsOf(core, sql`select status, amount_cents as amount from payments where invoice_id = ${invoiceId}`);
}

/** Text with French number spacing and dashes made plain, to look for times and amounts. */
export const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ').replace(/[–—]/g, '-');

/** « 08:30 » → « 8 h 30 », « 12:00 » → « 12 h », as the bot writes times. */
export const frenchTime = (hhmm: string): string => {
  const [h, m] = hhmm.split(':');
  return `${Number(h)} h${m === '00' ? '' : ` ${m}`}`;
};
