/**
 * Another task asked at an open question of an act request with « au fait », « sinon », « et aussi » before it (« au fait
 * je veux m'inscrire sur les listes électorales » at the address, « au fait mes factures » at the first name): the act
 * request is put aside (kept), the other task starts; « reprendre » brings the act back where it was. It was read as
 * the answer (« adresse incomplète », « pas un prénom ») and asked again forever. Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function atAddress(channelId: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of ['acte de décès', 'ici', 'Dupont', 'Jean', '03/11/2025']) await c.say(m);
  expect(c.text(await c.say('jean@example.org'))).toContain(textBefore('civilAct.ask.address').slice(0, 25));
  return c;
}

describe('another task asked with « au fait » at an open question', () => {
  it.each(table([["au fait je veux m'inscrire sur les listes électorales", 'demarche.electoral_roll.ask.nationality'], ['sinon je voudrais un livret de famille', 'demarche.family_booklet.ask.reason'], ['au fait mes factures', 'signIn.askEmail']]))(
    '%s: « %s »: the act put aside, the other task asked (%s); « reprendre » brings the act back',
    async (channel, phrasing, asked) => {
      const c = await atAddress(channel);
      const said = c.text(await c.say(phrasing));
      expect(said).toContain(textBefore('topics.paused'));
      expect(said).toContain(textBefore(asked).slice(0, 20));
      await c.say('annuler');
      const back = c.text(await c.say('reprendre'));
      expect(back).toContain(textBefore('civilAct.ask.address').slice(0, 25));
      await c.say('3 rue des Lilas 78955 Carrières-sous-Poissy');
      expect(offered(await c.say('Jean Martin'))).toEqual(labels('createAccount.yes', 'createAccount.no'));
      await c.say('oui');
      expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', lastName: 'Dupont', eventDay: '2025-11-03', address: '3 rue des Lilas 78955 Carrières-sous-Poissy' })]);
    },
  );
});
