/**
 * A variant of a prompt (asked again, after an aside) keeps only the fields of its Reply that differ
 * from the prompt's, and names those it has not: the card's data, shared or equal, is not kept twice.
 */
import type { Reply } from '../../cards/cardRenderer';
import { storedVariant } from '../../dialogs/storedPrompt';

describe('storedVariant', () => {
  const card = { template: 'calendar', data: { month: '2027-01', days: [{ day: 7, booked: true }] } };
  const prompt: Reply = { text: 'Pourquoi.\nQuels jours ?', card, hint: 'Répondez 1 ou 2.' };

  it('keeps the fields that differ, not the card the variant shares or has equal, and names those it has not', () => {
    for (const variantCard of [card, JSON.parse(JSON.stringify(card)) as Reply['card']]) {
      const variant = storedVariant({ text: 'Quels jours ?', card: variantCard, speak: 'Quels jours' }, prompt);
      expect(variant).toEqual({ reply: { text: 'Quels jours ?', speak: 'Quels jours' }, on: 'prompt', without: ['hint'] });
    }
  });

  it('keeps a card whose data differ', () => {
    const other = { template: 'calendar', data: { month: '2027-02', days: [] } };
    expect(storedVariant({ ...prompt, card: other }, prompt)).toEqual({ reply: { card: other }, on: 'prompt' });
  });
});
