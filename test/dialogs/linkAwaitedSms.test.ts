/**
 * By SMS, where the family key is never asked, a booking asked before the account is linked: where to type the key is
 * said, and the booking is kept until the account is linked in the web chat. Once linked, « c'est fait » (or « reprendre »
 * after another task) goes on with what was said, and the days said are booked. It was « refaites votre demande ici »:
 * the request was dropped, and « reprendre » after the link found nothing to take back.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The account linked to the DURAND family file, as the key typed in the web chat does. */
async function linkInWebChat(c: Chat, accountId: number): Promise<void> {
  const repos = c.core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  await repos.accounts.linkHousehold(accountId, household?.id as number);
}

describe('by SMS, a booking asked before the family file is linked', () => {
  it('is kept while the account is not linked, then goes on once it is: Léa booked on 8 January', async () => {
    const { c, account } = await signedInChat(chats, { channelId: 'sms' });
    await c.say('inscrire lea a la cantine le 8 janvier');
    // Not linked yet: asked again, nothing booked, the request still kept.
    await c.say("c'est fait");
    expect(bookedByChild(c)).toEqual([]);
    await linkInWebChat(c, account.id);
    await c.say("voila c'est fait");
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2027-01-08' }]);
  });

  it('signed out meanwhile (the key came days later): « c\'est fait » signs in again, then the request goes on', async () => {
    const { c, account, clock } = await signedInChat(chats, { channelId: 'sms' });
    await c.say('inscrire lea a la cantine le 8 janvier');
    // Past the session's 30 idle minutes, the account linked in the web chat.
    clock.advance(45);
    await linkInWebChat(c, account.id);
    expect(c.text(await c.say("c'est fait"))).toContain(fr['signIn.askEmail']);
    await c.say(account.email);
    await c.say(lastCode(c.core.config.outboxDir, account.email));
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2027-01-08' }]);
  });

  it('put aside for another request meanwhile, taken back with « reprendre » once linked', async () => {
    const { c, account } = await signedInChat(chats, { channelId: 'sms' });
    await c.say('reserver la cantine pour lea le 8 janvier');
    await c.say('menu');
    await linkInWebChat(c, account.id);
    await c.say('reprendre');
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2027-01-08' }]);
  });

  it('a day added while the link is awaited (« ah et le 7 janvier aussi ») is kept with the request: both days booked once linked', async () => {
    const { c, account } = await signedInChat(chats, { channelId: 'sms' });
    await c.say('reserver la cantine pour lea le 8 janvier');
    await c.say('ah et le 7 janvier aussi');
    await linkInWebChat(c, account.id);
    await c.say("c'est bon c'est relié");
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([
      { child: 'Léa', code: 'canteen', day: '2027-01-07' },
      { child: 'Léa', code: 'canteen', day: '2027-01-08' },
    ]);
  });
});
