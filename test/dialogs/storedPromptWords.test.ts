/**
 * What a prompt's variants (its retry, its question asked again) say is read right after the prompt is asked, to keep
 * the texts a change of language writes again: a variant with the prompt's own card reads the same texts as the whole
 * variant rendered, without expanding that card again (for every channel, cards or not).
 */
import path from 'node:path';
import type { TurnContext } from 'botbuilder-core';
import { CardRenderer, type Reply } from '../../cards/cardRenderer';
import { recording, rendersIn } from '../../dialogs/promptTexts';
import { RENDERER_KEY, shown, shownWords, stored, storedVariant } from '../../dialogs/storedPrompt';

const CARDS = path.resolve(__dirname, '../../cards');
const TEXTS: Record<string, string> = {
  title: 'Que souhaitez-vous faire ?',
  item: 'Rubrique {n}',
  hint: 'Écrivez « aide » à tout moment.',
  miss: "Je n'ai pas compris votre demande.",
  again: 'Choisissez une rubrique.',
  cardOnly: 'Texte de la carte seulement',
  unused: 'Jamais montré',
};

function asked(channelId: string) {
  const renderer = new CardRenderer(CARDS);
  const ctx = { turnState: new Map<unknown, unknown>([[RENDERER_KEY, renderer]]), activity: { channelId } } as unknown as TurnContext;
  const t = recording(ctx, (key, params) => (TEXTS[key] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? '')));
  const items = [1, 2, 3].map((n) => ({ id: `i${n}`, label: t('item', { n }) }));
  t('unused');
  const hint = t('hint');
  const prompt: Reply = { text: t('title'), cardText: hint, choices: items.map((i) => ({ label: i.label })), choicesInCard: true, card: { template: 'mainMenu', data: { hint, items } } };
  const retry: Reply = { ...prompt, text: `${t('miss')}\n${prompt.text}` };
  const reask: Reply = { ...prompt, text: t('again'), speak: t('cardOnly') };
  const options = { prompt: stored(prompt), retryPrompt: storedVariant(retry, prompt), reask: storedVariant(reask, prompt) };
  return { ctx, renderer, options };
}

describe('shownWords', () => {
  for (const channelId of ['webchat', 'msteams', 'sms', 'directline']) {
    it(`reads the texts the whole variants show, the card expanded once (${channelId})`, () => {
      const { ctx, renderer, options } = asked(channelId);
      const expand = jest.spyOn(renderer, 'renderCard');
      const prompt = shown(ctx, options.prompt, options);
      const cheap = rendersIn(ctx, [prompt, shownWords(ctx, options.retryPrompt, options), shownWords(ctx, options.reask, options)]);
      const expanded = expand.mock.calls.length;
      const whole = rendersIn(ctx, [prompt, shown(ctx, options.retryPrompt, options), shown(ctx, options.reask, options)]);
      expect(cheap).toEqual(whole);
      expect(cheap.map((r) => r.key)).toEqual(expect.arrayContaining(['title', 'item', 'hint', 'miss', 'again', 'cardOnly']));
      expect(cheap.map((r) => r.key)).not.toContain('unused');
      expect(expanded).toBe(prompt.attachments ? 1 : 0);
    });
  }

  it('renders a variant with a card of its own as a whole', () => {
    const { ctx, options } = asked('webchat');
    const own = { ...options.retryPrompt, reply: { ...(options.retryPrompt as { reply: Partial<Reply> }).reply, card: { template: 'mainMenu', data: { hint: 'x', items: [] } } } };
    expect(shownWords(ctx, own, options)).toEqual(shown(ctx, own, options));
  });
});
