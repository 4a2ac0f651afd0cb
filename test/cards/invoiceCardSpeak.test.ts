/**
 * An invoice's card on Web Chat: its `speak` (what a screen reader reads for the card) says the invoice, not the PDF's
 * long link, which the card's button opens; its text equivalent (fallbackText) keeps the link.
 */
import type { Activity } from 'botbuilder';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Card = { speak?: string; fallbackText?: string; actions?: Array<{ type: string; url?: string }> };

it('Web Chat: the invoice card speaks the invoice without the PDF link, its button opens the link, the fallback says it', async () => {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId: 'webchat' });
  const invoice = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  await c.say('mes factures');
  const replies: Partial<Activity>[] = await c.say('1');
  const card = replies.flatMap((a) => a.attachments ?? []).map((a) => a.content as Card).find((k) => k.actions?.some((a) => a.type === 'Action.OpenUrl'));
  const url = card?.actions?.find((a) => a.type === 'Action.OpenUrl')?.url as string;
  expect(url).toMatch(/^http/);
  expect(card?.speak).toContain(invoice.number);
  expect(card?.speak).not.toContain('http');
  expect(card?.fallbackText).toContain(url);
});
