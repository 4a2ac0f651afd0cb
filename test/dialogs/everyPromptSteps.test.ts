/**
 * docs/prompts.md, questions further along a task: the account without an e-mail, the démarches' list and a livret de
 * famille's questions, the act's place, the booking's days (the calendar's own prompt), the commune (SMS), each tried
 * the five ways of test/support/everyPrompt.ts.
 */
import { signedInChat } from '../support/accounts';
import { besides, everyWay, joinedSaying, type PromptRow } from '../support/everyPrompt';
import type { Chat } from '../support/harness';
import { fr, labels, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const saying = (channel: string, ...says: string[]) => joinedSaying(chats, channel, ...says);
const requests = (c: Chat) => c.core.db.$client.prepare('select kind from requests').all();
const BOOKLET_READ_BACK = labels('demarche.yes', 'demarche.no');

/** A livret de famille's questions answered up to its read-back. */
async function booklet(channel: string) {
  const { c } = await saying(channel, 'je voudrais un duplicata du livret de famille', '1', 'oui', 'le 1');
  for (const answer of ['Durand', 'Françoise', 'aucun', 'aucun', '2', 'francoise@example.org']) await c.say(answer);
  let asked = await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
  for (let i = 0; i < 3 && offered(asked).join() !== BOOKLET_READ_BACK.join(); i++) asked = await c.say('au guichet');
  return { c, asked };
}

const rows: PromptRow[] = [
  {
    name: 'createAccountDialog.ts › no e-mail: « Continuer / Arrêter »',
    reach: (ch) => saying(ch, 'Créer mon espace', 'Madame', 'Durand', 'Françoise', "je n'ai pas d'e-mail"),
    kind: 'yesno', answer: fr['createAccount.noEmail.keep']!, no: fr['createAccount.noEmail.stop']!, task: fr['choice.task.createAccount'],
  },
  {
    name: 'demarchesDialog.ts › which démarche',
    reach: (ch) => saying(ch, 'les démarches'),
    kind: 'choice', answer: fr['demarches.item.family_booklet']!, position: 2, synonyms: ['livret', 'le livret de famille'], task: 'démarche',
    // The list of démarches holds the act: asked for, it is chosen there.
    others: ['mes factures', 'signaler une absence'],
   
  },
  {
    name: 'demarcheQuestion.ts › the read-back (livret de famille)',
    reach: booklet,
    kind: 'yesno', answer: BOOKLET_READ_BACK[0]!, no: BOOKLET_READ_BACK[1]!, task: (fr['choice.task.demarche'] ?? '').split('{{')[0],
    outcome: (c, replies) => ({ requests: requests(c), next: offered(replies).length }),
  },
  {
    name: 'demarcheQuestion.ts › a field: a name (livret de famille)',
    reach: (ch) => saying(ch, 'je voudrais un duplicata du livret de famille', '1', 'oui', 'le 1'),
    kind: 'text', answer: 'Durand', bad: '???',
  },
  {
    name: 'civilActDialog.ts › the place',
    reach: (ch) => saying(ch, 'je voudrais un acte de naissance', '3'),
    kind: 'text', answer: 'Carrières-sous-Poissy', bad: '???', others: besides('je veux un acte de naissance'),
  },
  {
    name: 'bookingDaysTurn.ts › the days (calendar, own prompt)',
    reach: async (ch) => {
      const { c } = await signedInChat(chats, { channelId: ch, linkFile: 'CSP-F-000101' });
      return { c, asked: await c.say('réserver la cantine pour Léa') };
    },
    kind: 'text', answer: 'le 3 décembre',
    outcome: (c, replies) => offered(replies),
    skip: { b: 'the calendar is asked again as a card, not as text: see bookingCalendarHowTo.test.ts', e: 'the calendar says how to answer in its own words: see bookingCalendarHowTo.test.ts' },
  },
];

for (const row of rows) everyWay(row, chats);
