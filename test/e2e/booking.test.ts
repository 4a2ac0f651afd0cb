/**
 * Over HTTP, as Web Chat would: sign in, open the canteen calendar of December, « Tout cocher »,
 * « Valider » through the card's submit, confirm the basket, and find the month booked in the
 * store; the same submit sent again books nothing twice.
 */
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';
import { sql } from 'drizzle-orm';
import { oneOf, rowsOf } from '../support/sql';

let app: RunningApp;
beforeAll(async () => {
  app = await startSeededApp(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
  const repos = app.core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
  await repos.accounts.linkHousehold(account.id, household?.id as number);
});
afterAll(() => app.stop());

interface Reply {
  text?: string;
  attachments?: Array<{ contentType: string; content: { body: unknown[]; actions: Array<{ title: string; data: Record<string, unknown> }> } }>;
}

async function post(activity: Record<string, unknown>): Promise<Reply[]> {
  const res = await fetch(`http://${app.host}:${app.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR',
      conversation: { id: 'conv-booking' }, from: { id: 'parent-1' }, recipient: { id: 'bot' }, channelData: { commune: 'carrieres-sous-poissy' }, ...activity,
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Reply[] }).activities;
}
const say = async (text: string) => (await post({ text })).map((a) => a.text ?? '').join('\n');

function toggles(node: unknown, out: Record<string, unknown> = {}): Record<string, unknown> {
  if (Array.isArray(node)) node.forEach((n) => toggles(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'Input.Toggle') out[o.id as string] = o.value;
    Object.values(o).forEach((v) => toggles(v, out));
  }
  return out;
}
const cardIn = (replies: Reply[]) => replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
/** What Web Chat posts when a card's Action.Submit is pressed: the inputs merged with the action's data, no text. */
function submit(card: NonNullable<ReturnType<typeof cardIn>>, title: string) {
  const action = card.actions.find((a) => a.title === title);
  return post({ value: { ...toggles(card.body), ...action?.data } });
}

it('books a month of canteen for a child through the calendar card', async () => {
  await say('bonjour');
  await say('Me connecter');
  await say('francoise.durand@example.org');
  expect(await say(lastCode(app.core.config.outboxDir, 'francoise.durand@example.org'))).toContain('Bonjour Madame DURAND');
  await say('réserver');
  await say('Restauration scolaire');
  const december = cardIn(await post({ text: 'Léa' }));
  expect(december).toBeDefined();
  const all = cardIn(await submit(december!, 'Tout cocher'));
  const basket = (await submit(all!, 'Valider')).map((a) => a.text ?? '').join('\n');
  expect(basket).toContain('Léa : à réserver les 3, 4, 7, 8, 10, 11, 14, 15, 17 et 18 décembre.');
  expect(basket).toContain('Léa : à réserver le mardi 1er décembre, après le délai');
  expect(await say('Confirmer')).toContain('Référence : CSP-RES-2026-000001.');
  const rows = await rowsOf<{ day: string; status: string }>(app.core, sql`select day, status from reservations order by day`);
  expect(rows.map((r) => r.day)).toEqual(['2026-12-01', '2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08', '2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18']);
  expect(rows[0]?.status).toBe('pending');

  // The same « Valider » sent again (a double click, a second device): nothing is booked twice.
  const again = (await submit(all!, 'Valider')).map((a) => a.text ?? '').join('\n');
  expect(again).toContain('déjà réservé');
  expect(await oneOf(app.core, sql`select cast(count(*) as integer) as n from reservations`)).toEqual({ n: 11 });
});
