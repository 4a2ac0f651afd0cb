/**
 * Right after « mot de passe oublié » or « j'ai perdu ma référence » sent its mail to a mistyped address, the right one
 * typed next (« non en fait c'est julie.durand@example.org », or the address alone): the same mail sent to it. It was
 * « Je n'ai pas compris » at the menu, and nothing was sent. Web Chat and SMS; the mails sent are asserted.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { table, textBefore } from '../support/prompts';

const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const mailsTo = (c: Chat, to: string) => outboxMails(c.core.config.outboxDir).filter((m) => m.includes(`To: ${to}`));

async function start(channel: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  const csp = await c.core.service.getCommune('carrieres-sous-poissy');
  await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
  await c.core.service.requests.submit({ commune: csp, kind: 'family_booklet', email: EMAIL, data: {}, locale: 'fr' });
  await c.core.service.outbox.idle();
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

describe('the right e-mail typed after a mail went to a wrong one', () => {
  it.each(table([
    ['mot de passe oublié', "non en fait c'est julie.durand@example.org", 'forgotPassword.sent'],
    ['mot de passe oublié', EMAIL, 'forgotPassword.sent'],
    ["j'ai perdu ma référence", "non pardon c'est julie.durand@example.org", 'lostReference.sent'],
  ]))('%s: « %s », a slip, then « %s »: mailed to it', async (channel, asked, corrected, sentKey) => {
    const c = await start(channel);
    await c.say(asked);
    expect(c.text(await c.say('julie.durand@exemple.org'))).toContain(textBefore(sentKey).slice(0, 20));
    await c.core.service.outbox.idle();
    const before = mailsTo(c, EMAIL).length;
    expect(c.text(await c.say(corrected))).toContain(textBefore(sentKey).slice(0, 20));
    await c.core.service.outbox.idle();
    expect(mailsTo(c, EMAIL)).toHaveLength(before + 1);
  });
});

describe('another task asked with an e-mail right after a mail', () => {
  it.each(table([
    ['mot de passe oublié', 'je veux créer mon espace avec julie.martin@example.org'],
    ["j'ai perdu ma référence", 'je veux créer mon espace avec julie.martin@example.org'],
  ]))('%s: « %s », then « %s »: not the same mail again', async (channel, asked, other) => {
    const c = await start(channel);
    await c.say(asked);
    await c.say('julie.durand@exemple.org');
    await c.core.service.outbox.idle();
    const sent = outboxMails(c.core.config.outboxDir).length;
    const reply = c.text(await c.say(other));
    expect(reply).not.toContain(textBefore('forgotPassword.sent').slice(0, 20));
    expect(reply).not.toContain(textBefore('lostReference.sent').slice(0, 20));
    await c.core.service.outbox.idle();
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(sent);
  });
});
