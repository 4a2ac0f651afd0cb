/**
 * A service named alone (« guichet unique ») is answered with how to reach it (its
 * phone, e-mail, address) and its hours; a question about a day still gets that day's hours only.
 * Web Chat and SMS; the assertions look at the commune's data in the replies, not the sentences.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(commune: string, channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune });
  return c;
}

async function service(c: Chat, commune: string, code: string) {
  const found = (await c.core.service.getCommune(commune)).services.find((s) => s.code === code);
  if (!found) throw new Error(`${commune} has no ${code}`);
  return found;
}

describe.each(CHANNELS)('%s: a service named alone', (channel) => {
  it.each([
    ['chanteloup-les-vignes', 'guichet unique', 'guichet_unique'],
    ['chanteloup-les-vignes', 'le guichet unique ?', 'guichet_unique'],
    ['chanteloup-les-vignes', 'Guichet Unique svp', 'guichet_unique'],
    ['chanteloup-les-vignes', 'le guichet unique', 'guichet_unique'],
  ])('at %s, « %s » gives its phone, e-mail, address and hours', async (commune, question, code) => {
    const c = await chat(commune, channel);
    const text = c.text(await c.say(question)).replace(/\s+/g, ' ');
    const s = await service(c, commune, code);
    for (const value of [s.phone, s.email, s.address]) if (value) expect(text).toContain(value.replace(/\s+/g, ' '));
    // Its hours too: Monday's line.
    expect(text).toMatch(/lundi/);
  });

  it('a day asked still gets that day\'s hours, without the contacts', async () => {
    const c = await chat('chanteloup-les-vignes', channel);
    const text = c.text(await c.say('horaires du guichet unique mercredi'));
    const s = await service(c, 'chanteloup-les-vignes', 'guichet_unique');
    expect(text).toMatch(/mercredi/);
    expect(text).not.toContain(s.phone ?? '§');
  });
});
