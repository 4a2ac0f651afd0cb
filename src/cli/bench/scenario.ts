/**
 * What each resident of the benchmark says, in order (welcome, sign-in by the code mailed, a booking
 * of three days in French and its confirmation, the calendar card, the invoice list), and the load
 * that plays it for many residents at once against one HTTP port (the bot, the EchoBot, or the
 * round-robin in front of several instances), latencies kept per kind of turn.
 */
import { performance } from 'node:perf_hooks';
import { pool, turn, type Reply } from './http';
import type { OutboxIndex } from './outboxIndex';
import type { Resident } from './residents';

export type Kind = 'welcome' | 'signIn' | 'booking' | 'confirm' | 'calendar' | 'invoices' | 'other';

export interface Step {
  kind: Kind;
  activity: (r: Resident) => Record<string, unknown>;
  /** What the bot's replies must hold for the turn to count as done (not checked for the EchoBot). */
  expect?: RegExp | 'card';
}

export const texts = (replies: Reply[]) => replies.map((r) => r.text ?? '').join('\n');
const hasCard = (replies: Reply[]) => replies.some((r) => (r.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'));

/** The whole visit; `codes` reads the codes the bot mails (none for the EchoBot, which mails nothing: it gets six digits all the same). */
export function scenario(codes: OutboxIndex | undefined, booking: string): Step[] {
  return [...signInSteps(codes), ...bookingSteps(booking), ...browsingSteps()];
}

export function signInSteps(codes: OutboxIndex | undefined): Step[] {
  return [
    { kind: 'welcome', activity: () => ({ type: 'conversationUpdate', membersAdded: [{ id: 'u' }], text: undefined }) },
    { kind: 'signIn', activity: () => ({ text: 'Me connecter' }) },
    { kind: 'signIn', activity: (r) => ({ text: r.email }), expect: /code à 6 chiffres/ },
    { kind: 'signIn', activity: (r) => ({ text: codes ? codes.codeFor(r.email) : '000000' }), expect: /Bon(jour|soir) Madame BENCH/ },
  ];
}

/** A booking in French (`{child}` replaced) and its confirmation: the turn that writes. */
export function bookingSteps(booking: string): Step[] {
  return [
    { kind: 'booking', activity: (r) => ({ text: booking.replace('{child}', r.child) }), expect: /à réserver/ },
    { kind: 'confirm', activity: () => ({ text: 'Confirmer' }), expect: /Référence : CSP-RES-/ },
  ];
}

function browsingSteps(): Step[] {
  return [
    { kind: 'other', activity: () => ({ text: 'réserver' }) },
    { kind: 'calendar', activity: () => ({ text: 'Restauration scolaire' }), expect: 'card' },
    { kind: 'other', activity: () => ({ text: 'menu' }) },
    { kind: 'invoices', activity: () => ({ text: 'mes factures' }), expect: /factur/i },
  ];
}

export interface LoadResult {
  turns: number;
  seconds: number;
  latencies: Map<Kind | 'all', number[]>;
  /** Turns whose replies did not hold what was expected, or that failed. */
  failures: string[];
  /** Turns of each kind that held what was expected. */
  done: Map<Kind, number>;
}

/** Each resident plays `steps` in its own conversation (`tag`-index), `concurrency` residents at once. */
export async function load(port: number, residents: Resident[], steps: Step[], options: { check: boolean; tag: string; concurrency: number }): Promise<LoadResult> {
  const latencies = new Map<Kind | 'all', number[]>([['all', []]]);
  const done = new Map<Kind, number>();
  const failures: string[] = [];
  const t0 = performance.now();
  await pool(residents, options.concurrency, async (r) => {
    const who = { conversation: `${options.tag}-${r.index}`, user: `${options.tag}-user-${r.index}` };
    for (const step of steps) {
      try {
        const { replies, ms } = await turn(port, who, step.activity(r));
        latencies.get('all')!.push(ms);
        latencies.set(step.kind, [...(latencies.get(step.kind) ?? []), ms]);
        if (options.check && step.expect && !(step.expect === 'card' ? hasCard(replies) : step.expect.test(texts(replies)))) {
          failures.push(`${step.kind} (${r.email}): ${texts(replies).slice(0, 160).replace(/\n/g, ' / ')}`);
        } else done.set(step.kind, (done.get(step.kind) ?? 0) + 1);
      } catch (e) {
        failures.push(`${step.kind} (${r.email}): ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  });
  return { turns: latencies.get('all')!.length, seconds: (performance.now() - t0) / 1000, latencies, failures, done };
}
