/**
 * A postal address typed at the phone question of the sign-up: complete, it is kept for the address (not
 * asked again, stored); incomplete, it is said to come next. The phone is asked again either way. Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, labels, offered, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function upToPhone(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const said of ['Créer mon espace', 'Madame', 'Martin', 'Sophie', 'sophie.martin@example.org']) await c.say(said);
  return c;
}

const accountOf = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'sophie.martin@example.org');
const readBack = (replies: Awaited<ReturnType<Chat['say']>>) => offered(replies).join('|') === labels('createAccount.yes', 'createAccount.no').join('|');

describe.each(CHANNELS)('an address at the phone question of the sign-up (%s)', (channelId) => {
  it('complete: kept, the phone asked again, then the read-back at once and the account stored with both', async () => {
    const c = await upToPhone(channelId);
    const said = c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'));
    expect(said).toContain(textBefore('createAccount.aheadNoted'));
    expect(readBack(await c.say('06 12 34 56 78'))).toBe(true);
    await c.say('oui');
    expect(await accountOf(c)).toMatchObject({ phone: '0612345678', address: '3 rue Verte 78955 Carrières-sous-Poissy' });
  });

  it('incomplete (« 3 rue Verte »): said to come next, nothing kept, the phone asked again', async () => {
    const c = await upToPhone(channelId);
    const said = c.text(await c.say('3 rue Verte'));
    expect(said).toContain(textBefore('request.addressNext'));
    expect(said).not.toContain(textBefore('createAccount.bad.phone'));
    expect(readBack(await c.say('06 12 34 56 78'))).toBe(false);
  });
});

describe.each(CHANNELS)('an address at a name\'s or the e-mail question of the sign-up (%s)', (channelId) => {
  async function upTo(said: string[]) {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const s of ['Créer mon espace', 'Madame', ...said]) await c.say(s);
    return c;
  }

  it.each([
    [[], ['Martin', 'Sophie', 'sophie.martin@example.org']],
    [['Martin'], ['Sophie', 'sophie.martin@example.org']],
    [['Martin', 'Sophie'], ['sophie.martin@example.org']],
  ])('after %j: a complete address kept, the same question asked again, never asked later', async (before, after) => {
    const c = await upTo(before);
    const said = c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'));
    expect(said).toContain(textBefore('createAccount.aheadNoted'));
    for (const s of after) await c.say(s);
    expect(readBack(await c.say('06 12 34 56 78'))).toBe(true);
    await c.say('oui');
    expect(await accountOf(c)).toMatchObject({ lastName: 'Martin', firstName: 'Sophie', phone: '0612345678', address: '3 rue Verte 78955 Carrières-sous-Poissy' });
  });

  it('an incomplete one (« 3 rue Verte ») at the name question: said to come later, not a wrong name', async () => {
    const c = await upTo([]);
    const said = c.text(await c.say('3 rue Verte'));
    expect(said).toContain(textBefore('createAccount.addressLater'));
    expect(said).not.toContain(textBefore('createAccount.bad.lastName'));
  });
});
