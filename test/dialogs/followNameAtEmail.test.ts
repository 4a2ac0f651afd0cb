/**
 * A name typed where following a request asks its e-mail (« Dupont » for a request made without one, Web Chat and SMS): the
 * name kept and checked with the request's day, as after « pas de mail »; the request's state then told. Before, it was
 * « cette adresse e-mail ne semble pas complète » and the e-mail asked again. An e-mail typed without its « @ » (« dupont
 * gmail com ») is still asked again.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';
import { runningDialogs } from '../support/dialogStack';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const BIRTH_ACT = ['acte de naissance', 'copie intégrale', "c'est moi", 'ici', 'Dupont', 'Marie', '12/03/1990', 'Jean Dupont et Anne Martin', 'pas de mail', 'non', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Marie Dupont', 'oui'];

async function madeWithoutEmail(channelId: string): Promise<{ c: Chat; reference: string }> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of BIRTH_ACT) await c.say(m);
  const [row] = c.core.db.$client.prepare('select reference, requester_email from requests').all() as Array<{ reference: string; requester_email: string }>;
  expect(row?.requester_email).toBe('');
  const other = startChat({ channelId, core: c.core, user: `resident-${channelId}` });
  await other.join({ commune: 'carrieres-sous-poissy' });
  return { c: other, reference: row!.reference };
}

describe.each(CHANNELS)('a name at the e-mail question of a request followed (%s)', (channelId) => {
  it.each(['Dupont', 'dupont', 'Marie Dupont'])('« %s »: checked with the day, the request told', async (said) => {
    const { c, reference } = await madeWithoutEmail(channelId);
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    await c.say(`suivre ${reference}`);
    await c.say(said);
    expect(runningDialogs(c, `conversation-resident-${channelId}`)).toContain('followProof');
    const told = c.text(await c.say('12/03/1990'));
    expect(told).toContain(reference);
    expect(told).toContain(t('request.status.submitted'));
  });

  it('« dupont gmail com » (an e-mail without its @) is not a name: the e-mail asked again', async () => {
    const { c, reference } = await madeWithoutEmail(channelId);
    await c.say(`suivre ${reference}`);
    await c.say('dupont gmail com');
    expect(runningDialogs(c, `conversation-resident-${channelId}`)).not.toContain('followProof');
    expect(runningDialogs(c, `conversation-resident-${channelId}`)).toContain('followRequest');
  });
});
