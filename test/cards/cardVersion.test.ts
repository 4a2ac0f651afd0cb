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

describe('whether a reply goes out as a card, known without expanding it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
  fs.writeFileSync(path.join(dir, 'recent.json'), JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${title}' }] }));
  fs.writeFileSync(path.join(dir, 'older.json'), JSON.stringify({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: '${title}' }] }));
  fs.writeFileSync(path.join(dir, 'dataVersion.json'), JSON.stringify({ type: 'AdaptiveCard', version: '${v}', body: [{ type: 'TextBlock', text: '${title}' }] }));
  const renderer = new CardRenderer(dir);
  const replies = [
    { text: 'a', card: { template: 'recent', data: { title: 'x' } } },
    { text: 'b', card: { template: 'older', data: { title: 'x' } } },
    { text: 'c', card: { template: 'dataVersion', data: { title: 'x', v: '1.5' } } },
    { text: 'd', card: { template: 'dataVersion', data: { title: 'x', v: '1.2' } } },
    { text: 'e' },
    { text: 'f', card: { template: 'older', data: { title: 'x' } }, short: { card: undefined } },
  ];

  it.each(['webchat', 'msteams', 'sms', undefined])('says what toActivity does on %s', (channel) => {
    for (const reply of replies) expect(renderer.sendsCard(reply, channel)).toBe(renderer.toActivity(reply, channel).attachments !== undefined);
  });
});
