/**
 * docs/prompts.md, the rest of the questions reachable in the harness: codes and keys, documents, census's offer,
 * the act's field to correct, the absence's days, the follow-up's e-mail, each tried the five ways of
 * test/support/everyPrompt.ts.
 */
import { signedInChat } from '../support/accounts';
import { besides, everyWay, type PromptRow } from '../support/everyPrompt';
import { startChat, type Chat } from '../support/harness';
import { fr, labels, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function says(c: Chat, ...said: string[]) {
  let asked = await c.say(said[0]!);
  for (const s of said.slice(1)) asked = await c.say(s);
  return { c, asked };
}
async function joined(channel: string) {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}
const signed = async (channel: string, linkFile?: string) => (await signedInChat(chats, { channelId: channel, ...(linkFile ? { linkFile } : {}) })).c;
const READ_BACK = labels('createAccount.yes', 'createAccount.no');
const requests = (c: Chat) => c.core.db.$client.prepare('select kind from requests').all();

const rows: PromptRow[] = [
  {
    name: 'signInDialog.ts › the code',
    reach: async (ch) => says((await signedInChat(chats, { channelId: ch, signIn: false })).c, 'Me connecter', 'francoise.durand@example.org'),
    kind: 'text', answer: '000000', task: fr['choice.task.signIn'],
    // A task that needs the account (invoices, absences) is kept for after the code, by design: « Connectez-vous d'abord ».
    others: ['je veux un acte de naissance'],
    skip: { b: 'a code is a secret: the message is never read for anything else while it is asked' },
  },
  {
    name: 'familyKeyDialog.ts › the family key',
    reach: async (ch) => says(await signed(ch), 'Clé Enfance'),
    kind: 'text', answer: 'ABCD-2345-EFGH-JKMN', task: fr['choice.task.familyKey'], channels: ['webchat'],
    // A family task is kept for after the key, by design: « Je m'en occupe juste après votre clé » (keyRequestKept.ts).
    others: ['je veux un acte de naissance'],
  },
  {
    name: 'accountDataDialog.ts › the deletion code',
    reach: async (ch) => says(await signed(ch), 'supprimer mon compte'),
    kind: 'text', answer: '000000',
  },
  {
    name: 'documentsDialog.ts › the kind of paper',
    reach: async (ch) => says(await signed(ch, 'CSP-F-000101'), 'envoyer un document'),
    kind: 'choice', answer: labels('documents.kind.autre')[0]!, position: 4, synonyms: ['autre', 'autre doc'], task: fr['choice.task.documents'], channels: ['webchat'],
  },
  {
    name: 'censusDialog.ts › « make the request here? »',
    reach: async (ch) => says(await joined(ch), 'recensement citoyen', '15/11/2010'),
    kind: 'yesno', answer: 'Oui', no: 'Non', task: fr['choice.task.census'],
  },
  {
    name: 'civilActReadBack.ts › which field to correct',
    reach: async (ch) => {
      const c = await joined(ch);
      const open = ['Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'francoise@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'Françoise Durand'];
      await c.say("je voudrais un acte d'état civil");
      let asked = await c.say('acte de naissance');
      for (let turn = 0; turn < 12 && offered(asked).join() !== READ_BACK.join(); turn++) asked = await c.say((offered(asked).at(-1) ?? open.shift()) ?? '');
      return { c, asked: await c.say('non') };
    },
    kind: 'choice', answer: labels('createAccount.field.lastName')[0]!, position: 3, synonyms: ['le nom', 'nom de famille'], task: fr['choice.task.civilAct.birth'], others: besides('je veux un acte de naissance'),
    outcome: (c, replies) => ({ requests: requests(c), said: c.text(replies).split('\n').at(-1) }),
  },
  {
    name: 'absenceDialog.ts › the days',
    reach: async (ch) => says(await signed(ch, 'CSP-F-000101'), 'signaler une absence', 'Hugo'),
    kind: 'text', answer: 'le 7 décembre', task: fr['choice.task.absence'], others: besides('signaler une absence'),
  },
  {
    name: 'followRequestDialog.ts › the e-mail',
    reach: async (ch) => says(await joined(ch), 'suivre ma demande', 'CSP-2026-000123'),
    // A word alone there is taken for « no e-mail » (the request's date asked instead): an address cut short is not understood.
    kind: 'text', answer: 'julie@example.org', bad: 'julie@example',
  },
  {
    name: 'createAccountDialog.ts › the phone',
    reach: async (ch) => says(await joined(ch), 'Créer mon espace', 'Madame', 'Durand', 'Julie', 'julie.durand@example.org'),
    kind: 'text', answer: '06 12 34 56 78', task: fr['choice.task.createAccount'],
  },
];

for (const row of rows) everyWay(row, chats);
