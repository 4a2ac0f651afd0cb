/**
 * A second request in the conversation, its address answered « la même que tout à l'heure », « même adresse que pour
 * l'acte de décès »: the address given with the request before, said back; it was « incomplete », or read as asking the
 * service's address. Web Chat and SMS; each row asserts the requests stored. The clock is Wednesday 18 November 2026.
 */
import { CHANNELS, labels, offered, textBefore } from '../support/prompts';
import { demarcheChat, storedRequests } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');
const ADDRESS = '3 rue des Lilas 78955 Carrières-sous-Poissy';

/** A death act asked up to its address question (the answers before it given), then `said` there, then sent. */
async function deathAct(c: Chat, name: string, address: string, menu = true): Promise<string> {
  for (const m of ['acte de décès', 'Carrières-sous-Poissy', 'le 3 novembre 2025', name, 'Jean', 'jean.martin@example.org']) await c.say(m);
  const reply = c.text(await c.say(address));
  let last = await c.say('Sophie Martin');
  if (!offered(last).length) last = await c.say('Sophie Martin');
  expect(offered(last)).toEqual(READ_BACK);
  await c.say('oui');
  if (menu) await c.say('menu');
  return reply;
}

describe.each(CHANNELS)('the address given before, said again (%s)', (channelId) => {
  it.each(["la même que tout à l'heure", "même adresse que pour l'acte de décès", 'pareil'])('« %s » at the second act: the first address kept and said back', async (said) => {
    const c = await demarcheChat(chats, { channelId });
    await deathAct(c, 'Dupont', ADDRESS);
    const reply = await deathAct(c, 'Durand', said);
    expect(reply).toContain(textBefore('address.sameAsBefore'));
    const [first, second] = storedRequests(c);
    expect(second).toEqual(expect.objectContaining({ lastName: 'Durand', address: first?.address }));
    expect(first?.address).toContain('3 rue des Lilas');
  });

  it('the electoral roll after an act: « même adresse que pour l\'acte » is that address', async () => {
    const c = await demarcheChat(chats, { channelId });
    // (Without « menu » after it: twenty messages in ten seconds at most.)
    await deathAct(c, 'Dupont', ADDRESS, false);
    await c.say('listes électorales');
    for (const a of ['Française', "J'y habite", 'Bernard', 'Julie', '03/02/1995', 'julie@example.org']) await c.say(a);
    for (const a of ["même adresse que pour l'acte", 'au guichet', 'au guichet']) if (c.text(await c.say(a)).includes(textBefore('demarche.confirm'))) break;
    await c.say('oui');
    const [first, second] = storedRequests(c);
    expect(second).toEqual(expect.objectContaining({ lastName: 'Bernard', address: first?.address }));
  });
});
