/**
 * « j'ai perdu mon numéro de demande » at a question of a démarche (the census's birth date, the town of an act): the
 * démarche is put aside with what was entered, the e-mail of the requests is asked and the references mailed (never read
 * as a wrong date or a town); « reprendre » brings the question back. Web Chat and SMS; the mail sent is asserted.
 */
import { startChat, type Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'awa.traore@example.org';

async function chat(channel: string, commune: string) {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune });
  const csp = await c.core.service.getCommune(commune);
  const reference = await c.core.service.requests.submit({ commune: csp, kind: 'family_booklet', email: EMAIL, data: {}, locale: 'fr' });
  await c.core.service.outbox.idle();
  return { c, reference, t: c.core.texts.for('fr', false, channel === 'sms') };
}

const mailsWith = (c: Chat, reference: string) => outboxMails(c.core.config.outboxDir).filter((m) => m.includes(`To: ${EMAIL}`) && m.replace(/=\r?\n/g, '').includes(reference));

describe('a lost reference at a question', () => {
  it.each(table([['jai perdu mon numero de demande'], ["j'ai oublié la référence de ma demande"]]))('%s: « %s » at the census birth date: the references mailed, then the census comes back', async (channel, phrasing) => {
    const { c, reference, t } = await chat(channel, 'chanteloup-les-vignes');
    expect(c.text(await c.say('recensement'))).toContain(t('census.askBirth'));
    const before = mailsWith(c, reference).length;
    const lost = c.text(await c.say(phrasing));
    expect(lost).not.toContain(t('civilAct.bad.eventDay'));
    expect(lost).toContain(t('lostReference.askEmail'));
    await c.say(EMAIL);
    await c.core.service.outbox.idle();
    expect(mailsWith(c, reference)).toHaveLength(before + 1);
    expect(c.text(await c.say('reprendre'))).toContain(t('census.askBirth'));
  });
});
