/**
 * A compound first name is not a family key. « Jean-Baptiste » (4 + 8 letters, I read as 1) had the shape of a 12-character
 * key written with a dash: it was hidden (•••) in the conversation's stored state, so the act request's read-back said
 * « *** MARTIN » and the request was filed without its first name. Keys keep being hidden (test/redact.test.ts).
 */
import { CHANNELS } from '../support/prompts';
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('an act request for « Jean-Baptiste » (%s)', (channelId) => {
  it.each([['Jean-Baptiste'], ['Jean-Philippe']])('the request is filed with the first name « %s »', async (firstName) => {
    const c = await demarcheChat(chats, { channelId });
    for (const said of ['acte de naissance avec filiation pour moi', 'ici', 'martin', firstName, '12/03/1985', 'Pierre MARTIN et Marie DUBOIS', 'jb.martin@example.org', '15 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(said);
    const filed = storedRequests(c);
    expect(filed).toHaveLength(1);
    expect(JSON.stringify(filed[0])).toContain(`"${firstName}"`);
    expect(JSON.stringify(filed[0])).not.toContain('•');
  });
});
