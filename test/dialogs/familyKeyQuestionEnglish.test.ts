/**
 * A question about the family key asked in English (« what is the Clé Enfance? », « how do I get the family key? »), signed
 * in or not: what the key is and who gives it is answered. It started the key's entry (« Type your Clé Enfance »); the French
 * questions (« c'est quoi la clé ») already did. « I want to enter my key » stays the entry.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { signedInChat } from '../support/accounts';
import { ROOT, type Chat } from '../support/harness';

const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const ASK = (en['familyKey.ask'] as string).split('{{')[0] as string;
const WHAT = (en['familyKey.what'] as string).split('}}')[1]?.slice(0, 30) as string;

async function englishReply(said: string, signIn: boolean): Promise<string> {
  const { c } = await signedInChat(chats, { signIn });
  await c.say('english');
  return c.text(await c.say(said));
}

describe('the family key asked about in English', () => {
  it.each([
    ['what is the Clé Enfance?', true],
    ["what's the family key?", true],
    ['how do I get the Clé Enfance?', true],
    ['what is the family key for?', false],
  ])('« %s » (signed in: %s): what it is, its entry not started', async (said, signIn) => {
    const text = await englishReply(said, signIn);
    expect(text).not.toContain(ASK);
    expect(text).toMatch(new RegExp(`${WHAT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|${(en['familyKey.notReceived'] as string).split('(')[0]?.slice(0, 25)}`));
  });

  it('« I want to enter my Clé Enfance » asks for it', async () => {
    expect(await englishReply('I want to enter my Clé Enfance', true)).toContain(ASK);
  });
});
