/**
 * docs/prompts.md, the account's questions (« Créer mon espace », « Me connecter », « mot de passe oublié »,
 * « mes coordonnées », « facture en ligne »), each tried the five ways of test/support/everyPrompt.ts.
 */
import { settableClock } from '../../src/domain/clock';
import { signedInChat } from '../support/accounts';
import { everyWay, type PromptRow } from '../support/everyPrompt';
import { startChat, type Chat } from '../support/harness';
import { fr, labels } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function joined(channel: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}
async function saying(c: Chat, ...says: string[]) {
  let asked = await c.say(says[0]!);
  for (const s of says.slice(1)) asked = await c.say(s);
  return { c, asked };
}
const FORM = ['Créer mon espace', 'Madame', 'Durand', 'Julie', 'julie.durand@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy'];
const account = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'julie.durand@example.org');
const task = (key: string) => fr[key];

const rows: PromptRow[] = [
  {
    name: 'createAccountDialog.ts › civility',
    reach: async (ch) => saying(await joined(ch), 'Créer mon espace'),
    kind: 'choice', answer: labels('civility.monsieur')[0]!, position: 2, synonyms: ['M.', 'monsieru'], task: task('choice.task.createAccount'),
  },
  {
    name: 'createAccountDialog.ts › last name',
    reach: async (ch) => saying(await joined(ch), ...FORM.slice(0, 2)),
    kind: 'text', answer: 'Durand', bad: '12345', task: task('choice.task.createAccount'),
  },
  {
    name: 'createAccountDialog.ts › the e-mail',
    reach: async (ch) => saying(await joined(ch), ...FORM.slice(0, 4)),
    kind: 'text', answer: 'julie.durand@example.org', task: task('choice.task.createAccount'),
  },
  {
    name: 'createAccountDialog.ts › the read-back',
    reach: async (ch) => saying(await joined(ch), ...FORM),
    kind: 'yesno', answer: labels('createAccount.yes')[0]!, no: labels('createAccount.no')[0]!, task: task('choice.task.createAccount'),
    outcome: async (c, replies) => ({ account: (await account(c))?.lastName ?? null, next: replies.at(-1)?.suggestedActions?.actions?.length ?? c.text(replies).split('\n').length }),
  },
  {
    name: 'createAccountDialog.ts › which field to correct',
    reach: async (ch) => saying(await joined(ch), ...FORM, 'non'),
    kind: 'choice', answer: labels('createAccount.field.phone')[0]!, position: 5, synonyms: ['telephone', 'tel', 'mon numéro'], task: task('choice.task.createAccount'),
  },
  {
    name: 'emailSuggestion.ts › « Vouliez-vous écrire …@gmail.com ? »',
    reach: async (ch) => saying(await joined(ch), ...FORM.slice(0, 4), 'julie.durand@gmial.com'),
    kind: 'yesno', answer: labels('createAccount.yes')[0]!, no: labels('createAccount.no')[0]!, task: task('choice.task.createAccount'),
  },
  {
    name: 'signInDialog.ts › the e-mail',
    reach: async (ch) => saying(await joined(ch), 'Me connecter'),
    kind: 'text', answer: 'julie@example.org', task: task('choice.task.signIn'),
  },
  {
    name: 'forgotPasswordDialog.ts › the e-mail',
    reach: async (ch) => saying(await joined(ch), 'mot de passe oublié'),
    kind: 'text', answer: 'julie@example.org', task: task('choice.task.forgotPassword'),
  },
  {
    name: 'contactDetailsDialog.ts › a move: new address or attestation',
    reach: async (ch) => saying(await joined(ch), 'je déménage'),
    kind: 'choice', answer: labels('contact.move.certificate')[0]!, position: 2, task: task('choice.task.contact'),
  },
  {
    name: 'contactDetailsDialog.ts › which detail to change',
    reach: async (ch) => saying((await signedInChat(chats, { channelId: ch })).c, 'mes coordonnées'),
    kind: 'choice', answer: labels('createAccount.field.phone')[0]!, position: 2, synonyms: ['tel', 'mon numéro', 'téléphne'], task: task('choice.task.contact'),
  },
  {
    name: 'contactDetailsDialog.ts › the new phone',
    reach: async (ch) => saying((await signedInChat(chats, { channelId: ch })).c, 'mes coordonnées', 'Téléphone'),
    kind: 'text', answer: '07 11 22 33 44', task: task('choice.task.contact'),
  },
  {
    name: 'eInvoiceDialog.ts › online invoices',
    reach: async (ch) => saying((await signedInChat(chats, { channelId: ch, linkFile: 'CSP-F-000101' })).c, 'facture en ligne'),
    kind: 'yesno', answer: labels('eInvoice.yes')[0]!, no: labels('eInvoice.no')[0]!, task: task('choice.task.eInvoice'),
    outcome: async (c) => (await c.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))?.eInvoice,
  },
];

for (const row of rows) everyWay(row, chats);
