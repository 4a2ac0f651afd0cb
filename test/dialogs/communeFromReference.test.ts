/**
 * A first message that follows a request by its reference, no commune chosen yet (« bonjour ou en est ma demande csp 2026
 * 000001 » by SMS from a new number): the reference's prefix names the commune, so the request is followed at once (the
 * e-mail given for it asked), never « Quelle est votre commune ? » first. The key asked next is asserted.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the commune named by a reference', () => {
  it.each([
    ['sms', 'bonjour ou en est ma demande csp 2026 000001'],
    ['sms', 'CSP-2026-000001'],
    ['webchat', 'où en est CSP-2026-000001 svp'],
  ])('%s: « %s »: the commune of its prefix, the e-mail given for it asked', async (channel, text) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const said = c.text(await c.say(text));
    expect(said).toContain(t('follow.askEmail', { reference: 'CSP-2026-000001' }));
    expect(said).not.toContain(t('commune.ask'));
  });
});
