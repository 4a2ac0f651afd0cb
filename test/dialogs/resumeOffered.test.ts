/**
 * A task paused for another one (an absence, then « je veux recevoir mes factures par mail »): when
 * that other task ends, the paused one is offered back, « oui » takes it, and it ends with what was
 * entered before the pause.
 */
import { signedInChat } from '../support/accounts';
import { family } from '../support/booking';
import type { Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('the paused task offered back when the task in between ends (%s)', (channelId) => {
  it('the absence paused for the online invoice comes back with its day kept', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
    const f = await family(c);
    await c.say('réserver la cantine le 14 décembre pour Léa et Hugo');
    await c.say(channelId === 'sms' ? '1' : 'Confirmer');
    await c.say('absent le 14 décembre');
    await c.say('je veux recevoir mes factures par mail');
    expect(c.text(await c.say('oui'))).toContain((fr['topics.offer'] as string).split('{{')[0]);
    expect(c.core.db.$client.prepare('select e_invoice as e from households where e_invoice = 1').all()).toHaveLength(1);
    await c.say('oui');
    await c.say('Léa');
    expect([f.booked(f.lea), f.booked(f.hugo)].map((rows) => rows.map((r) => r.status))).toEqual([['cancelled'], ['confirmed']]);
  });
});
