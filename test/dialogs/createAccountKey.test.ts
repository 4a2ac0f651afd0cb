/**
 * « je veux créer mon espace, j'ai ma clé enfance », no account yet: the account is created first
 * (not a sign-in to an account that does not exist), then the family key is asked and links it.
 */
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const COMMUNE = 'chanteloup-les-vignes';
const EMAIL = 'nadia.benali@example.org';

async function chat(channelId: string) {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: COMMUNE });
  return c;
}

/** The sign-up's answers, up to the code typed; the replies to the code. */
async function createAndConfirm(c: Chat): Promise<string> {
  for (const said of ['Madame', 'Benali', 'Nadia', EMAIL, '06 12 34 56 78', '5 rue des Vignes 78570 Chanteloup-les-Vignes', 'oui']) await c.say(said);
  return c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)));
}

describe.each(CHANNELS)('creating an account with the family key at hand (%s)', (channelId) => {
  it.each(["bjr je veux creer mon espace, j'ai ma clé enfance", "je voudrais créer un compte j'ai reçu mon code famille"])('« %s »: the sign-up starts, the key is said to come after', async (said) => {
    const c = await chat(channelId);
    const first = c.text(await c.say(said));
    expect(first).toContain(fr['createAccount.ask.civility']);
    expect(first).toContain(fr['createAccount.keyAfter']?.split('{{')[0]);
    expect(first).not.toContain(fr['signIn.askEmail']);
    expect(first).not.toContain(fr['familyKey.signInFirst']?.split('{{')[0]);
  });

  it("« je n'ai pas de compte, comment obtenir ma clé enfance ? »: a question about the key, answered without a sign-up", async () => {
    const c = await chat(channelId);
    const reply = c.text(await c.say("je n'ai pas de compte, comment obtenir ma clé enfance ?"));
    expect(reply).not.toContain(fr['createAccount.ask.civility']);
    expect(reply).not.toContain(fr['signIn.askEmail']);
  });

  it('once the account is confirmed, the key is asked (where it may be typed) and links the family file', async () => {
    const c = await chat(channelId);
    await c.say("bjr je veux creer mon espace, j'ai ma clé enfance");
    const welcome = await createAndConfirm(c);
    const account = await c.core.service.deps.repos.accounts.findByEmail(COMMUNE, EMAIL);
    expect(account?.emailVerifiedAt).toBeTruthy();
    if (channelId === 'sms') {
      expect(welcome).toContain(fr['familyKey.notHere']?.split('{{')[0]);
      return;
    }
    expect(welcome).toContain(fr['familyKey.ask']?.split('{{')[0]);
    const { key, household } = await c.core.service.issueFamilyKey(COMMUNE, 'CLV-F-000042');
    await c.say(key);
    expect((await c.core.service.deps.repos.accounts.findByEmail(COMMUNE, EMAIL))?.householdId).toBe(household.id);
  });
});
