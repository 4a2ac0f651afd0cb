/**
 * A démarche made elsewhere asked about at a task's question (« et pour refaire son passeport je fais comment ? » at an
 * act's place, « et la carte grise ? » at the electoral roll's name): where it is made, then the same question; it was
 * read as the answer (« Je n'ai pas reconnu une commune »). « c pour un passeport » (what the act is for) is not that
 * question. Web Chat and SMS; the locale keys said and the request stored are asserted.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const start = async (channel: string) => {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
};
const PLACE = textBefore('civilAct.ask.place');

describe('a démarche made elsewhere, asked at a question', () => {
  it.each(table([
    ['et pour refaire son passeport je fais comment ?', 'elsewhere.passport'],
    ["je veux aussi refaire ma carte d'identité", 'elsewhere.identity_card'],
    ['et la carte grise ?', 'elsewhere.vehicle_registration'],
  ]))("%s: « %s » at an act's place: answered, the place asked again, the request goes on", async (channel, asked, key) => {
    const c = await start(channel);
    for (const a of ['copie intégrale acte de naissance de mon fils']) await c.say(a);
    const reply = c.text(await c.say(asked));
    expect(reply).toContain(c.core.texts.for('fr', false, channel === 'sms')(key).slice(0, 25));
    expect(reply).toContain(PLACE);
    for (const a of ['ici', 'Durand', 'Tom', '14/03/2019', 'Paul Durand et Marie Durand', 'paul@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Paul Durand', 'oui']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ place: 'Carrières-sous-Poissy', lastName: 'Durand' })]);
  });

  it.each(table([['c pour un passeport']]))("%s: « %s » at an act's place: not the passport's answer", async (channel, said) => {
    const c = await start(channel);
    await c.say('copie intégrale acte de naissance de mon fils');
    expect(c.text(await c.say(said))).not.toContain(c.core.texts.for('fr', false, channel === 'sms')('elsewhere.passport').slice(0, 25));
  });

  it.each(table([['et la carte grise ?']]))('%s: « %s » at the electoral roll name: answered, the name asked again', async (channel, asked) => {
    const c = await start(channel);
    for (const a of ["je veux m'inscrire sur les listes électorales", '1', '1']) await c.say(a);
    const reply = c.text(await c.say(asked));
    expect(reply).toContain(textBefore('elsewhere.vehicle_registration').slice(0, 25));
    expect(reply).toContain(fr['demarche.electoral_roll.ask.lastName']);
  });
});
