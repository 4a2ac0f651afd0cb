/**
 * The rates by SMS (« cb la garderie du soir » at Carrières-sous-Poissy): the evening care of the nursery and of the
 * elementary school cost the same per band, said once on one line, in at most 2 segments, every band's price kept.
 * They were two lines, 3 segments. In Web Chat too, activities of the same bands share a line.
 */
import { segments, smsBody } from '../../src/sms/smsText';
import { demoCommuneConfigs } from '../support/demoCommunes';
import { smsSaying, startChat, type Chat } from '../support/harness';
import { euros } from '../../src/domain/invoicing';
import { signedInChat } from '../support/accounts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const csp = demoCommuneConfigs().find((x) => x.commune.id === 'carrieres-sous-poissy')!;
const oneLine = (text: string) => text.replace(/\s+/g, ' ');
const eveningPrices = [...new Set(csp.activities.filter((a) => /soir/i.test(a.label)).flatMap((a) => a.tariffs.map((t) => oneLine(euros(t.priceCents)))))];

describe('the rates of one activity by SMS', () => {
  it('« cb la garderie du soir »: at most 2 segments, every band price said', async () => {
    const { last } = await smsSaying(chats, 'bonjour', '1', 'cb la garderie du soir');
    const cost = smsBody([last]).reduce((n, b) => n + segments(b), 0);
    expect(eveningPrices.length).toBeGreaterThan(1);
    for (const p of eveningPrices) expect(oneLine(last)).toContain(p);
    expect(cost).toBeLessThanOrEqual(2);
  });
});

describe('the rates in Web Chat', () => {
  it('activities of the same bands share one line, each price said once per line', async () => {
    const c = startChat({ channelId: 'webchat' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const text = c.text(await c.say('tarifs de la garderie'));
    const lines = text.split('\n').filter((l) => /soir/i.test(l) && eveningPrices.some((p) => oneLine(l).includes(p)));
    expect(lines).toHaveLength(1);
  });
});

describe('the rates of one activity by SMS, signed in and linked', () => {
  it('« cb la garderie du soir »: the family’s price too, at most 2 segments', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    const text = c.text(await c.say('cb la garderie du soir'));
    for (const p of eveningPrices) expect(oneLine(text)).toContain(p);
    expect(smsBody([text]).reduce((n, b) => n + segments(b), 0)).toBeLessThanOrEqual(2);
  });
});
