/**
 * Days said again while the sign-in a booking asked for waits (bookingKeptAtSignIn.ts): « je dois inscrire Hugo à la garderie
 * du soir la semaine prochaine », then « seulement lundi et mardi en fait » at the e-mail question. Once signed in, the basket
 * holds those two days only (the whole week came before, the correction lost). Web Chat and SMS; asserts the rows booked.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import { lastCode } from '../support/outbox';
import { fr, table } from '../support/prompts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';

async function bookedAfter(channelId: string, first: string, atSignIn: string): Promise<{ said: string; rows: unknown[] }> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101', signIn: false });
  expect(c.text(await c.say(first))).toContain(fr['signIn.askEmail']);
  const said = c.text(await c.say(atSignIn));
  await c.say(EMAIL);
  await c.say(lastCode(c.core.config.outboxDir, EMAIL));
  await c.say('oui');
  return { said, rows: (await bookedByChild(c)) as unknown[] };
}

describe('days said at the sign-in a booking asked for', () => {
  it.each(
    table([
      ['seulement lundi et mardi en fait', ['2026-11-23', '2026-11-24']],
      ['non que le jeudi', ['2026-11-26']],
      // A day taken out and the only one said instead, read as the basket reads it (basketAnswer.ts): Thursday was kept before.
      ['non pas jeudi juste vendredi', ['2026-11-27']],
    ]),
  )('%s: « %s » completes the request: those days booked once signed in', async (channel, atSignIn, days) => {
    const { said, rows } = await bookedAfter(channel, 'je dois inscrire hugo a la garderie du soir la semaine prochaine', atSignIn);
    expect(said).toContain(fr['booking.keptAtSignIn']);
    expect(said).toContain(fr['signIn.askEmail']);
    expect(rows).toEqual(days.map((day) => ({ child: 'Hugo', code: 'evening', day })));
  });

  it.each(table([['non pas jeudi juste vendredi'], ['pas jeudi, vendredi'], ['nan en fait vendredi'], ['nn vendredi plutôt']]))('%s: « %s » after one Thursday asked: the Friday only booked once signed in', async (channel, atSignIn) => {
    const { said, rows } = await bookedAfter(channel, 'je dois inscrire hugo a la garderie du soir jeudi', atSignIn);
    expect(said).toContain(fr['booking.keptAtSignIn']);
    expect(rows).toEqual([{ child: 'Hugo', code: 'evening', day: '2026-11-20' }]);
  });

  // Days added (« aussi », « plus le … »), not said instead: the request's own days are never lost (the addition, read whole,
  // would replace them).
  it.each(table([['et mercredi aussi'], ['et Léa aussi lundi'], ["et la semaine d'après aussi"], ['plus le mercredi']]))('%s: « %s » adds to the request: its days all booked once signed in', async (channel, atSignIn) => {
    const { rows } = await bookedAfter(channel, 'je dois inscrire hugo a la garderie du soir la semaine prochaine', atSignIn);
    const week = ['2026-11-23', '2026-11-24', '2026-11-26', '2026-11-27'];
    expect(rows).toEqual(expect.arrayContaining(week.map((day) => ({ child: 'Hugo', code: 'evening', day }))));
  });

  it.each(table([['et la cantine le 26 aussi']]))('%s: « %s » (another activity) does not change the request: the evening care\'s days stay', async (channel, atSignIn) => {
    const { said, rows } = await bookedAfter(channel, 'je dois inscrire hugo a la garderie du soir le lundi 23 novembre', atSignIn);
    expect(said).not.toContain(fr['booking.keptAtSignIn']);
    expect(rows).toEqual(expect.arrayContaining([{ child: 'Hugo', code: 'evening', day: '2026-11-23' }]));
  });
});
