/**
 * The calendar card as a screen reader meets it: each box named with the child and the day when the
 * card shows several children, children and weeks as headings, the days of each child in date order
 * (a past day shown as text among the boxes, not after them); and the invoice list's numbers kept.
 */
import path from 'node:path';
import { CardRenderer } from '../../cards/cardRenderer';
import { calendarReply } from '../../dialogs/calendarCard';
import type { CalendarDay, CalendarView } from '../../src/domain/reservations';
import { Texts } from '../../src/i18n';

const ROOT = path.resolve(__dirname, '../..');
const renderer = new CardRenderer(path.join(ROOT, 'cards'));
const t = Texts.create(path.join(ROOT, 'locales')).for('fr');

type Node = { type?: string; text?: string; title?: string; style?: string; id?: string; items?: Node[]; body?: Node[] };

/** Tue 1 December is past; Wed 2 has no canteen (left out); Thu 3, Fri 4, Mon 7 and Tue 8 can be ticked, the 8th is booked. */
const DAYS: CalendarDay[] = [
  { day: '2026-12-01', state: { kind: 'closed', reason: 'past' } },
  { day: '2026-12-02', state: { kind: 'closed', reason: 'notThatDay' } },
  { day: '2026-12-03', state: { kind: 'open' } },
  { day: '2026-12-04', state: { kind: 'late', surchargePercent: 20 } },
  { day: '2026-12-07', state: { kind: 'open' } },
  { day: '2026-12-08', state: { kind: 'open' }, status: 'confirmed' },
];

function view(names: string[]): CalendarView {
  return {
    activity: { id: 1, label: 'Restauration scolaire' },
    month: '2026-12',
    // Days given out of order: the card puts them in order.
    children: names.map((firstName, i) => ({ child: { id: 10 + i, firstName }, days: [...DAYS].reverse() })),
    version: 'v1',
  } as unknown as CalendarView;
}

/** Every node of the card, depth first: what a screen reader reads in order. */
function walk(node: Node, out: Node[] = []): Node[] {
  out.push(node);
  for (const child of [...(node.body ?? []), ...(node.items ?? [])]) walk(child, out);
  return out;
}

const cardOf = (names: string[]) => walk(renderer.renderCard('calendar', { ...(calendarReply(t, 'fr', view(names)).card?.data ?? {}), speak: 's', fallbackText: 'f' }) as Node);
const toggles = (nodes: Node[]) => nodes.filter((n) => n.type === 'Input.Toggle').map((n) => n.title ?? '');
const headings = (nodes: Node[]) => nodes.filter((n) => n.type === 'TextBlock' && n.style === 'heading').map((n) => n.text ?? '');

describe('the calendar card', () => {
  it('names each box with the child and the day when it shows several children, each name once', () => {
    const names = toggles(cardOf(['Léa', 'Hugo']));
    expect(names).toHaveLength(8);
    expect(new Set(names).size).toBe(8);
    expect(names.filter((n) => n.startsWith('Léa, '))).toHaveLength(4);
    expect(names.filter((n) => n.startsWith('Hugo, '))).toHaveLength(4);
    expect(names).toContain('Hugo, vendredi 4 décembre (majoration de 20 %)');
  });

  it('names the boxes by the day alone for one child, under the child\'s heading', () => {
    const nodes = cardOf(['Hugo']);
    expect(toggles(nodes)).toEqual(['jeudi 3 décembre', 'vendredi 4 décembre (majoration de 20 %)', 'lundi 7 décembre', 'mardi 8 décembre']);
    expect(headings(nodes)).toContain('Hugo');
  });

  it('makes the title, each child and each week headings', () => {
    const found = headings(cardOf(['Léa', 'Hugo']));
    expect(found[0]).toBe('Restauration scolaire — décembre 2026');
    expect(found.filter((h) => h === 'Léa' || h === 'Hugo')).toEqual(['Léa', 'Hugo']);
    expect(found.filter((h) => h.startsWith('Semaine du'))).toEqual(['Semaine du mardi 1er décembre', 'Semaine du lundi 7 décembre', 'Semaine du mardi 1er décembre', 'Semaine du lundi 7 décembre']);
  });

  it('reads the days of each child in date order, the past day first among them', () => {
    const nodes = cardOf(['Léa', 'Hugo']);
    const order: Record<string, number[]> = {};
    let child = '';
    for (const n of nodes) {
      if (n.style === 'heading' && (n.text === 'Léa' || n.text === 'Hugo')) child = n.text;
      const text = n.type === 'Input.Toggle' ? n.title : n.type === 'TextBlock' && n.style !== 'heading' ? n.text : undefined;
      const day = /(?:lundi|mardi|mercredi|jeudi|vendredi) (\d{1,2})(?:er)? décembre/.exec(text ?? '');
      if (day && child) (order[child] ??= []).push(Number(day[1]));
    }
    expect(order).toEqual({ Léa: [1, 3, 4, 7, 8], Hugo: [1, 3, 4, 7, 8] });
  });

  it('keeps the toggles\' ids and values, the booked day ticked', () => {
    const nodes = cardOf(['Léa']).filter((n) => n.type === 'Input.Toggle') as Array<Node & { value?: string }>;
    expect(nodes.map((n) => [n.id, n.value])).toEqual([['d_10_2026-12-03', 'false'], ['d_10_2026-12-04', 'false'], ['d_10_2026-12-07', 'false'], ['d_10_2026-12-08', 'true']]);
  });
});

describe('the invoice list card', () => {
  it('numbers its invoices 1..n in a way markdown does not renumber', () => {
    const card = walk(renderer.renderCard('invoices', {
      title: 'Vos factures',
      invoices: [1, 2].map((n) => ({ id: String(n), heading: `**${n}.** F-${n} — Cantine`, facts: [], open: `Voir ${n}` })),
      speak: 's',
      fallbackText: 'f',
    }) as Node);
    const numbered = headings(card).slice(1);
    expect(numbered).toEqual(['**1.** F-1 — Cantine', '**2.** F-2 — Cantine']);
    // A line that starts « 2. » would be an ordered list of its own, shown « 1. ».
    for (const h of numbered) expect(h).not.toMatch(/^\d+\.\s/);
  });
});
