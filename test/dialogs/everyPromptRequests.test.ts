/**
 * docs/prompts.md, the requests without an account (acts, démarches, census, following a request) and the menu,
 * each tried the five ways of test/support/everyPrompt.ts.
 */
import { besides, everyWay, joinedSaying, type PromptRow } from '../support/everyPrompt';
import type { Chat } from '../support/harness';
import { fr, labels, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const saying = (channel: string, ...says: string[]) => joinedSaying(chats, channel, ...says);
const READ_BACK = labels('createAccount.yes', 'createAccount.no');
const requests = (c: Chat) => c.core.db.$client.prepare('select kind from requests').all();

/** The birth act's questions answered up to its read-back. */
async function actReadBack(channel: string) {
  const { c } = await saying(channel, "je voudrais un acte d'état civil");
  const open = ['Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'francoise@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'Françoise Durand'];
  let asked = await c.say('acte de naissance');
  for (let turn = 0; turn < 12 && offered(asked).join() !== READ_BACK.join(); turn++) {
    const options = offered(asked);
    asked = await c.say((options.length ? options.at(-1) : open.shift()) ?? '');
  }
  return { c, asked };
}

const rows: PromptRow[] = [
  {
    name: 'mainMenu.ts › the menu',
    reach: (ch) => saying(ch, 'menu'),
    kind: 'choice', answer: fr['menu.item.info']!, position: 4, synonyms: ['infos', 'info pratique'], task: 'menu',
    skip: { b: 'a practical question at the menu is answered with « Avez-vous une autre question pratique ? », by design', c: 'the menu is no task: another task just starts', d: 'the menu is no task: nothing to take back' },
  },
  {
    name: 'civilActDialog.ts › the act',
    reach: (ch) => saying(ch, "je voudrais un acte d'état civil"),
    kind: 'choice', answer: labels('civilAct.kind.marriage')[0]!, position: 2, synonyms: ['mariage', 'acte de mariag'], task: fr['choice.task.civilAct'], others: besides('je veux un acte de naissance'),
  },
  {
    name: 'civilActDialog.ts › its form',
    reach: (ch) => saying(ch, 'acte de naissance'),
    kind: 'choice', answer: labels('civilAct.format.extract_with_parents')[0]!, position: 2, synonyms: ['avec filiation'], task: fr['choice.task.civilAct.birth'], others: besides('je veux un acte de naissance'),
  },
  {
    name: 'civilActReadBack.ts › the read-back',
    reach: actReadBack,
    kind: 'yesno', answer: READ_BACK[0]!, no: READ_BACK[1]!, task: fr['choice.task.civilAct.birth'], others: besides('je veux un acte de naissance'),
    outcome: (c, replies) => ({ requests: requests(c), next: offered(replies).length }),
  },
  {
    name: 'demarcheQuestion.ts › a field with options (nationality)',
    reach: (ch) => saying(ch, "je veux m'inscrire sur les listes électorales"),
    kind: 'choice', answer: labels('demarche.electoral_roll.nationality.french')[0]!, position: 1, synonyms: ['francaise', 'français'],
    task: (fr['choice.task.demarche'] ?? '').split('{{')[0],
  },
  {
    name: 'censusDialog.ts › the birth date',
    reach: (ch) => saying(ch, 'recensement citoyen'),
    kind: 'text', answer: '15/03/2010', task: fr['choice.task.census'],
  },
  {
    name: 'followRequestDialog.ts › the reference',
    reach: (ch) => saying(ch, 'suivre ma demande'),
    kind: 'text', answer: 'CSP-2026-000123',
  },
  {
    name: 'lostReferenceDialog.ts › the e-mail',
    reach: (ch) => saying(ch, "j'ai perdu mon numéro de demande"),
    kind: 'text', answer: 'julie@example.org',
  },
];

for (const row of rows) everyWay(row, chats);
