/**
 * By SMS, an act asked in English as the first message in the evening (« hello I need a birth certificate »): the greeting, how to have
 * French, the forms' rule and the form question in 2 segments (3 before: 311 characters), and « 1 » then chooses the full copy.
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';
import { runningValue } from '../support/dialogStack';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an act asked in English by SMS', () => {
  it.each(['hello I need a birth certificate', 'Hi, I would like a copy of my birth certificate please'])('« %s »: 2 segments, then « 1 » is the full copy', async (said) => {
    const say = smsResident(chats, 'carrieres-sous-poissy', '+33600000077', '2026-11-18T19:00:00Z');
    const first = await say(said);
    expect(smsCost(first)).toBeLessThanOrEqual(2);
    await say('1');
    const c = chats.at(-1)!;
    expect(runningValue(c, 'draft')).toEqual(expect.objectContaining({ kind: 'birth', format: 'full_copy' }));
    expect(c.core.db.$client.prepare('select count(*) as n from requests').get()).toEqual({ n: 0 });
  });
});
