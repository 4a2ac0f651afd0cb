/**
 * Which of the texts rendered in a turn a question keeps (to ask it again in another language):
 * those its activities show, once each, in the order rendered, and the short ones the parameters of
 * those hold as whole words (« ou » in « 1, 2 ou 3 »); not the texts rendered but not shown.
 */
import type { TurnContext } from 'botbuilder-core';
import { keptTexts } from '../../dialogs/keptTexts';
import { recording, renderedThisTurn, rendersIn } from '../../dialogs/promptTexts';

const TEXTS: Record<string, string> = {
  ask: 'Quel jour ? {choices}',
  or: 'ou',
  day: '{day}',
  hidden: 'Texte jamais montré',
  short: 'h',
  help: 'Aide',
};

function turn(): { ctx: TurnContext; t: (key: string, params?: Record<string, unknown>) => string } {
  const ctx = { turnState: new Map() } as unknown as TurnContext;
  const t = recording(ctx, (key, params) => (TEXTS[key] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? '')));
  return { ctx, t };
}

describe('rendersIn', () => {
  it('keeps the shown texts once each, in the order rendered, and the short ones their parameters hold', () => {
    const { ctx, t } = turn();
    const or = t('or');
    t('hidden');
    const lundi = t('day', { day: 'lundi' });
    t('day', { day: 'lundi' });
    t('short');
    const ask = t('ask', { choices: `lundi ${or} mardi` });
    const help = t('help');
    t('help');
    const card = { contentType: 'card', content: { body: [{ text: ask }, { text: lundi }], actions: [{ title: help }] } };
    const kept = rendersIn(ctx, [{ text: ask, attachments: [card] }, undefined, 'autre']);
    expect(kept.map((r) => [r.key, r.text])).toEqual([
      ['or', 'ou'],
      ['day', 'lundi'],
      ['ask', 'Quel jour ? lundi ou mardi'],
      ['help', 'Aide'],
    ]);
    expect(kept[1]?.params).toEqual({ day: 'lundi' });
  });

  it('finds no text across two strings of the activity, and none when nothing was shown', () => {
    const { ctx, t } = turn();
    t('help');
    expect(rendersIn(ctx, [{ text: 'Ai', speak: 'de' }])).toEqual([]);
    expect(rendersIn(ctx, [])).toEqual([]);
  });

  it('keeps a short text only as a whole word of a parameter (« ou », not the « ou » of « jour »)', () => {
    const { ctx, t } = turn();
    t('or');
    const ask = t('ask', { choices: 'un jour' });
    expect(rendersIn(ctx, [{ text: ask }]).map((r) => r.key)).toEqual(['ask']);
  });
});

describe('recording', () => {
  it('stores each parameter as JSON would (the prompt state is stored as JSON)', () => {
    const { ctx, t } = turn();
    const when = new Date('2026-12-07T10:00:00Z');
    const all = [
      { day: 'lundi', n: 3, zero: -0, nan: NaN, yes: true, none: null, gone: undefined },
      { day: 'mardi', when, list: ['a', 1], nested: { x: undefined, y: 2 } },
    ];
    for (const params of all) t('day', params);
    expect(renderedThisTurn(ctx).map((r) => r.params)).toStrictEqual(all.map((p) => JSON.parse(JSON.stringify(p)) as unknown));
    expect(Object.is(renderedThisTurn(ctx)[0]?.params?.zero, 0)).toBe(true);
  });

  it('notes which translator rendered each text on the text itself: no WeakMap entry per text, nothing more in its JSON or its keys', () => {
    const ctx = { turnState: new Map() } as unknown as TurnContext;
    const t = recording(ctx, (key, params) => `${key} ${String(params?.day ?? '')}`, 'fr');
    const weakEntries = jest.spyOn(WeakMap.prototype, 'set');
    try {
      for (const day of ['lundi', 'mardi', 'mercredi']) t('day', { day });
      expect(weakEntries).not.toHaveBeenCalled();
    } finally {
      weakEntries.mockRestore();
    }
    const [lundi] = renderedThisTurn(ctx);
    expect(JSON.stringify(lundi)).toBe('{"key":"day","params":{"day":"lundi"},"text":"day lundi"}');
    expect(Object.keys(lundi ?? {})).toEqual(['key', 'params', 'text']);
    // Kept by key and parameters, with the translator's tag, as before.
    expect(keptTexts(renderedThisTurn(ctx))).toStrictEqual({ by: 'fr', renders: ['lundi', 'mardi', 'mercredi'].map((day) => ({ key: 'day', params: { day } })) });
  });
});
