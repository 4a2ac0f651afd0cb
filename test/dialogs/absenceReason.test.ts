/**
 * The absence's reason (Maladie / Autre raison): an answer that fits neither option — a bare
 * « oui », « non », « ok », « je ne sais pas » — is asked again, nothing stored; words of a reason
 * of their own (« un rendez-vous ») still are one. Web Chat and SMS; each row asserts the absences
 * stored and the options asked next. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { bookedThenLate } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const REASONS = labels('absence.reason.illness', 'absence.reason.other');
const absences = (c: Chat) => c.core.db.$client.prepare('select day, reason from absences').all() as Array<{ day: string; reason: string }>;

/** At the reason question for Léa's absence on 7 December (booked, past its deadline on 23 November). */
async function atReason(channel: string): Promise<Chat> {
  const { c } = await bookedThenLate(chats, channel);
  expect(offered(await c.say('signaler une absence de Léa le 7 décembre'))).toEqual(REASONS);
  return c;
}

describe('the absence\'s reason', () => {
  it.each(table([['oui'], ['non'], ['ok'], ['ouais'], ['je sais pas'], ['euh'], ['3']]))('%s: « %s » fits neither option: asked again, nothing stored', async (channel, phrasing) => {
    const c = await atReason(channel);
    expect(offered(await c.say(phrasing))).toEqual(REASONS);
    expect(absences(c)).toEqual([]);
    const next = await c.say('maladie');
    if (offered(next).length === 1) await c.say('plus tard');
    expect(absences(c).map((a) => a.reason)).toEqual(labels('absence.reason.illness'));
  });

  it.each(table([['un rendez-vous'], ['non, un rendez-vous chez le dentiste'], ['oui elle est malade']]))('%s: « %s » is a reason', async (channel, phrasing) => {
    const c = await atReason(channel);
    const next = await c.say(phrasing);
    if (offered(next).length === 1) await c.say('plus tard');
    expect(absences(c)).toHaveLength(1);
  });
});

describe('an absence on days still free to cancel', () => {
  it.each(['webchat', 'sms'])('%s: asks no reason and cancels the day free of charge', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine le 7 décembre pour Léa');
    await c.say('oui');
    const status = () => c.core.db.$client.prepare(`select status from reservations where day = '2026-12-07'`).all() as Array<{ status: string }>;
    expect(status()).toEqual([{ status: 'confirmed' }]);
    // 18 November: the 7 December is before its deadline, the day is simply cancelled.
    expect(offered(await c.say('Léa ne mangera pas à la cantine le 7 décembre'))).not.toEqual(REASONS);
    expect(absences(c)).toEqual([]);
    expect(status()).toEqual([{ status: 'cancelled' }]);
  });
});

describe('an illness said with the absence', () => {
  it.each(table([['Léa sera absente le 7 décembre, elle a de la fièvre'], ['signaler une absence de Léa le 7 décembre, elle est malade'], ['Léa a la gastro, elle ne mangera pas à la cantine le 7 décembre']]))(
    '%s: « %s » is not asked its reason again',
    async (channel, phrasing) => {
      const { c } = await bookedThenLate(chats, channel);
      const next = await c.say(phrasing);
      expect(offered(next)).not.toEqual(REASONS);
      // Web Chat: the certificate may be sent now (« Plus tard »); by SMS the absence is saved at once.
      if (offered(next).length === 1) await c.say('plus tard');
      expect(absences(c)).toEqual([{ day: '2026-12-07', reason: labels('absence.reason.illness')[0] }]);
    },
  );
});

describe('an absence of both children', () => {
  /** Léa and Hugo booked at the canteen on 7 December, the deadline then passed (23 November). */
  const bothBooked = async (channel: string) => (await bookedThenLate(chats, channel, 'Léa et Hugo')).c;
  const whose = (c: Chat) => (c.core.db.$client.prepare('select c.first_name as name from absences a join children c on c.id = a.child_id order by c.first_name').all() as Array<{ name: string }>).map((r) => r.name);

  it.each(table([['les 2 sont malades le 7 décembre'], ['Léa et Hugo seront absents le 7 décembre, ils ont de la fièvre']]))('%s: « %s »: both absences stored', async (channel, phrasing) => {
    const c = await bothBooked(channel);
    const next = await c.say(phrasing);
    if (offered(next).length === 1) await c.say('plus tard');
    expect(whose(c)).toEqual(['Hugo', 'Léa']);
  });

  it.each(table([['les deux'], ['les 2'], ['tous les deux']]))('%s: at the child asked, « %s »: both absences stored', async (channel, answer) => {
    const c = await bothBooked(channel);
    expect(offered(await c.say('signaler une absence le 7 décembre'))).toHaveLength(3);
    await c.say(answer);
    const next = await c.say('maladie');
    if (offered(next).length === 1) await c.say('plus tard');
    expect(whose(c)).toEqual(['Hugo', 'Léa']);
  });
});
