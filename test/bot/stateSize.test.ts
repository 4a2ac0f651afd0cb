/**
 * The conversation state a typical web chat visit writes at each turn (welcome, sign-in, a booking in
 * words and its confirmation, the calendar card, the menu asked over it, the invoices), held under a
 * bound: it is read, compared and written at every turn. The prompts keep their questions as Replies,
 * rendered when sent (dialogs/storedPrompt.ts); kept as channel activities, cards and all, the same
 * visit wrote up to 20 KB a turn here (26 KB in the benchmark's scenario).
 *
 * And a conversation under way when the new version is deployed: its state written the old way (each
 * prompt's questions as activities) is read by this version, asked again and answered as before.
 */
import type { Activity } from 'botbuilder';
import { CardRenderer } from '../../cards/cardRenderer';
import { settableClock } from '../../src/domain/clock';
import { redactKept } from '../../src/redact';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The largest bot state of a conversation written so far (bytes of its JSON text). */
const stateSize = (c: Chat) => (c.core.db.$client.prepare("select max(length(data)) as n from bot_state where key like '%/conversations/%'").get() as { n: number }).n;

const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);

async function signedIn(): Promise<{ c: Chat; sizes: number[] }> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: 'webchat' });
  chats.push(c);
  const repos = c.core.service.deps.repos;
  const email = 'francoise.durand@example.org';
  const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  await repos.accounts.linkHousehold(account.id, household?.id as number);
  const sizes: number[] = [];
  await c.join({ commune: 'carrieres-sous-poissy' });
  sizes.push(stateSize(c));
  for (const said of ['Me connecter', email]) {
    await c.say(said);
    sizes.push(stateSize(c));
  }
  await c.say(lastCode(c.core.config.outboxDir, email));
  sizes.push(stateSize(c));
  return { c, sizes };
}

describe('the state of a typical visit', () => {
  it('stays under 12 KB at every turn (10.4 KB now; 20.6 KB when the prompts kept their activities)', async () => {
    const { c, sizes } = await signedIn();
    for (const said of ['réserver la cantine le 3 décembre et le 4 décembre pour Léa', 'Confirmer', 'Réserver ou annuler', 'Restauration scolaire', 'Léa', 'menu', 'mes factures']) {
      await c.say(said);
      sizes.push(stateSize(c));
    }
    expect(booked(c)).toEqual(['2026-12-03', '2026-12-04']);
    expect(Math.max(...sizes)).toBeLessThan(12_000);
  });
});

/** The texts the prompts of the conversation's state keep (AskState's renders), wherever they are in it. */
function keptTexts(c: Chat): Array<Record<string, unknown>> {
  const rows = c.core.db.$client.prepare("select data from bot_state where key like '%/conversations/%'").all() as Array<{ data: string }>;
  const out: Array<Record<string, unknown>> = [];
  const walk = (tree: unknown): void => {
    if (Array.isArray(tree)) tree.forEach(walk);
    else if (tree && typeof tree === 'object') {
      for (const [k, v] of Object.entries(tree)) {
        if (k === 'renders' && Array.isArray(v)) out.push(...(v as Array<Record<string, unknown>>));
        else walk(v);
      }
    }
  };
  for (const row of rows) walk(JSON.parse(row.data));
  return out;
}

describe('the texts a question keeps for a change of language', () => {
  it('are kept by key and parameters, without the texts the translator gives back, and the question is asked again in English', async () => {
    const { c } = await signedIn();
    await c.say('Réserver ou annuler');
    const kept = keptTexts(c);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.filter((r) => 'text' in r)).toEqual([]);
    expect(kept.map((r) => r.key)).toContain('booking.askActivity');
    const english = c.text(await c.say('english'));
    expect(english).toMatch(/activity/i);
    expect(keptTexts(c).filter((r) => 'text' in r)).toEqual([]);
    expect(c.text(await c.say('School canteen'))).toMatch(/calendar|December|child|Léa/i);
  });
});

/** A prompt's options as the version before wrote them: each question stored as the activity the channel got. */
function asBefore(tree: unknown, render: (reply: unknown) => Partial<Activity>, prompt?: unknown): unknown {
  if (Array.isArray(tree)) return tree.map((v) => asBefore(v, render, prompt));
  if (!tree || typeof tree !== 'object') return tree;
  const node = tree as Record<string, unknown>;
  if ('reply' in node) {
    const base = node.on === 'prompt' ? (prompt as { reply: Record<string, unknown> }).reply : {};
    const reply: Record<string, unknown> = { ...base, ...(node.reply as object) };
    for (const key of (node.without as string[] | undefined) ?? []) delete reply[key];
    return JSON.parse(JSON.stringify(render(reply))) as unknown;
  }
  const own = node.prompt && typeof node.prompt === 'object' && 'reply' in node.prompt ? node.prompt : prompt;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, asBefore(v, render, own)]));
}

/** Rewrites the conversation's state as the version before would have written it; returns its size. */
function rewriteAsBefore(c: Chat): number {
  const renderer = new CardRenderer(c.core.config.cardsDir);
  const db = c.core.db.$client;
  const rows = db.prepare("select key, data from bot_state where key like '%/conversations/%'").all() as Array<{ key: string; data: string }>;
  for (const row of rows) {
    // As the version before saved it: its activities redacted (src/bot/sqlStorage.ts).
    const text = JSON.stringify(redactKept(asBefore(JSON.parse(row.data), (reply) => renderer.toActivity(reply as Parameters<CardRenderer['toActivity']>[0], 'webchat'))));
    expect(text).not.toContain('"reply":');
    db.prepare('update bot_state set data = ? where key = ?').run(text, row.key);
  }
  return stateSize(c);
}

/** What a resident sees of the replies. */
const seen = (replies: Partial<Activity>[]) => replies.map((r) => ({ text: r.text, speak: r.speak, attachments: r.attachments, suggestedActions: r.suggestedActions }));

describe('a conversation under way when this version is deployed (its state written by the version before)', () => {
  it('reads, asks again and answers as this version does: the menu over the calendar, a wrong answer, « reprendre », « english », the days, the confirmation', async () => {
    const now = await signedIn();
    const before = await signedIn();
    const sizes: number[] = [];
    for (const said of ['Réserver ou annuler', 'Restauration scolaire', 'Léa', 'menu', 'xqzw', 'reprendre', 'english', 'xqzw', 'the 3rd of December', 'Confirm']) {
      // The state the turn reads: this version's, and the same written the way before.
      sizes.push(rewriteAsBefore(before.c));
      expect(seen(await before.c.say(said))).toEqual(seen(await now.c.say(said)));
    }
    // The activities of the version before, around this version's texts kept by key (without the texts, 20 KB and more).
    expect(Math.max(...sizes)).toBeGreaterThan(17_000);
    expect(booked(before.c)).toEqual(['2026-12-03']);
    expect(booked(now.c)).toEqual(['2026-12-03']);
  });

});
