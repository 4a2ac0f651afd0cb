/** A card newer than the channel supports is replaced by its text equivalent, never sent broken. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADAPTIVE_CARD, CardRenderer, fitsVersion } from '../../cards/cardRenderer';

describe('card versions', () => {
  it.each([
    ['1.4', '1.4', true],
    ['1.3', '1.4', true],
    ['1.5', '1.4', false],
    ['1.5', '1.5', true],
    ['2.0', '1.5', false],
    [undefined, '1.5', false],
  ])('a card %s on a channel up to %s fits: %s', (version, max, fits) => {
    expect(fitsVersion(version, max)).toBe(fits);
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
  fs.writeFileSync(
    path.join(dir, 'recent.json'),
    JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${title}' }], speak: '${speak}', fallbackText: '${fallbackText}' }),
  );
  const renderer = new CardRenderer(dir);
  const reply = { text: 'Vos factures', choices: [{ label: 'Payer' }], card: { template: 'recent', data: { title: 'Vos factures' } } };

  it('sends the card where the channel renders its version', () => {
    const activity = renderer.toActivity(reply, 'webchat');
    expect(activity.attachments?.[0]?.contentType).toBe(ADAPTIVE_CARD);
  });

  it('sends the text equivalent on Teams (1.4) for a 1.5 card', () => {
    const activity = renderer.toActivity(reply, 'msteams');
    expect(activity.attachments).toBeUndefined();
    expect(activity.text).toBe('Vos factures\n1. Payer');
    expect(activity.speak).toBe('Vos factures\n1. Payer');
  });
});
