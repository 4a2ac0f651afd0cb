/**
 * A request typed while the sign-in a task asked for (« mes factures ») waits. Typed at the code's question
 * (« je veux réserver la cantine mardi pour Léa »), it asked for the e-mail again and refused the code; kept at the
 * e-mail's (words, not an e-mail), it was dropped once signed in, while at the sign-in asked from the menu it was routed.
 * Now the code stays valid and the booking goes on with its day and child; the kept request follows the task. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr } from '../support/prompts';
import { toGsm7 } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
const said = (text: string) => toGsm7(text);

describe('a request typed at the sign-in of a task', () => {
  it.each(CHANNELS)('%s: a booking at the code’s question: the code still valid, the basket of Léa’s Tuesday asked next', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101', signIn: false });
    await c.say('mes factures');
    await c.say(EMAIL);
    const asked = c.text(await c.say('je veux réserver la cantine mardi pour Léa'));
    expect(asked).not.toContain(fr['signIn.askEmail']);
    const signedIn = toGsm7(c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL))));
    expect(signedIn).not.toContain(said((fr['signIn.noPageCode'] as string).slice(0, 30)));
    // By SMS the request kept is made on « suite », after the invoices (dialogs/keptNextBySms.ts).
    const welcome = channel === 'sms' ? toGsm7(c.text(await c.say('suite'))) : signedIn;
    expect(welcome).toContain('Léa');
    expect(welcome).toContain('24 novembre');
    expect(welcome).toContain(said(c.core.texts.for('fr', false, channel === 'sms')('booking.basket.question')));
  });

  it.each(CHANNELS)('%s: a request kept at the e-mail’s question follows the task once signed in', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101', signIn: false });
    await c.say('mes factures');
    expect(c.text(await c.say('et celle de léa mardi ?'))).toContain(said(fr['signIn.wordsNotEmail'] as string));
    await c.say(EMAIL);
    const welcome = toGsm7(c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL))));
    // The invoices shown, then the booking asked for: its activity asked next (not « anything else? »).
    expect(welcome).toContain(said(fr['booking.askActivity'] as string));
    expect(welcome).not.toContain(said(fr['menu.again'] as string));
  });

  // « changer mon numéro », then the new number typed at the e-mail's question: said to be a phone number, not kept as a request
  // (it was, then routed once the task ended: « Je n'ai pas compris » after the number changed).
  it.each(CHANNELS)('%s: a phone number at the e-mail’s question is not kept: the number changed, nothing routed after', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, signIn: false, phone: '0612340001' });
    await c.say('je veux changer mon numéro de tel');
    const told = c.text(await c.say('07 11 22 33 44'));
    expect(told).toContain(said(fr['signIn.phoneNotEmail'] as string));
    expect(told).not.toContain(said(fr['signIn.wordsNotEmail'] as string));
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    const changed = c.text(await c.say('07 11 22 33 44'));
    expect(changed).not.toContain("Je n'ai pas compris");
    expect((await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL))?.phone).toBe('0711223344');
  });
});
