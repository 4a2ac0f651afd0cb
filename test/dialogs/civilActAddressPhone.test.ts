/**
 * A phone number typed at the act's postal address question: a postal address is said to be awaited and the number
 * kept for the phone (`address.phoneKept`), stored with the request; it was « il manque … dans l'adresse
 * 07 11 22 33 44 », the number kept as the start of an address. Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, labels, offered, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('a phone number at the act address (%s)', (channelId) => {
  it('kept for the phone, the address asked again, both in the request', async () => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['acte de décès', 'Carrières-sous-Poissy', 'Martin', 'Paul', '02/11/2025', 'sophie.martin@example.org']) await c.say(m);
    expect(c.text(await c.say('07 11 22 33 44'))).toContain(textBefore('address.phoneKept'));
    await c.say('3 rue des Lilas 78955 Carrières-sous-Poissy');
    expect(offered(await c.say('Sophie Martin'))).toEqual(labels('createAccount.yes', 'createAccount.no'));
    await c.say('oui');
    const rows = c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>;
    expect(rows.map((r) => JSON.parse(r.data))).toEqual([expect.objectContaining({ phone: '0711223344', address: '3 rue des Lilas 78955 Carrières-sous-Poissy' })]);
  });
});
