/**
 * « menu » in the middle of a task: put aside; « ce que vous avez donné est gardé » only for a task that takes answers
 * (a civil act asked), not after only looking at the invoices. Harness clock, Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const PAUSED = (fr['topics.paused'] as string).split('{{')[0] as string;
const KEPT = fr['topics.pausedKept'] as string;

describe('a task put aside', () => {
  it.each(table([['mes factures', false], ['je voudrais un acte de naissance', true]]))('%s: « %s » then « menu »: kept said: %s', async (channel, start, kept) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-12-15', 'agent');
    await c.say(start);
    const said = c.text(await c.say('menu'));
    expect(said).toContain(PAUSED);
    expect(said.includes(KEPT)).toBe(kept);
  });
});
