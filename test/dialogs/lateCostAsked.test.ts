/**
 * « combien ça coûte si je réserve après le délai ? » at the menu: before, the invoices (« Vous n'avez pas encore de facture »);
 * now the booking deadlines and what happens after them (the surcharge), nothing booked nor paid. Outcome: the deadlines'
 * answer (its locale key) and no invoice list. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { deadlinesIntro, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the cost of booking late, asked at the menu', () => {
  it.each(table([['combien ça coûte si je réserve après le délai ?'], ["et si j'annule trop tard ça coûte combien ?"]]))('%s: « %s »: the deadlines and the surcharge, not the invoices', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const text = c.text(await c.say(said)).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toContain(deadlinesIntro(channel));
    expect(text).toContain('20 %');
    expect(text).not.toContain(t('invoices.none').split('{{')[0]);
  });
});
