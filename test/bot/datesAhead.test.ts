/**
 * The date recognizer's worker is asked at the start of the turn, while its state loads, so that
 * understand() gets its answer at once instead of holding the event loop. Here a recognizer that
 * answers only what was asked ahead, as the worker does for a question not asked ahead once its
 * wait is over: « le lendemain » is a day only when the turn asked it ahead.
 */
import { askDatesAhead } from '../../src/nlu/datesAhead';
import { inProcess, type AskedAhead, type RecognizedDate } from '../../src/nlu/recognizerFallback';
import { understand } from '../../src/nlu/understand';
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';

jest.setTimeout(60_000);

function aheadOnly(): AskedAhead & { asked: string[] } {
  const answers = new Map<string, RecognizedDate[]>();
  const asked: string[] = [];
  return {
    asked,
    async ask(text, reference) {
      asked.push(text);
      answers.set(`${reference.toISOString()} ${text}`, inProcess(text, reference) ?? []);
    },
    recognize: (text, reference) => answers.get(`${reference.toISOString()} ${text}`),
  };
}

const chats: Chat[] = [];
afterAll(() => chats.forEach((c) => c.core.close()));

describe('dates asked ahead of the turn', () => {
  it('asks what understand() will ask, and nothing for a message without such words', async () => {
    const recognizer = aheadOnly();
    await askDatesAhead('cantine le lendemain', { today: '2026-11-18' }, recognizer);
    expect(recognizer.asked).toHaveLength(1);
    expect(understand('cantine le lendemain', { today: '2026-11-18', recognizer: recognizer.recognize }).dates).toEqual(['2026-11-19']);
    await askDatesAhead('cantine le 7 décembre', { today: '2026-11-18' }, recognizer);
    await askDatesAhead('mes factures', { today: '2026-11-18' }, recognizer);
    await askDatesAhead(undefined, { today: '2026-11-18' }, recognizer);
    expect(recognizer.asked).toHaveLength(1);
    // While its models compile, nothing is asked (and the message is not read twice).
    const compiling = { ...aheadOnly(), ready: () => false };
    await askDatesAhead('cantine le lendemain', { today: '2026-11-18' }, compiling);
    expect(compiling.asked).toHaveLength(0);
  });

  it('a booking said with « le lendemain » books that day: the bot asked it ahead', async () => {
    const recognizer = aheadOnly();
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', recognizer });
    await c.say('réserver la cantine le lendemain pour Léa');
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-11-19' }]);
  });

  it('without asking ahead, the same recognizer reads no day and nothing is booked', async () => {
    const recognizer = aheadOnly();
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', recognizer: recognizer.recognize });
    await c.say('réserver la cantine le lendemain pour Léa');
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([]);
  });
});
