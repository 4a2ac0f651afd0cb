/**
 * Who the resident is to the person of a birth record, said in English at « Who are you to the
 * person of the record? »: « mother », « father », « i am his mother » are a parent (« mother »
 * was read as « Other » and refused, « father » not understood). The place question comes next,
 * in English, with no option of the question before. Web Chat and SMS.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { startChat, ROOT, type Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a parent said in English at the relation question', () => {
  it.each(table([['mother'], ['father'], ['i am his mother'], ["I'm her father"], ['dad']]))('%s: « %s » is a parent: the place is asked next', async (channel, phrasing) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('english');
    await c.say('birth certificate');
    expect(c.text(await c.say('2'))).toContain(en['civilAct.ask.relation']);
    const next = await c.say(phrasing);
    const place = (en['civilAct.ask.place'] ?? '?').split('{{')[0] ?? '?';
    expect(c.text(next)).toContain(place);
    expect(c.text(next)).not.toContain(en['civilAct.notEntitled'] ?? '?');
    const french = ['self', 'spouse', 'ascendant'].map((r) => fr[`civilAct.relation.${r}`]);
    for (const label of french) expect(offered(next)).not.toContain(label);
  });
});
