/**
 * A plain card template (cards/plainTemplate.ts) gives, without the templating library, what the
 * library gives: the menu card with every kind of value its fields may hold, nested fields, lists
 * repeated or left empty, lists of texts, the calendar's tests (`$when`) holding or not. What only the
 * library decides (a field missing, `$data` that is not an array, other expressions, a test on a field
 * that is not a text, text around a binding) is left to it. The renderer expands the menu card and the
 * calendar without loading the library.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { CardRenderer } from '../../cards/cardRenderer';
import { expandPlain, isPlainTemplate } from '../../cards/plainTemplate';

const CARDS = path.resolve(__dirname, '../../cards');
const card = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(CARDS, `${name}.json`), 'utf8'));
const library = (template: unknown, data: Record<string, unknown>) => new ACData.Template(structuredClone(template)).expand({ $root: data }) as unknown;

const menuData: Array<Record<string, unknown>> = [
  { hint: 'Que souhaitez-vous faire ?', speak: 'Menu', fallbackText: '1. A\n2. B', items: [{ label: 'Créer mon espace', id: 'createAccount' }, { label: 'Me connecter', id: 'signIn' }] },
  { hint: 'h', speak: 's', fallbackText: 'f', items: [] },
  { hint: 'h ${x} "q" \\ \n $ { ${', speak: '', fallbackText: 'f', items: [{ label: '${hint}', id: 3 }, { label: 'À « bientôt »', id: 'x', extra: true }] },
  { hint: 5, speak: true, fallbackText: null, items: [{ label: 'A', id: { a: [1, '${b}'] } }] },
];

it('expands the menu card as the library does, whatever its fields hold', () => {
  const menu = card('mainMenu');
  expect(isPlainTemplate(menu)).toBe(true);
  for (const data of menuData) expect(expandPlain(menu, data)).toEqual(library(menu, data));
});

it('expands nested fields, lists inside lists and kept keys as the library does', () => {
  const template = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    title: '${labels.title}',
    plain: 'no binding here',
    rows: [{ type: 'Row', $data: '${rows}', cells: [{ $data: '${cells}', text: '${text}' }], name: '${name}' }, { type: 'Footer', text: 'fin' }],
  };
  expect(isPlainTemplate(template)).toBe(true);
  const data = { labels: { title: 'Titre' }, rows: [{ name: 'r1', cells: [{ text: 'a' }, { text: 'b' }] }, { name: 'r2', cells: [] }] };
  expect(expandPlain(template, data)).toEqual(library(template, data));
});

it('leaves to the library what only it decides', () => {
  const menu = card('mainMenu');
  // A field missing, a list that is not an array, an item that is not an object.
  expect(expandPlain(menu, { speak: 's', fallbackText: 'f', items: [] })).toBeUndefined();
  expect(expandPlain(menu, { hint: 'h', speak: 's', fallbackText: 'f', items: { label: 'A', id: 'x' } })).toBeUndefined();
  expect(expandPlain(menu, { hint: 'h', speak: 's', fallbackText: 'f', items: ['A'] })).toBeUndefined();
  expect(expandPlain(menu, { hint: 'h', speak: 's', fallbackText: 'f', items: [{ label: 'A' }] })).toBeUndefined();
  // Expressions, conditions, text around a binding, `$data` outside a list: not plain.
  for (const template of [{ t: '${count(items)}' }, { t: '${a == 1}' }, { a: [{ $when: '${x}', t: 'y' }] }, { t: 'Bonjour ${name}' }, { $data: '${x}', t: '${y}' }, { '${k}': 1 }]) {
    expect(isPlainTemplate(template)).toBe(false);
  }
  // A test on what is not a text, a count of what is not a list, the item itself outside a list.
  const tests = { a: [{ $when: "${kind == 'toggle'}", t: 1 }, { $when: '${count(weeks) == 0}', t: 2 }] };
  expect(isPlainTemplate(tests)).toBe(true);
  expect(expandPlain(tests, { kind: 5, weeks: [] })).toBeUndefined();
  expect(expandPlain(tests, { kind: 'toggle', weeks: 'ab' })).toBeUndefined();
  expect(expandPlain({ t: '${$data}' }, { x: 1 })).toBeUndefined();
  expect(expandPlain({ a: [{ $data: '${xs}', t: '${name}' }] }, { xs: ['a'] })).toBeUndefined();
});

it('keeps or leaves out elements on the tests of `$when`, and repeats lists of texts, as the library does', () => {
  const template = {
    a: [
      { $when: "${kind == 'toggle'}", t: 1 },
      { $when: "${kind != 'toggle'}", t: 2 },
      { $when: "${next != ''}", t: '${next}' },
      { $when: '${count(weeks) == 0}', t: 3 },
      { $when: '${count(weeks) != 2}', t: 4 },
      { $data: '${weeks}', $when: "${label == 'b'}", t: '${label}' },
      { $data: '${lines}', t: '${$data}' },
    ],
  };
  expect(isPlainTemplate(template)).toBe(true);
  for (const data of [
    { kind: 'toggle', next: '', weeks: [], lines: [] },
    { kind: 'Toggle', next: '2027-01', weeks: [{ label: 'a' }, { label: 'b' }], lines: ['un', 2, true, 'x ${y}'] },
    { kind: '', next: 'x', weeks: [{ label: 'b' }], lines: ['a'] },
  ]) {
    expect(expandPlain(template, data)).toEqual(library(template, data));
  }
});

/** A calendar's data as dialogs/calendarCard.ts gives it: two children, toggles and texts, one child with no week. */
const calendarData = (previous: string, next: string): Record<string, unknown> => ({
  title: 'Restauration scolaire — janvier',
  intro: 'Cochez les jours.',
  legendTitle: 'Légende',
  legend: ['☑ réservé', '⏳ en attente', '€ majoré', '✖ fermé'],
  children: [
    {
      name: 'Léa',
      weeks: [
        { label: 'Semaine du lundi 5', days: [{ kind: 'toggle', id: 'd_1_2027-01-05', title: 'lundi 5', value: 'true' }, { kind: 'text', id: 'd_1_2027-01-06', title: 'mardi 6 (fermé)', value: 'false' }] },
        { label: 'Semaine du lundi 12', days: [{ kind: 'toggle', id: 'd_1_2027-01-12', title: 'lundi 12 « majoré »', value: 'false' }] },
      ],
      nothing: 'Rien ce mois-ci.',
    },
    { name: 'Hugo', weeks: [], nothing: 'Rien ce mois-ci.' },
  ],
  activityId: 3,
  childIds: '1,2',
  month: '2027-01',
  shown: '1:5;2:',
  version: '0a1b2c3d4e5',
  previous,
  next,
  labels: { validate: 'Valider', all: 'Tout cocher', none: 'Tout décocher', previous: previous ? 'Décembre' : '', next: next ? 'Février' : '' },
  speak: 'Le calendrier',
  fallbackText: 'Le calendrier en mots',
});

it('expands the calendar and the sections as the library does', () => {
  expect(['calendar', 'sections'].filter((name) => isPlainTemplate(card(name)))).toEqual(['calendar', 'sections']);
  for (const [previous, next] of [['', '2027-02'], ['2026-12', ''], ['', ''], ['2026-12', '2027-02']]) {
    const data = calendarData(previous as string, next as string);
    expect(expandPlain(card('calendar'), data)).toEqual(library(card('calendar'), data));
  }
  const sections = { title: 'Infos', sections: [{ title: 'Horaires', lines: ['Lundi 9 h', 'Mardi 9 h'] }, { title: 'Vide', lines: [] }], actions: [{ label: 'Menu', id: 'menu' }], speak: 's', fallbackText: 'f' };
  expect(expandPlain(card('sections'), sections)).toEqual(library(card('sections'), sections));
});

/** Data for every binding of a template: each field a text naming it (twice over a list's items, with `variant`). */
function dataFor(template: unknown, variant: (path: string, n: number) => unknown, scope: Record<string, unknown> = {}, n = 0): Record<string, unknown> {
  const set = (path: string, value: unknown) => {
    const fields = path.split('.');
    let at = scope;
    for (const f of fields.slice(0, -1)) at = (at[f] ??= {}) as Record<string, unknown>;
    at[fields[fields.length - 1] as string] ??= value;
  };
  const walk = (t: unknown): void => {
    if (typeof t === 'string') {
      // A test of `$when`: the field holds the text compared with on the first item, another on the second.
      const test = /^\$\{([\w.]+) [!=]= '(.*)'\}$/.exec(t);
      const m = /^\$\{([\w.]+)\}$/.exec(t);
      if (test) set(test[1] as string, n ? `${test[2]} ${n}` : test[2]);
      else if (m && m[1] !== '$data') set(m[1] as string, variant(m[1] as string, n));
    } else if (Array.isArray(t)) {
      for (const e of t) {
        const repeat = e && typeof e === 'object' ? (e as Record<string, unknown>).$data : undefined;
        if (typeof repeat !== 'string') walk(e);
        else set(repeat.slice(2, -1), [0, 1].map((i) => dataFor({ ...(e as object), $data: undefined }, variant, {}, i)));
      }
    } else if (t && typeof t === 'object') Object.values(t).forEach(walk);
  };
  walk(template);
  return scope;
}

it('expands every plain card of the bot as the library does', () => {
  const plain = fs.readdirSync(CARDS).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((name) => isPlainTemplate(card(name)));
  expect(plain).toEqual(expect.arrayContaining(['mainMenu', 'signIn']));
  const variants = [(p: string, n: number) => `${p} ${n}`, (p: string, n: number) => (n ? { p } : 12.5), () => '', () => 'a « b » \n ${c}'];
  for (const name of plain) {
    for (const variant of variants) {
      const data = dataFor(card(name), variant);
      expect({ name, card: expandPlain(card(name), data) }).toEqual({ name, card: library(card(name), data) });
    }
  }
});

it('renders the menu card without loading the templating library', () => {
  jest.isolateModules(() => {
    const loaded: string[] = [];
    jest.doMock('adaptivecards-templating', () => {
      loaded.push('adaptivecards-templating');
      return jest.requireActual('adaptivecards-templating');
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CardRenderer } = require('../../cards/cardRenderer') as typeof import('../../cards/cardRenderer');
    const renderer = new CardRenderer(CARDS);
    renderer.prepare(['mainMenu']);
    const activity = renderer.toActivity({ text: 'Menu', card: { template: 'mainMenu', data: { hint: 'h', items: [{ label: 'A', id: 'a' }] } } }, 'webchat');
    expect(activity.attachments?.[0]?.content).toMatchObject({ body: [{ text: 'h' }], actions: [{ title: 'A', data: { menu: 'a' } }] });
    expect(loaded).toEqual([]);
    // Nor the calendar.
    const calendar = renderer.toActivity({ text: 'Calendrier', card: { template: 'calendar', data: calendarData('', '2027-02') } }, 'webchat');
    expect(calendar.attachments?.[0]?.content).toMatchObject({ actions: [{ data: { calendar: 'validate' } }, {}, {}, { data: { calendar: 'month', to: '2027-02' } }] });
    expect(loaded).toEqual([]);
    // A card with other expressions loads it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
    fs.writeFileSync(path.join(dir, 'counted.json'), JSON.stringify({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: '${count(items)}' }] }));
    new CardRenderer(dir).prepare(['counted']);
    expect(loaded).toEqual(['adaptivecards-templating']);
  });
});

it('renders a plain template\'s card (written out once, read back) as the library does, sharing no object with its data', () => {
  for (const data of menuData.slice(0, 2)) {
    const before = JSON.stringify(data);
    const made = new CardRenderer(CARDS).renderCard('mainMenu', data);
    expect(made).toEqual(library(card('mainMenu'), data));
    const touch = (v: unknown): void => {
      if (v && typeof v === 'object') for (const x of Object.values(v)) {
        if (x && typeof x === 'object') (x as Record<string, unknown>).touched = true;
        touch(x);
      }
    };
    touch(made);
    expect(JSON.stringify(data)).toBe(before);
  }
});

it('makes a plain card as its JSON would read back, without writing it out: numbers JSON cannot hold, objects with toJSON', () => {
  const template = { a: '${n}', b: '${m}', c: '${o}', d: [{ $data: '${xs}', v: '${$data}' }] };
  const data = { n: Number.NaN, m: -0, o: { at: new Date(0), gone: undefined, list: [1, undefined, Infinity] }, xs: [Infinity, 'x'] };
  const made = expandPlain(template, data);
  expect(Object.is(made?.b, 0)).toBe(true);
  expect(made).toEqual(JSON.parse(JSON.stringify({ a: data.n, b: data.m, c: data.o, d: data.xs.map((v) => ({ v })) })));
  expect(made?.c).not.toBe(data.o);
});
