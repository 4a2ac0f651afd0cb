/**
 * « annuler ma demande CSP-… »: a request is not cancelled in the chat. Its status is said (after the e-mail given
 * for it), then how to cancel it: the service and its contact. A plain « où en est » says nothing of cancelling.
 * Web Chat and SMS; the rows assert the request left as it was and the keys said.
 */
import { demarcheChat, rows } from '../support/demarches';
import type { Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const tOf = (c: Chat, channel: string) => c.core.texts.for('fr', false, channel === 'sms');

async function submitted(c: Chat): Promise<string> {
  const commune = await c.core.service.getCommune('carrieres-sous-poissy');
  return c.core.service.requests.submit({ commune, kind: 'family_booklet', email: 'ana@example.org', data: { motif: 'naissance' }, locale: 'fr' });
}

describe('a request asked to be cancelled', () => {
  it.each(table([['annuler ma demande {ref}', true], ['je veux retirer ma demande {ref}', true], ['où en est ma demande {ref}', false]]))('%s: « %s »: its status, then who to ask to cancel it (%s)', async (channel, phrasing, cancel) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    const reference = await submitted(c);
    expect(c.text(await c.say(phrasing.replace('{ref}', reference)))).toContain(t('follow.askEmail', { reference }));
    const replies = c.text(await c.say('ana@example.org'));
    expect(replies).toContain(textBefore('follow.line'));
    if (cancel) expect(replies).toContain(t('follow.cancelHow'));
    else expect(replies).not.toContain(t('follow.cancelHow'));
    expect(rows(c, 'select status from requests')).toEqual([{ status: 'submitted' }]);
  });
});
