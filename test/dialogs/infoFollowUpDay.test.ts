/**
 * « et le 24 ? » by SMS on 7 December, after « la mairie est ouverte le 25 décembre ? »: the hours of 24 December
 * (it was 24 January, a Sunday). The day read: test/nlu/infoFollowUpDay.test.ts.
 */
import type { Chat } from '../support/harness';
import { smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

it('« et le 24 ? » after Christmas Day asked: Christmas Eve', async () => {
  const say = smsResident(chats, 'carrieres-sous-poissy', '+33600000047', '2026-12-07T09:00:00Z');
  expect((await say('la mairie est ouverte le 25 decembre ?')).join('\n')).toMatch(/25 décembre/);
  const eve = (await say('et le 24 ?')).join('\n');
  expect(eve).toMatch(/24 décembre/);
  expect(eve).not.toMatch(/janvier/);
});
