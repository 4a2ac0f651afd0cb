/**
 * Requests asked while a task waits for its sign-in (« mes réservations svp », then « annule le 17 décembre pour hugo » and
 * « léa sera absente le 7 décembre elle est malade » at « Quelle est l'adresse e-mail de votre espace ? »): nothing is put
 * aside, the sign-in goes on, and once signed in each request is made in turn — the day cancelled, the absence reported —
 * with no task left paused and no « reprendre » asked. Before, each request put the one before aside. Web Chat and SMS
 * (by SMS one at a time, the next on « suite »: dialogs/keptNextBySms.ts).
 */
import { signedInChat } from '../support/accounts';
import { lastCode } from '../support/outbox';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';
import { pausedDialogs, runningDialogs } from '../support/dialogStack';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
const stillBooked = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status in ('pending', 'confirmed') order by r.day").all();

async function twoBooked(channel: string) {
  const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine le 7 décembre pour Léa');
  await c.say('oui');
  await c.say('réserver la cantine le 17 décembre pour Hugo');
  await c.say('oui');
  // The session ended: the next requests ask for the sign-in.
  clock.advance(60 * 24);
  expect(stillBooked(c)).toEqual([{ child: 'Léa', day: '2026-12-07' }, { child: 'Hugo', day: '2026-12-17' }]);
  return c;
}

describe('requests kept at a task\'s sign-in', () => {
  it.each(table([
    ['bonjour mes reservations svp', 'agenda'],
    ['mes factures', 'invoices'],
  ]))('%s: « %s », then a cancel and an absence at its sign-in: the sign-in goes on, then each is made in turn', async (channel, first, task) => {
    const c = await twoBooked(channel);
    await c.say(first);
    expect(runningDialogs(c)).toContain(task);
    for (const said of ['annule le 17 décembre pour hugo', 'et léa sera absente le 7 décembre elle est malade']) {
      await c.say(said);
      // Nothing put aside: the first task still waits for its sign-in.
      expect(runningDialogs(c)).toEqual(expect.arrayContaining([task, 'signIn']));
      expect(pausedDialogs(c)).toEqual([]);
    }
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    // Signed in: the first task done, the cancel's basket next (nothing to « reprendre »); by SMS on « suite » (keptNextBySms.ts).
    if (channel === 'sms') await c.say('suite');
    expect(runningDialogs(c)).toContain('bookingBasket');
    expect(pausedDialogs(c)).toEqual([]);
    await c.say('oui');
    if (channel === 'sms') await c.say('suite');
    // Hugo's day cancelled, then Léa's absence reported (within the deadline: her day cancelled, free).
    expect(stillBooked(c)).toEqual([]);
    expect(runningDialogs(c)).toEqual(['mainFlow', 'menuPrompt']);
    expect(pausedDialogs(c)).toEqual([]);
  }, 60_000);

  it.each(table([['mes factures']]))('%s: « %s », the code awaited, then a cancel: kept, made once the code is typed', async (channel, first) => {
    const c = await twoBooked(channel);
    await c.say(first);
    await c.say(EMAIL);
    await c.say('annule le 17 décembre pour hugo');
    expect(runningDialogs(c)).toEqual(expect.arrayContaining(['invoices', 'signIn']));
    expect(pausedDialogs(c)).toEqual([]);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    if (channel === 'sms') await c.say('suite');
    expect(runningDialogs(c)).toContain('bookingBasket');
    await c.say('oui');
    expect(stillBooked(c)).toEqual([{ child: 'Léa', day: '2026-12-07' }]);
    expect(runningDialogs(c)).toEqual(['mainFlow', 'menuPrompt']);
    expect(pausedDialogs(c)).toEqual([]);
  }, 60_000);
});
