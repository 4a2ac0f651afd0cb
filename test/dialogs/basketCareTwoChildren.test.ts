/**
 * « la garderie » for two children in different cares (the DURAND family: Léa's morning care, Hugo's evening
 * care; both eat at the cantine):
 * - at a basket of the cantine for both, « la garderie » offers the two cares (it offered « Restauration
 *   scolaire » only, then « le soir » was « pas compris » again and again); the care said moves the basket's days
 *   there for the child enrolled in it; the same when « la garderie » for both is said up front (the other child said not enrolled there).
 *  * Web Chat and SMS; the reservations stored are asserted. The clock is Wednesday 18 November 2026.
 */
import { confirmedRows as booked, onlyOn } from '../support/booking';
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The family's two cares, as offered. */
const careLabels = (c: Chat) =>
  (c.core.db.$client.prepare("select distinct a.label from enrolments e join activities a on a.id = e.activity_id join children ch on ch.id = e.child_id where ch.first_name in ('Léa', 'Hugo') and a.code in ('morning', 'evening') order by a.label").all() as Array<{ label: string }>).map((a) => a.label);
const notUnderstood = (fr['choice.again'] ?? '').split('{{')[0] as string;
const otherNotHere = textBefore('booking.childrenNotHere');

describe('« la garderie » for Léa and Hugo, in different cares', () => {
  it.each(table([['la garderie', 'le soir', 'evening', 'Hugo'], ['garderie', 'du soir', 'evening', 'Hugo'], ['la garderie', 'le matin', 'morning', 'Léa']]))(
    '%s: at the cantine basket of both, « %s »: both cares offered, then « %s » moves the days to %s for its child',
    async (channel, said, which, code, child) => {
      const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
      expect(offered(await c.say('cantine pour lea et hugo les jeudis de fevrier'))).toEqual(BASKET);
      expect([...offered(await c.say(said))].sort()).toEqual(careLabels(c));
      const replies = await c.say(which);
      expect(c.text(replies)).not.toContain(notUnderstood);
      expect(c.text(replies)).toContain(otherNotHere);
      expect(offered(replies)).toEqual(BASKET);
      await c.say('Confirmer');
      onlyOn(booked(c), code, child, 4);
    },
  );

  it.each(table([['garderie pour lea et hugo les jeudis de fevrier', 'soir', 'evening', 'Hugo']]))('%s: up front « %s »: both cares offered, then « %s »', async (channel, said, which, code, child) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect([...offered(await c.say(said))].sort()).toEqual(careLabels(c));
    expect(offered(await c.say(which))).toEqual(BASKET);
    await c.say('Confirmer');
    onlyOn(booked(c), code, child, 4);
  });
});
