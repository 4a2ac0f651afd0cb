/**
 * A démarche's read-back corrected by SMS: « non la date de mariage c 12/06/2010 » names the
 * « Date du mariage » (said with another article) and gives its new value, taken at once.
 */
import { startChat, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

it.each(['non la date de mariage c 12/06/2010', 'non, date du mariage : 12 juin 2010'])('« %s » corrects the marriage day at once', async (said) => {
  const c = startChat({ channelId: 'sms' });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const s of ['livret de famille', 'perte', 'oui', 'oui', 'Durand', 'Julie', 'aucun', 'aucun', '2', 'julie.durand@example.org', '5 rue de la Gare']) await c.say(s);
  const reply = await c.say(said);
  expect(c.text(reply)).not.toContain(fr['demarche.family_booklet.ask.marriageDay']);
  await c.say('oui');
  const row = c.core.db.$client.prepare('select data from requests').get() as { data: string } | undefined;
  expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ marriageDay: '2010-06-12' });
});
