/**
 * « Mot de passe oublié », then « je sais plus mon mail » at the e-mail question: where to look and how to create a
 * space (as at the sign-in's), not « adresse pas complète » again and again. Then an address sends the link.
 * Web Chat and SMS; each row asserts the text said next (no space has that address: the same answer, no mail).
 */
import { startChat, type Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the e-mail forgotten at « mot de passe oublié »', () => {
  it.each(table([['je sais plus mon mail'], ['jsais plus'], ["j'ai oublié mon adresse mail"], ['aucune idée']]))('%s: « %s »: where to look, the e-mail asked again', async (channel, answer) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say('mot de passe oublié'))).toContain(textBefore('signIn.askEmail'));
    const reply = c.text(await c.say(answer));
    expect(reply).toContain(textBefore('signIn.emailForgotten').slice(0, 30));
    expect(reply).not.toContain(textBefore('signIn.badEmail').slice(0, 30));
    expect(reply).toContain(textBefore('signIn.askEmail'));
    expect(c.text(await c.say('julie@example.org'))).toContain(textBefore('forgotPassword.sent').slice(0, 20));
    await c.core.service.outbox.idle();
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(0);
  });
});
