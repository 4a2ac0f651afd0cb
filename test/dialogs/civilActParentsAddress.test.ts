/**
 * A postal address typed at the parents' question of a birth act: complete, it is kept for the envelope (not asked
 * later) and the parents asked again; incomplete (« 3 rue des Lilas »), it is said to come later, never taken for
 * the parents' names. Web Chat and SMS; the request stored is asserted.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');

async function atParents(channel: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of ['acte de naissance pour mon fils né ici le 3 mars 2015', '2', 'Martin']) await c.say(m);
  expect(c.text(await c.say('Lucas'))).toContain(textBefore('civilAct.ask.parents').slice(0, 25));
  return c;
}

describe('an address at the parents\' question', () => {
  it.each(table([['3 rue des Lilas 78955 Carrières-sous-Poissy']]))('%s: « %s »: kept for the envelope, the parents asked again, the address not asked later', async (channel, typed) => {
    const c = await atParents(channel);
    const said = c.text(await c.say(typed));
    expect(said).toContain(fr['civilAct.bad.parentsAddressKept']);
    expect(said).toContain(textBefore('civilAct.ask.parents').slice(0, 25));
    await c.say('Paul Martin et Anne Martin');
    let last = await c.say('anne.martin@example.org');
    if (offered(last).join() !== READ_BACK.join()) last = await c.say('Anne Martin');
    expect(offered(last)).toEqual(READ_BACK);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'birth', parents: 'Paul Martin et Anne Martin', address: typed })]);
  });

  it.each(table([['3 rue des Lilas']]))('%s: « %s »: said to come later, not kept as the parents', async (channel, typed) => {
    const c = await atParents(channel);
    const said = c.text(await c.say(typed));
    expect(said).toContain(fr['civilAct.bad.parentsAddressLater']);
    expect(said).toContain(textBefore('civilAct.ask.parents').slice(0, 25));
  });
});
