/**
 * Right after the agenda (« mes réservations de décembre »): « et en janvier ? », « et pour Hugo ? », « et hugo en
 * janvier ? », « and in January? » show it again for that month or that child, the rest as before. They were
 * « Je n'ai pas compris », the menu. Asserts the agenda's locale title and each child's section said.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The words of a turn, the cards' speech and text included. */
const words = (replies: Array<{ text?: string; attachments?: unknown[] }>) => replies.map((r) => `${r.text ?? ''}\n${JSON.stringify(r.attachments ?? [])}`).join('\n');

describe('the agenda, asked again', () => {
  it.each(table<[string, string[]]>([
    ['et en janvier ?', 'janvier 2027', ['Léa', 'Hugo']],
    ['et pour Hugo ?', 'décembre 2026', ['Hugo']],
    ['et hugo en janvier ?', 'janvier 2027', ['Hugo']],
    ['and in January?', 'janvier 2027', ['Léa', 'Hugo']],
  ]))('%s: « %s » → the agenda of %s for %j', async (channel, phrasing, period, children) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa et Hugo le 7 janvier');
    await c.say('oui');
    await c.say('mes réservations de décembre');
    const said = words(await c.say(phrasing));
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(said).not.toContain(fr['menu.notUnderstood']);
    expect(said).toContain(t('agenda.title', { period }));
    for (const name of ['Léa', 'Hugo']) expect(said.includes(`${name} :`) || said.includes(`"${name}"`)).toBe(children.includes(name));
  });
});

describe('every child asked again after one child’s agenda', () => {
  it.each(table([['et pour les deux ?'], ['et les 2 ?']]))('%s: « et pour Hugo ? » then « %s » → the agenda of both', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('mes réservations de décembre');
    await c.say('et pour Hugo ?');
    const said = words(await c.say(phrasing));
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(said).not.toContain(fr['menu.notUnderstood']);
    expect(said).toContain(t('agenda.title', { period: 'décembre 2026' }));
    for (const name of ['Léa', 'Hugo']) expect(said.includes(`${name} :`) || said.includes(`"${name}"`)).toBe(true);
  });
});
