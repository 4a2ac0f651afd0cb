/**
 * The main menu as each channel receives it, built by the same path as the bot (dialogs/menu.ts,
 * then the renderer): an Adaptive Card with its text equivalent and `speak` where cards exist, the
 * numbered text alone where they do not (SMS, unknown channels).
 */
import path from 'node:path';
import { MemoryStorage, UserState, type Activity } from 'botbuilder';
import { ADAPTIVE_CARD, CardRenderer, fitsVersion, type Reply } from '../../cards/cardRenderer';
import { capabilitiesOf } from '../../cards/channels';
import { type DialogDeps, type Profile } from '../../dialogs/dialogContext';
import { menuOptions, menuReply, type MenuState } from '../../dialogs/menu';
import { fixedClock } from '../../src/domain/clock';
import { Texts, readLocaleFile, type Locale } from '../../src/i18n';
import { buildCore, type Core } from '../../src/index';
import { understand } from '../../src/nlu/understand';
import { startChat, tempConfig, type Chat } from '../support/harness';

const ROOT = path.resolve(__dirname, '../..');
const LOCALES = path.join(ROOT, 'locales');
const CARDS = path.join(ROOT, 'cards');
const fr = readLocaleFile(LOCALES, 'fr');
const en = readLocaleFile(LOCALES, 'en');
const frSms = readLocaleFile(LOCALES, 'fr', 'sms');
const GUEST = ['createAccount', 'signIn', 'requests', 'info'];
const frLabels = GUEST.map((id) => fr[`menu.item.${id}`] as string);

type Card = {
  version?: string;
  speak?: string;
  fallbackText?: string;
  body?: Array<{ type: string; text?: string }>;
  actions?: Array<{ type: string; title?: string; data?: { menu?: string } }>;
};
const cardOf = (a: Partial<Activity>): Card | undefined => a.attachments?.[0]?.content as Card | undefined;

let core: Core;
let deps: DialogDeps;
let renderer: CardRenderer;

beforeAll(() => {
  core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
  renderer = new CardRenderer(CARDS);
  deps = {
    service: core.service,
    texts: Texts.create(LOCALES),
    renderer,
    profile: new UserState(new MemoryStorage()).createProperty<Profile>('profile'),
    publicUrl: () => 'http://localhost:3978',
    electionDays: [],
    understand: (text) => understand(text, { today: '2026-11-18', holidays: core.schoolHolidaysOf('C') }),
    download: async () => {
      throw new Error('no download in this test');
    },
  };
});
afterAll(() => core.close());

function menuFor(channelId: string, locale: Locale = 'fr', again = false, state: MenuState = 'guest'): { reply: Reply; activity: Partial<Activity> } {
  const t = deps.texts.for(locale, false, renderer.isPaid(channelId));
  const reply = menuReply(t, menuOptions(t, state, 'Clé Enfance'), again);
  return { reply, activity: renderer.toActivity(reply, channelId) };
}

describe('channel capabilities', () => {
  it('gives cards to rich channels, Teams up to 1.4, and the text-only form to SMS and unknown channels', () => {
    expect(capabilitiesOf('webchat')).toMatchObject({ cards: true, suggestedActions: true, maxCardVersion: '1.5' });
    expect(capabilitiesOf('msteams')).toMatchObject({ cards: true, maxCardVersion: '1.4' });
    for (const channel of ['sms', 'twilio', 'carrier-pigeon', undefined]) {
      expect(capabilitiesOf(channel)).toMatchObject({ cards: false, suggestedActions: false, files: false, secrets: false });
    }
  });
});

describe('the main menu on a rich channel', () => {
  it.each(['webchat', 'msteams', 'directline', 'emulator'])('%s: an Adaptive Card with every item, fully filled', (channel) => {
    const { activity } = menuFor(channel);
    expect(activity.attachments).toHaveLength(1);
    expect(activity.attachments?.[0]?.contentType).toBe(ADAPTIVE_CARD);
    const card = cardOf(activity) as Card;
    expect(JSON.stringify(card)).not.toContain('${');
    expect(activity.text).toBe(fr['menu.title']);
    expect(card.body?.[0]?.text).toBe(fr['menu.hint']);
    expect(card.actions?.map((a) => a.type)).toEqual(GUEST.map(() => 'Action.Submit'));
    expect(card.actions?.map((a) => a.title)).toEqual(frLabels);
    expect(card.actions?.map((a) => a.data?.menu)).toEqual(GUEST);
  });

  it.each(['webchat', 'msteams'])('%s: the card speaks what it shows, without the message\'s text nor its buttons (each read once), and falls back to the numbered text', (channel) => {
    const { reply, activity } = menuFor(channel);
    const card = cardOf(activity) as Card;
    const equivalent = renderer.textEquivalent(reply);
    expect(equivalent).toBe([fr['menu.title'], fr['menu.hint'], ...frLabels.map((label, i) => `${i + 1}. ${label}`)].join('\n'));
    expect(card.fallbackText).toBe(equivalent);
    expect(card.speak).toBe(fr['menu.hint']);
    for (const label of frLabels) expect(card.speak).not.toContain(label);
    // Web Chat speaks the message's `speak`, then the card's: together, the text equivalent, each part once.
    expect(activity.speak).toBe([fr['menu.title'], ...frLabels.map((label, i) => `${i + 1}. ${label}`)].join('\n'));
    expect(activity.text).toBe(fr['menu.title']);
    expect(activity.inputHint).toBe('expectingInput');
  });

  it.each(['webchat', 'msteams'])('%s: every label shown on the card is said in its text equivalent', (channel) => {
    const { activity } = menuFor(channel);
    const card = cardOf(activity) as Card;
    const titles = card.actions?.map((a) => a.title ?? '') ?? [];
    expect(titles).toHaveLength(GUEST.length);
    for (const title of [card.body?.[0]?.text ?? '', ...titles]) {
      expect(title).not.toBe('');
      expect(card.fallbackText).toContain(title);
      expect(`${activity.speak}\n${card.speak}`).toContain(title);
    }
    expect(card.speak).toContain(card.body?.[0]?.text);
  });

  it('fits Teams: the card version is at most 1.4', () => {
    const card = cardOf(menuFor('msteams').activity) as Card;
    expect(card.version).toBeDefined();
    expect(fitsVersion(card.version, '1.4')).toBe(true);
    expect(fitsVersion(card.version, capabilitiesOf('msteams').maxCardVersion)).toBe(true);
  });

  it.each(['webchat', 'msteams'])('%s: shows the menu once, on the card, not again as suggested actions', (channel) => {
    const { activity } = menuFor(channel);
    expect(activity.suggestedActions).toBeUndefined();
    for (const label of frLabels) expect(activity.text).not.toContain(label);
  });

  it.each([
    ['guest', ['createAccount', 'signIn', 'requests', 'info']],
    ['signedIn', ['familyKey', 'requests', 'contactDetails', 'info']],
    ['linked', ['booking', 'absence', 'invoices', 'familyFile', 'requests', 'info']],
  ] as const)('offers the rubrics of the state %s', (state, ids) => {
    const card = cardOf(menuFor('webchat', 'fr', false, state).activity) as Card;
    expect(card.actions?.map((a) => a.data?.menu)).toEqual(ids);
    const sms = menuFor('sms', 'fr', false, state).activity.text ?? '';
    for (const [i, title] of (card.actions ?? []).entries()) expect(sms).toContain(`${i + 1}. ${title.title}`);
  });

  it('names the family key as the commune does, and offers « Créer mon espace » only when not signed in', () => {
    const signedIn = cardOf(menuFor('webchat', 'fr', false, 'signedIn').activity) as Card;
    expect(signedIn.actions?.[0]?.title).toBe(fr['menu.item.familyKey']?.replace('{{keyName}}', 'Clé Enfance'));
    for (const state of ['signedIn', 'linked'] as const) {
      const titles = (cardOf(menuFor('webchat', 'fr', false, state).activity) as Card).actions?.map((a) => a.title);
      expect(titles).not.toContain(fr['menu.item.createAccount']);
      expect(titles).not.toContain(fr['menu.item.signIn']);
    }
  });

  it('says « Puis-je faire autre chose » after an answer', () => {
    const { activity } = menuFor('webchat', 'fr', true);
    expect(activity.text).toBe(fr['menu.again']);
    expect(activity.speak).toContain(fr['menu.again']);
    expect(cardOf(activity)?.speak).not.toContain(fr['menu.again']);
  });

  it('speaks English in English', () => {
    const { activity } = menuFor('webchat', 'en');
    const card = cardOf(activity) as Card;
    expect(card.actions?.map((a) => a.title)).toEqual(GUEST.map((id) => en[`menu.item.${id}`]));
    expect(card.fallbackText).toContain(`1. ${en['menu.item.createAccount']}`);
    expect(JSON.stringify(card)).not.toContain('${');
  });
});

describe('the main menu without cards', () => {
  it.each(['sms', 'twilio', 'some-new-channel'])('%s: no attachment, the numbered list in the text, and speak', (channel) => {
    const { activity } = menuFor(channel);
    expect(activity.attachments).toBeUndefined();
    expect(activity.suggestedActions).toBeUndefined();
    const lines = (activity.text ?? '').split('\n');
    // where each message is paid for, the short title says to type the number (no card hint)
    expect(lines[0]).toBe(channel === 'some-new-channel' ? fr['menu.title'] : frSms['menu.title']);
    expect(lines.slice(channel === 'some-new-channel' ? 2 : 1)).toEqual(frLabels.map((label, i) => `${i + 1}. ${label}`));
    expect(activity.speak).toBe(activity.text);
    expect(activity.text).not.toContain('${');
  });

  it('says in text everything the rich channels show as buttons', () => {
    const sms = menuFor('sms').activity.text ?? '';
    const card = cardOf(menuFor('webchat').activity) as Card;
    for (const action of card.actions ?? []) expect(sms).toContain(action.title as string);
  });
});

describe('renderer edge cases', () => {
  it('refuses a card with an unfilled binding instead of sending « ${title} » to a resident', () => {
    expect(() => renderer.renderCard('mainMenu', { items: [], speak: 's', fallbackText: 'f' })).toThrow(/unfilled binding/);
  });

  it("expands a template parsed once with each reply's own data, and leaves the template as it was", () => {
    const first = menuFor('webchat', 'fr').activity;
    expect(cardOf(menuFor('webchat', 'en').activity)?.speak).not.toBe(cardOf(first)?.speak);
    expect(() => renderer.renderCard('mainMenu', { items: [], speak: 's', fallbackText: 'f' })).toThrow(/unfilled binding/);
    expect(menuFor('webchat', 'fr').activity).toEqual(first);
    expect(new CardRenderer(CARDS).toActivity(menuReply(deps.texts.for('fr'), menuOptions(deps.texts.for('fr'), 'guest', 'Clé Enfance'), false), 'webchat')).toEqual(first);
  });

  it('gives the same card again for the same data, each call its own objects, and other data its own card', () => {
    const data = { ...(menuReply(deps.texts.for('fr'), menuOptions(deps.texts.for('fr'), 'guest', 'Clé Enfance'), false).card?.data ?? {}), speak: 's', fallbackText: 'f' };
    const fresh = new CardRenderer(CARDS);
    const first = fresh.renderCard('mainMenu', data);
    const again = fresh.renderCard('mainMenu', data);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    (again as { speak: string }).speak = 'changé';
    ((again.actions as unknown[]) ?? []).length = 0;
    expect(fresh.renderCard('mainMenu', data)).toEqual(first);
    expect(fresh.renderCard('mainMenu', { ...data, speak: 'autre' }).speak).toBe('autre');
    // An unfilled binding is refused every time, not kept.
    for (let i = 0; i < 2; i += 1) expect(() => fresh.renderCard('mainMenu', { items: [], speak: 's', fallbackText: 'f' })).toThrow(/unfilled binding/);
  });

  it('puts the card text between the text and the choices, and uses an explicit speak', () => {
    const reply: Reply = { text: 'Titre', cardText: 'Détail', choices: [{ label: 'Oui' }, { label: 'Non', value: 'no' }], speak: 'Parlé' };
    expect(renderer.textEquivalent(reply)).toBe('Titre\nDétail\n1. Oui\n2. Non');
    expect(renderer.toActivity(reply, 'sms')).toEqual({ type: 'message', text: 'Titre\nDétail\n1. Oui\n2. Non', speak: 'Parlé', inputHint: 'expectingInput' });
    const rich = renderer.toActivity(reply, 'webchat');
    expect(rich.text).toBe('Titre');
    expect(rich.suggestedActions?.actions.map((a) => a.value)).toEqual(['Oui', 'no']);
  });
});

describe('the menu the bot sends when a conversation starts', () => {
  const chats: Chat[] = [];
  afterEach(() => {
    for (const c of chats.splice(0)) c.core.close();
  });
  async function menuOn(channelId: string): Promise<Partial<Activity>> {
    const c = startChat({ channelId });
    chats.push(c);
    const replies = await c.join({ commune: 'carrieres-sous-poissy' });
    const menu = replies.find((r) => (r.text ?? '').startsWith((channelId === 'sms' ? frSms : fr)['menu.title'] as string));
    expect(menu).toBeDefined();
    return menu as Partial<Activity>;
  }

  it('Teams receives the 1.4 card, with speak and fallback text', async () => {
    const menu = await menuOn('msteams');
    const card = cardOf(menu) as Card;
    expect(menu.attachments?.[0]?.contentType).toBe(ADAPTIVE_CARD);
    expect(fitsVersion(card.version, '1.4')).toBe(true);
    expect(JSON.stringify(card)).not.toContain('${');
    expect(card.fallbackText).toContain(`4. ${fr['menu.item.info']}`);
    expect(card.speak).toBe(fr['menu.hint']);
    expect(menu.speak).not.toContain(card.speak);
    expect(menu.speak).toContain(`4. ${fr['menu.item.info']}`);
  });

  it('SMS receives the numbered text only', async () => {
    const menu = await menuOn('sms');
    expect(menu.attachments).toBeUndefined();
    for (const [i, label] of frLabels.entries()) expect(menu.text).toContain(`${i + 1}. ${label}`);
    expect(menu.speak).toBe(menu.text);
  });
});
