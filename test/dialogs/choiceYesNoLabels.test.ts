/**
 * A question whose two options are a yes and a no without being « Oui » and « Non »: « Voulez-vous
 * continuer à créer votre espace ? 1. Continuer 2. Arrêter ». « oui », « ouais », « yes », « next »
 * go on, « non », « nan », « no » stop, on the French page as on SMS (the shared choice reading,
 * dialogs/choiceMeanings.ts), as the labels and numbers do. Each row asserts the question asked
 * next and the accounts stored.
 */
import { settableClock } from '../../src/domain/clock';
import { withMeanings } from '../../dialogs/choiceMeanings';
import { recognizeChoice } from '../../src/nlu/choice';
import { startChat, type Chat } from '../support/harness';
import { labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const GO_ON = labels('createAccount.noEmail.keep', 'createAccount.noEmail.stop');
const accounts = (c: Chat) => c.core.db.$client.prepare('select email from accounts').all();

/** « Créer mon espace » up to « jai pas de mail »: go on or stop. */
async function atGoOn(channelId: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of ['Créer mon espace', 'Madame', 'Durand', 'Julie']) await c.say(m);
  expect(offered(await c.say("j'ai pas de mail"))).toEqual(GO_ON);
  return c;
}

describe('a yes and a no said by their labels', () => {
  it.each(table([['yes'], ['oui'], ['ouais'], ['Yes!'], ['next'], ['suivant'], ['continue'], ['Continuer'], ['1']]))('%s: « %s » goes on: the e-mail is asked again, then the account is made', async (channel, phrasing) => {
    const c = await atGoOn(channel);
    const next = await c.say(phrasing);
    expect(c.text(next)).toContain(textBefore('createAccount.ask.email').slice(0, 30));
    expect(offered(next)).not.toEqual(GO_ON);
  });

  it.each(table([['no'], ['non'], ['nan'], ['stop'], ['Arrêter'], ['2']]))('%s: « %s » stops: nothing created', async (channel, phrasing) => {
    const c = await atGoOn(channel);
    expect(c.text(await c.say(phrasing))).toContain(textBefore('createAccount.noEmail.stopped').slice(0, 30));
    expect(accounts(c)).toEqual([]);
  });

  it('only a pair that says yes and no gets a meaning; other options and questions with meanings are left as they are', () => {
    const civility = withMeanings([{ label: 'Madame' }, { label: 'Monsieur' }]);
    expect(civility.map((o) => o.meaning)).toEqual([undefined, undefined]);
    expect(recognizeChoice('yes', civility)).toBeUndefined();
    const three = withMeanings([{ label: 'Confirmer' }, { label: 'Modifier' }, { label: 'Abandonner' }]);
    expect(three.map((o) => o.meaning)).toEqual([undefined, undefined, undefined]);
    const goOn = withMeanings([{ label: 'Go on' }, { label: 'Stop' }]);
    expect(recognizeChoice('oui', goOn)).toEqual({ index: 0 });
    expect(recognizeChoice('nope', goOn)).toEqual({ index: 1 });
    expect(recognizeChoice('next', goOn)).toEqual({ index: 0 });
  });
});
