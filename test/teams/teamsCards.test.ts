/**
 * Each card as Teams receives it. Teams renders Adaptive Cards 1.4 on mobile (1.5 on desktop and
 * web), Web Chat 1.5 and later. The cards declare 1.4 and use one 1.5 feature, the heading style of
 * a TextBlock (`style: "heading"`, for screen readers): a 1.4 renderer does not know the property and
 * ignores it, the TextBlock keeping its size and weight; a 1.5 renderer makes it a heading. So Teams
 * gets the same card as Web Chat. Checked per card: the version declared, every element and
 * property within schema 1.4 but that one, and a parse by the Adaptive Cards SDK that predates
 * the heading style (adaptivecards 1.2, the one botbuilder carries) with no error and the heading
 * still bold.
 */
import * as AC from 'adaptivecards';
import type { Activity } from 'botbuilder';
import { ADAPTIVE_CARD, CardRenderer, fitsVersion } from '../../cards/cardRenderer';
import { capabilitiesOf } from '../../cards/channels';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';

const COMMON = ['type', 'id', 'isVisible', 'separator', 'spacing', 'fallback', 'height', 'requires'];
const ACTION = ['type', 'id', 'title', 'iconUrl', 'style', 'fallback', 'requires'];
/** The properties of schema 1.4 for the elements the cards use (adaptivecards.io/explorer, « Version » of each). */
const SCHEMA_1_4: Record<string, readonly string[]> = {
  AdaptiveCard: ['type', 'version', 'body', 'actions', 'selectAction', 'fallbackText', 'backgroundImage', 'minHeight', 'speak', 'lang', 'verticalContentAlignment', '$schema', 'refresh', 'authentication'],
  TextBlock: [...COMMON, 'text', 'color', 'fontType', 'horizontalAlignment', 'isSubtle', 'maxLines', 'size', 'weight', 'wrap'],
  Container: [...COMMON, 'items', 'selectAction', 'style', 'verticalContentAlignment', 'bleed', 'backgroundImage', 'minHeight'],
  ColumnSet: [...COMMON, 'columns', 'selectAction', 'style', 'bleed', 'minHeight', 'horizontalAlignment'],
  Column: [...COMMON, 'items', 'backgroundImage', 'bleed', 'minHeight', 'selectAction', 'style', 'verticalContentAlignment', 'width'],
  FactSet: [...COMMON, 'facts'],
  ActionSet: [...COMMON, 'actions'],
  'Input.Toggle': [...COMMON, 'title', 'value', 'valueOff', 'valueOn', 'wrap', 'label', 'isRequired', 'errorMessage'],
  'Action.Submit': [...ACTION, 'data', 'associatedInputs'],
  'Action.OpenUrl': [...ACTION, 'url'],
};
const CONTAINER_STYLES_1_4 = ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'];

/** What goes beyond schema 1.4 in a card, as `Type.property=value`; the heading style is listed apart. */
function beyond14(node: unknown, out: { other: string[]; headings: number } = { other: [], headings: 0 }) {
  if (Array.isArray(node)) node.forEach((n) => beyond14(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const type = typeof o.type === 'string' ? o.type : undefined;
    if (type) {
      const allowed = SCHEMA_1_4[type];
      if (!allowed) out.other.push(type);
      for (const [key, value] of Object.entries(o)) {
        if (type === 'TextBlock' && key === 'style' && value === 'heading') out.headings += 1;
        else if (allowed && !allowed.includes(key)) out.other.push(`${type}.${key}`);
        else if ((type === 'Container' || type === 'Column') && key === 'style' && !CONTAINER_STYLES_1_4.includes(String(value))) out.other.push(`${type}.style=${String(value)}`);
      }
    }
    Object.values(o).forEach((v) => beyond14(v, out));
  }
  return out;
}

const TEMPLATES = ['mainMenu', 'calendar', 'invoices', 'invoice', 'sections', 'signIn'] as const;

const chats: Chat[] = [];
const sent = new Map<string, { activity: Partial<Activity>; card: Record<string, unknown> }>();

beforeAll(async () => {
  // Which template made each card: recorded as the renderer fills them.
  const rendered: Array<{ name: string; card: Record<string, unknown> }> = [];
  const original = CardRenderer.prototype.renderCard;
  const spy = jest.spyOn(CardRenderer.prototype, 'renderCard').mockImplementation(function (this: CardRenderer, name, data) {
    const card = original.call(this, name, data);
    rendered.push({ name, card });
    return card;
  });
  const replies: Partial<Activity>[] = [];
  const guest = startChat({ channelId: 'msteams' });
  chats.push(guest);
  await guest.join({ commune: 'carrieres-sous-poissy' });
  replies.push(...(await guest.say('Me connecter')));
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId: 'msteams' });
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  for (const said of ['menu', 'Réserver ou annuler', 'Restauration scolaire', 'Léa', 'menu', 'mon dossier famille', 'menu', 'Mes factures', '1']) replies.push(...(await c.say(said)));
  spy.mockRestore();
  for (const activity of replies) {
    for (const a of activity.attachments ?? []) {
      const made = rendered.find((r) => r.card === a.content);
      if (made && a.contentType === ADAPTIVE_CARD) sent.set(made.name, { activity, card: a.content as Record<string, unknown> });
    }
  }
});
afterAll(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(TEMPLATES)('the %s card on Teams', (name) => {
  const get = () => {
    const got = sent.get(name);
    if (!got) throw new Error(`no ${name} card sent to Teams`);
    return got;
  };

  it('is sent as a card declaring a version Teams renders (1.4)', () => {
    const { card } = get();
    expect(card.version).toBe('1.4');
    expect(fitsVersion(card.version, capabilitiesOf('msteams').maxCardVersion)).toBe(true);
  });

  it('uses schema 1.4 only, but for the heading style that 1.4 renderers ignore', () => {
    expect(beyond14(get().card).other).toEqual([]);
  });

  it('parses with no error in an Adaptive Cards SDK older than the heading style, headings still bold', () => {
    const { card } = get();
    const parsed = new AC.AdaptiveCard();
    const errors: Parameters<AC.AdaptiveCard['parse']>[1] = [];
    parsed.parse(card, errors);
    expect(errors).toEqual([]);
    const json = parsed.toJSON() as Record<string, unknown>;
    // Every element and action kept (the old SDK drops what it does not know, `style: heading` included).
    const count = (n: unknown, key: 'type'): number =>
      Array.isArray(n) ? n.reduce((s: number, x) => s + count(x, key), 0) : n && typeof n === 'object' ? (key in n ? 1 : 0) + Object.values(n).reduce((s: number, x) => s + count(x, key), 0) : 0;
    expect(count(json, 'type')).toBe(count(card, 'type'));
    const headings = JSON.stringify(card).match(/"style":"heading"/g)?.length ?? 0;
    expect(JSON.stringify(json)).not.toContain('"heading"');
    if (headings) expect(beyond14(card).headings).toBe(headings);
  });

  it('comes with its text equivalent and speak (the message\'s own speak where it says something besides its card)', () => {
    const { activity, card } = get();
    if (activity.text?.trim()) expect(activity.speak?.trim()).toBeTruthy();
    expect(String(card.speak ?? '').trim()).toBeTruthy();
    expect(String(card.fallbackText ?? '').trim()).toBeTruthy();
  });
});

it('Teams gets the headings Web Chat gets: the calendar names its child and weeks as headings', () => {
  const { card } = sent.get('calendar') ?? { card: {} };
  expect(beyond14(card).headings).toBeGreaterThanOrEqual(3);
  const bold = JSON.stringify(card).match(/"weight":"Bolder"[^}]*"style":"heading"|"style":"heading"[^}]*"weight":"Bolder"/g) ?? [];
  expect(bold.length).toBe(beyond14(card).headings);
});
