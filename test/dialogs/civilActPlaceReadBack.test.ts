/**
 * The event's place said again at a civil-status act's read-back, in a sentence and without « non » or the
 * field's name (« elle est décédée à Poissy en fait », « non c'était à Poissy »): read as at the place question,
 * everything else kept. Another commune: where to ask, the place asked again; the commune served: stored.
 * Web Chat and SMS; each row asserts what is stored and the key said next.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const CSP = 'Carrières-sous-Poissy';

async function atReadBack(channel: string, place: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('acte de décès de ma mère svp');
  for (const a of [place, '3 novembre 2025', 'Durand', 'Jeanne', 'sophie.durand@example.fr', '12 rue de la Gare 78955 Carrières-sous-Poissy']) await c.say(a);
  const recap = c.text(await c.say('Sophie Durand'));
  expect(recap).toContain(fr['createAccount.confirm']);
  return c;
}

describe('the place said again at the read-back', () => {
  it.each(table([['elle est décédée à Poissy en fait'], ['non, elle est morte à Poissy pas à Carrières'], ["en fait c'était à Poissy"]]))(
    '%s: « %s » names Poissy: where to ask, the place asked again, nothing sent',
    async (channel, phrasing) => {
      const c = await atReadBack(channel, 'carrières');
      const t = c.core.texts.for('fr', false, channel === 'sms');
      const next = c.text(await c.say(phrasing));
      expect(next).toContain(t('civilAct.otherCommuneDeath', { place: 'Poissy', commune: CSP }));
      expect(storedRequests(c)).toEqual([]);
      // The commune served said then: the rest was kept, read back and sent.
      expect(c.text(await c.say('non, Carrières'))).toContain(fr['createAccount.confirm']);
      await c.say('oui');
      expect(storedRequests(c)).toEqual([expect.objectContaining({ place: CSP, lastName: 'Durand', firstName: 'Jeanne', eventDay: '2025-11-03', address: expect.stringContaining('12 rue de la Gare') })]);
    },
  );

  it.each(table([['elle est décédée à Carrières en fait'], ["non c'était à carrieres sous poissy"]]))('%s: « %s » names the commune served: read back again, stored', async (channel, phrasing) => {
    const c = await atReadBack(channel, 'Carrières-sous-Poissy');
    expect(c.text(await c.say(phrasing))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ place: CSP, lastName: 'Durand' })]);
  });
});
