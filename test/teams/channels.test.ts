/**
 * The same errands on Teams, Web Chat and SMS, through the one renderer: what each channel receives.
 * Teams: cards of version 1.4 at most (1.5 fails on Teams mobile), a declared version, only
 * Action.Submit and Action.OpenUrl (Action.Execute fails on mobile), each under Teams' 28 KB message
 * limit, always with text and `speak`; the resident greeted by the name Teams' directory gives.
 * Web Chat: the same cards. SMS: no card and no button, the same words as text.
 */
import type { Activity } from 'botbuilder';
import { fitsVersion } from '../../cards/cardRenderer';
import { capabilitiesOf } from '../../cards/channels';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Menu, a calendar card, the invoice list and one invoice: every kind of card the bot sends. */
async function errands(channelId: string): Promise<Partial<Activity>[]> {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
  const invoices = c.core.service.invoices;
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', '7916 - Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  const replies: Partial<Activity>[] = [];
  for (const said of ['menu', 'Réserver ou annuler', 'Restauration scolaire', 'Léa', 'menu', 'Mes factures', '1']) replies.push(...(await c.say(said)));
  return replies;
}

function actionTypes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => actionTypes(n, out));
  else if (node && typeof node === 'object') {
    const type = (node as { type?: unknown }).type;
    if (typeof type === 'string' && type.startsWith('Action.')) out.push(type);
    Object.values(node).forEach((v) => actionTypes(v, out));
  }
  return out;
}

const TEAMS_MESSAGE_LIMIT = 28 * 1024;

describe('Teams', () => {
  let replies: Partial<Activity>[];
  let cards: Array<{ activity: Partial<Activity>; card: Record<string, unknown> }>;
  beforeAll(async () => {
    replies = await errands('msteams');
    cards = replies.flatMap((activity) => (activity.attachments ?? []).map((a) => ({ activity, card: a.content as Record<string, unknown> })));
  });

  it('receives the menu, calendar, invoice list and invoice cards', () => {
    const kinds = cards.map(({ card }) => JSON.stringify(card));
    expect(cards.length).toBeGreaterThanOrEqual(4);
    expect(kinds.some((k) => k.includes('"calendar":"validate"'))).toBe(true);
    expect(kinds.some((k) => k.includes('"invoiceAction"'))).toBe(true);
  });

  it('gets only cards that declare a version it renders (1.4 at most)', () => {
    const max = capabilitiesOf('msteams').maxCardVersion;
    expect(max).toBe('1.4');
    for (const { card } of cards) {
      expect(typeof card.version).toBe('string');
      expect(fitsVersion(card.version, max)).toBe(true);
    }
  });

  it('gets only Action.Submit and Action.OpenUrl, never Action.Execute', () => {
    const types = new Set(cards.flatMap(({ card }) => actionTypes(card)));
    expect(types.has('Action.Submit')).toBe(true);
    expect([...types].filter((t) => t !== 'Action.Submit' && t !== 'Action.OpenUrl')).toEqual([]);
  });

  it('gets every message under its size limit, each card with its speak and text, the message not repeating its title', () => {
    for (const activity of replies) expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThan(TEAMS_MESSAGE_LIMIT);
    for (const { activity, card } of cards) {
      const title = (card.body as Array<{ style?: string; text?: string }> | undefined)?.find((b) => b.style === 'heading')?.text;
      if (title) expect(activity.text ?? '').not.toContain(title);
      if (activity.text?.trim()) expect(activity.speak?.trim()).toBeTruthy();
      expect(String(card.speak ?? '').trim()).toBeTruthy();
      expect(String(card.fallbackText ?? '').trim()).toBeTruthy();
    }
  });

  it('greets the resident by the name Teams gives, and nowhere else by a name', async () => {
    const teams = startChat({ channelId: 'msteams' });
    chats.push(teams);
    expect(teams.text(await teams.join({ commune: 'carrieres-sous-poissy' }))).toMatch(/^Bonjour User1 ! Je suis l'assistant/);
    const web = startChat({ channelId: 'webchat' });
    chats.push(web);
    // a name in a web page's activity is whatever the page says: not used
    const hello = web.text(await web.say({ text: 'bonjour', from: { id: 'u-web', name: 'Marie Curie' }, channelData: { commune: 'carrieres-sous-poissy' } }));
    expect(hello).toMatch(/^Bonjour ! Je suis l'assistant/);
    expect(hello).not.toContain('Marie Curie');
  });
});

describe('Web Chat and SMS, the same errands', () => {
  it('Web Chat gets the same cards', async () => {
    const replies = await errands('webchat');
    expect(replies.filter((r) => r.attachments?.length).length).toBeGreaterThanOrEqual(4);
  });

  it('SMS gets no card and no button, the choices numbered in the text', async () => {
    const replies = await errands('sms');
    expect(replies.filter((r) => r.attachments?.length || r.suggestedActions)).toEqual([]);
    const text = replies.map((r) => r.text ?? '').join('\n');
    expect(text).toMatch(/\n1\. /);
    expect(text).toContain('CSP-FAC-2026-000001');
  });
});
