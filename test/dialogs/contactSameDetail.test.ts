/**
 * « mes coordonnées »: the new e-mail or phone typed is the one already on file (« Françoise.Durand@example.org »,
 * « 06 12 34 56 78 »): said so (`contact.already.*`), nothing changed and no code mailed for nothing; a code was
 * sent to confirm the address the resident already has. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { CHANNELS, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('the same detail again (%s)', (channelId) => {
  it('the same e-mail, in other capitals: said to be already the one, no code mailed', async () => {
    const { c } = await signedInChat(chats, { channelId, phone: '0612345678' });
    await c.say('mes coordonnées');
    await c.say('E-mail');
    const mails = outboxMails(c.core.config.outboxDir).length;
    expect(c.text(await c.say('Francoise.Durand@example.org'))).toContain(textBefore('contact.already.email'));
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(mails);
  });

  it('the same phone: said to be already the one', async () => {
    const { c } = await signedInChat(chats, { channelId, phone: '0612345678' });
    await c.say('mes coordonnées');
    await c.say('Téléphone');
    expect(c.text(await c.say('06 12 34 56 78'))).toContain(textBefore('contact.already.phone'));
  });
});
