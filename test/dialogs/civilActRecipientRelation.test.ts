/**
 * The name on the envelope answered with one's relation to the person (« c moi sa mère », « moi le papa », « c'est moi sa
 * fille »): the resident's own name meant, as « c'est moi » (civilActRecipient.test.ts): the name is asked for, never read
 * as a wrong name and the question repeated. Web Chat and SMS; the recipient stored is asserted.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const ADDRESS = '12 rue de la Paix 78955 Carrières-sous-Poissy';

describe('the envelope\'s name said by relation', () => {
  it.each(table([['c moi sa mere'], ['moi le papa'], ["c'est moi sa mère"]]))('%s: « %s » for a child\'s birth act: the resident\'s name asked, the name given stored', async (channel, own) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ['bonjour je voudrais un acte de naissance pour ma fille', '1', 'ici', 'Martin', 'Chloe', '12 mai 2015', 'Paul Martin et Julie Durand', 'julie.durand@example.org', ADDRESS]) await c.say(a);
    const asked = c.text(await c.say(own));
    expect(asked).toContain(fr['civilAct.recipientOwn']);
    expect(asked).not.toContain(fr['civilAct.bad.recipient']);
    await c.say('Julie Durand');
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName: 'Martin', recipient: 'Julie Durand' })]);
  });
});
