/**
 * A card's title is the card's: the message sent with it does not say it again (seen and heard twice on Web Chat,
 * which reads the message's text, then the card's `speak`). The card keeps its `speak` and text equivalent; the
 * message's `speak` and the card's each say their part once. By SMS (no card), the text says everything, title first.
 */
import type { Activity } from 'botbuilder';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Card = { body?: Array<{ text?: string; style?: string }>; speak?: string; fallbackText?: string };
/** Calendar, invoice list, one invoice, the bookings of a month, the family file: the cards with a title. */
const ERRANDS = ['réserver la cantine pour Léa', 'menu', 'mes factures', '1', 'menu', 'mes réservations', 'menu', 'mon dossier famille'];

async function run(channelId: string): Promise<{ c: Chat; replies: Partial<Activity>[] }> {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  const replies: Partial<Activity>[] = [];
  for (const said of ERRANDS) replies.push(...(await c.say(said)));
  return { c, replies };
}

it('Web Chat: each titled card shows its title once, the message says what the card does not, each part spoken once', async () => {
  const { c, replies } = await run('webchat');
  const t = c.core.texts.for('fr');
  const titled = replies.flatMap((a) => (a.attachments ?? []).map((x) => ({ a, card: x.content as Card }))).filter(({ card }) => card.body?.[0]?.style === 'heading');
  expect(titled.length).toBeGreaterThanOrEqual(5);
  for (const { a, card } of titled) {
    const title = card.body?.[0]?.text as string;
    expect(a.text ?? '').not.toContain(title);
    expect(card.speak).toContain(title);
    expect(card.fallbackText).toContain(title);
    if (a.speak) expect(a.speak).not.toContain(title);
  }
  // Beside the calendar, the message says that the days can be written too (the card does not).
  const calendar = titled.find(({ card }) => JSON.stringify(card).includes('"calendar":"validate"'));
  expect(calendar?.a.text).toBe(t('booking.calendar.hintCard', { month: 'décembre 2026' }));
});

it('SMS: no card, the title in the text, before what the card would show', async () => {
  const { c, replies } = await run('sms');
  const t = c.core.texts.for('fr', false, true);
  expect(replies.every((a) => a.attachments === undefined)).toBe(true);
  const said = replies.map((a) => a.text ?? '').join('\n');
  expect(said).toContain(`${t('booking.calendar.title', { activity: 'Restauration scolaire', month: 'décembre 2026' })}\nLéa`);
  expect(said).toContain(t('invoices.title'));
  expect(said).toContain(t('invoices.detailTitle', { number: 'CSP-FAC-2026-000001' }));
});
