/**
 * A new phone number given beside another request (« mon nouveau numéro c'est 06 12 34 56 78, et il sera absent le 7
 * décembre »): the absence recorded, then the number changed in the account (it was dropped: only the absence was
 * taken). A phone number given only to be reached (« tel 06… ») changes nothing. Web Chat and SMS; the clock is
 * Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table } from '../support/prompts';
import { newNumberBeside } from '../../src/nlu/newNumberBeside';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const statusOf = (c: Chat) => c.core.db.$client.prepare("select status from reservations where day = '2026-12-07'").all();
const phoneOf = async (c: Chat) => (await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'francoise.durand@example.org'))?.phone;

describe('a new number beside another request', () => {
  it.each(table([["mon nouveau numéro c'est 06 12 34 56 78, et Hugo sera absent le 7 décembre"], ["Hugo sera absent le 7 décembre, j'ai changé de numéro : 06 12 34 56 78"]]))('%s: « %s »: the absence recorded, then the number changed', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo le 7 décembre');
    await c.say('oui');
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr['contact.newNumberKept']?.split(',')[0]);
    expect(statusOf(c)).toEqual([{ status: 'cancelled' }]);
    expect((await phoneOf(c))?.replace(/\D/g, '')).toBe('0612345678');
  });

  it('« tel 06… » beside a request, or the number alone: no new number beside a request', () => {
    expect(newNumberBeside('cantine jeudi tel 0612131415')).toBeUndefined();
    expect(newNumberBeside("mon nouveau numéro c'est 06 12 34 56 78")).toBeUndefined();
    expect(newNumberBeside("mon nouveau numéro c'est 06 12 34 56 78, et il sera absent le 15")).toEqual({ phone: '06 12 34 56 78', said: 'mon nouveau numéro : 06 12 34 56 78', rest: 'il sera absent le 15' });
  });
});
