/**
 * « ah non c'était pour Hugo », « pardon, pour Hugo pas Léa », « c'est pas le bon enfant » right after a booking (or a
 * cancellation) confirmed for Léa: that booking moved to Hugo, as one basket to confirm (nothing changed before).
 * It was read as a request about the family key. « et Hugo aussi » still adds Hugo. Web Chat and SMS; rows in the
 * store; the clock is Wednesday 18 November 2026 (Monday is the 23rd).
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { fr, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const KEY_LEADS = Object.keys(fr).filter((k) => k.startsWith('familyKey.')).map(textBefore).filter((lead) => lead.length > 20);

describe('the wrong child corrected right after a booking', () => {
  it.each(table([["ah non c'était pour Hugo"], ['pardon, pour Hugo pas Léa'], ["c'est pas le bon enfant"], ['je voulais dire Hugo'], ['oops I meant Hugo']]))(
    '%s: « %s » after Léa booked on Monday and Tuesday: a basket moving them to Hugo, done once confirmed',
    async (channelId, said) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      await c.say('inscrire Léa à la cantine lundi et mardi');
      await c.say('oui');
      expect(bookedByChild(c)).toEqual([
        { child: 'Léa', code: 'canteen', day: '2026-11-23' },
        { child: 'Léa', code: 'canteen', day: '2026-11-24' },
      ]);
      const basket = c.text(await c.say(said));
      expect(basket).toContain(textBefore('booking.basket.question'));
      for (const lead of KEY_LEADS) expect(basket).not.toContain(lead);
      // Nothing changed before « Confirmer ».
      expect(bookedByChild(c)).toHaveLength(2);
      await c.say('oui');
      expect(bookedByChild(c)).toEqual([
        { child: 'Hugo', code: 'canteen', day: '2026-11-23' },
        { child: 'Hugo', code: 'canteen', day: '2026-11-24' },
      ]);
    },
  );

  it.each(table([["ah non c'était pour Hugo"]]))('%s: « %s » after Léa\'s Monday cancelled: hers booked again, Hugo\'s cancelled', async (channelId, said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('inscrire Léa et Hugo à la cantine lundi');
    await c.say('oui');
    await c.say('annuler la cantine de Léa lundi');
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-11-23' }]);
    await c.say(said);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-11-23' }]);
  });

  it.each(table([['merci c\'est super, Hugo sera content'], ['non merci, Hugo est déjà inscrit']]))(
    '%s: « %s » after Léa booked: no basket, her booking kept',
    async (channelId, said) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      await c.say('inscrire Léa à la cantine lundi');
      await c.say('oui');
      expect(c.text(await c.say(said))).not.toContain(textBefore('booking.basket.question'));
      await c.say('oui');
      expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-11-23' }]);
    },
  );

  it('« et Hugo aussi » still adds Hugo, Léa kept', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    await c.say('inscrire Léa à la cantine lundi');
    await c.say('oui');
    await c.say('et Hugo aussi');
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([
      { child: 'Hugo', code: 'canteen', day: '2026-11-23' },
      { child: 'Léa', code: 'canteen', day: '2026-11-23' },
    ]);
  });
});
