/**
 * The main menu follows the resident: not signed in, signed in, or signed in with the family
 * file linked. Its options (the card's buttons on Web Chat, the numbered lines on SMS) per state,
 * shown once per turn, and read by number against the options actually shown.
 */
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';
import { signedInChat } from '../support/accounts';
import { segments, smsBody } from '../../src/sms/smsText';

const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
const label = (key: string) => (fr[key] as string).replace('{{keyName}}', 'Clé Enfance');
const CSP = { commune: 'carrieres-sous-poissy' };

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const MENUS = {
  guest: ['createAccount', 'signIn', 'requests', 'info'],
  signedIn: ['familyKey', 'requests', 'contactDetails', 'info'],
  linked: ['booking', 'absence', 'invoices', 'familyFile', 'requests', 'info'],
} as const;
const LABELS = {
  guest: ['menu.item.createAccount', 'menu.item.signIn', 'menu.item.requests', 'menu.item.info'].map(label),
  signedIn: ['menu.item.familyKey', 'menu.item.requests.signedIn', 'menu.item.contactDetails', 'menu.item.info'].map(label),
  linked: ['menu.item.booking', 'menu.item.absence', 'menu.item.invoices', 'menu.item.familyFile', 'menu.item.requests.signedIn', 'menu.item.info'].map(label),
};
type State = keyof typeof MENUS;

async function chatIn(state: State, channelId: string): Promise<Chat> {
  if (state === 'guest') {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join(CSP);
    return c;
  }
  return (await signedInChat(chats, { channelId, ...(state === 'linked' ? { linkFile: 'CSP-F-000101' } : {}) })).c;
}

const menuButtons = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.attachments ?? []).flatMap((a) => ((a.content as { actions?: Array<{ data?: { menu?: string } }> }).actions ?? []).map((x) => x.data?.menu));

describe.each(Object.keys(MENUS) as State[])('the menu, %s', (state) => {
  it('on Web Chat: the card offers the rubrics of the state, once (no suggested actions, no list in the text)', async () => {
    const c = await chatIn(state, 'webchat');
    const replies = await c.say('menu');
    expect(menuButtons(replies)).toEqual([...MENUS[state]]);
    expect(replies.some((r) => r.suggestedActions?.actions.length)).toBe(false);
    for (const l of LABELS[state]) expect(c.text(replies)).not.toContain(l);
    // said in words for screen readers
    const menu = replies.find((r) => r.attachments?.length);
    for (const l of LABELS[state]) expect(menu?.speak).toContain(l);
  });

  it('on SMS: the same rubrics, numbered in the text', async () => {
    const c = await chatIn(state, 'sms');
    const text = c.text(await c.say('menu'));
    LABELS[state].forEach((l, i) => expect(text).toContain(`${i + 1}. ${l}`));
    expect(text.match(/^\d+\. /gm)).toHaveLength(MENUS[state].length);
  });
});

describe('numbers are read against the options shown', () => {
  it('signed in, « 1 » links the family file and « 3 » is « Mes coordonnées »', async () => {
    const c = await chatIn('signedIn', 'webchat');
    await c.say('menu');
    expect(c.text(await c.say('1'))).toContain(label('familyKey.ask').split(':')[0] as string);
    await c.say('menu');
    expect(c.text(await c.say('3'))).toContain(fr['contact.which']);
  });

  it('linked, « 2 » reports an absence and « 9 » is not understood', async () => {
    const c = await chatIn('linked', 'webchat');
    await c.say('menu');
    const absence = c.text(await c.say('2'));
    expect(absence).not.toContain(fr['menu.notUnderstood']);
    expect(absence).toMatch(/absent/i);
    await c.say('menu');
    expect(c.text(await c.say('9'))).toContain(fr['menu.notUnderstood']);
  });

  it('not signed in, « 2 » is « Me connecter » (not « Réserver » of the full list)', async () => {
    const c = await chatIn('guest', 'sms');
    expect(c.text(await c.say('2'))).toContain('Quelle est l\'adresse e-mail de votre espace ?');
  });
});

describe('by SMS, what a commune can afford', () => {
  const segmentsOf = (text: string) => segments(smsBody([text]).join(''));

  it('after an answer, a one-line hint instead of the menu; « menu » gives the full menu', async () => {
    const c = await chatIn('guest', 'sms');
    const answer = c.text(await c.say('est-ce que la mairie est ouverte maintenant ?'));
    expect(answer).toContain('ouvert');
    const done = c.text(await c.say('non merci'));
    expect(done).toContain(fr['menu.afterAnswer']);
    for (const l of LABELS.guest) expect(done).not.toContain(l);
    expect(segmentsOf(done)).toBe(1);
    const menu = c.text(await c.say('menu'));
    LABELS.guest.forEach((l, i) => expect(menu).toContain(`${i + 1}. ${l}`));
    // the numbers still read the menu's options
    expect(c.text(await c.say('4'))).toContain('Voici les contacts utiles');
  });

  it('« annuler » in a task and « parler à quelqu\'un » at the menu end with the hint, not the menu', async () => {
    const c = await chatIn('guest', 'sms');
    await c.say('Démarches sans compte');
    const cancelled = c.text(await c.say('annuler'));
    expect(cancelled).toContain(fr['menu.afterAnswer']);
    expect(cancelled).not.toContain(LABELS.guest[0]);
    const human = c.text(await c.say('parler à quelqu\'un'));
    // The Hôtel de Ville's phone (in one line by SMS).
    expect(human).toContain('01 39 22 36 00');
    expect(human).not.toContain(LABELS.guest[0]);
  });

  it('« Infos pratiques » gives the contacts one page at a time, « suite » the next', async () => {
    const c = await chatIn('guest', 'sms');
    const first = c.text(await c.say('Infos pratiques'));
    expect(first).toContain('Hôtel de Ville');
    expect(first).not.toContain('Régie centrale');
    expect(first).toContain(fr['info.nextPage']);
    expect(segmentsOf(first)).toBeLessThanOrEqual(2);
    const second = c.text(await c.say('suite'));
    expect(second).toContain('Régie centrale');
    expect(second).not.toContain('Hôtel de Ville');
    // on Web Chat, every service at once
    const w = await chatIn('guest', 'webchat');
    const all = w.text(await w.say('Infos pratiques'));
    for (const name of ['Hôtel de Ville', 'Régie centrale', 'Service État-civil']) expect(all).toContain(name);
    expect(all).not.toContain(fr['info.nextPage']);
  });

  it('the démarches list goes without its categories, in at most 3 segments', async () => {
    const c = await chatIn('guest', 'sms');
    const list = c.text(await c.say('Démarches sans compte'));
    expect(list).toContain('8. Suivre une demande');
    expect(list).not.toContain(fr['demarches.category.logement']);
    expect(segmentsOf(list)).toBeLessThanOrEqual(3);
  });
});
