/** « mes rappels », « arrêter les rappels », « reprendre les rappels », « rappel recensement » in the chat, signed in or not. */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

it('lists the reminders, stops and resumes them, at the menu and in the middle of a task', async () => {
  const { c, account, clock } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
  // signing in remembered this conversation: reminders are said here
  expect((await c.core.service.conversationOf(account.id))?.channelId).toBe('test');
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
  await c.core.service.reminders.plan();
  await c.core.service.reminders.deliver({ remind: async () => true });
  const list = c.text(await c.say('mes rappels')).replace(/[\u202f\u00a0]/g, ' ');
  expect(list).toContain('Vos rappels');
  expect(list).toContain('Les rappels sont activés.');
  expect(list).toMatch(/Envoyé le 18 novembre 2026 dans le chat : Rappel : la facture CSP-FAC-2026-\d+ \(73,80 €\) est à payer avant le vendredi 20 novembre\./);

  expect(c.text(await c.say('Réserver ou annuler'))).toContain('Quelle activité');
  const stopped = c.text(await c.say('arrêter les rappels'));
  expect(stopped).toContain('C\'est noté : je ne vous enverrai plus de rappels.');
  expect(stopped).toContain('Quelle activité'); // the task goes on
  expect(await c.core.service.deps.repos.reminders.stoppedAt(account.id)).not.toBeNull();
  clock.advance(1);
  await c.say('menu');
  expect(c.text(await c.say('mes rappels'))).toContain('Les rappels sont arrêtés depuis le 18 novembre 2026.');
  expect(c.text(await c.say('reprendre les rappels'))).toContain('C\'est noté : les rappels reprennent.');
  expect(await c.core.service.deps.repos.reminders.stoppedAt(account.id)).toBeNull();
});

it('asks to sign in first when nobody is signed in', async () => {
  const c = startChat();
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  expect(c.text(await c.say('mes rappels'))).toContain('Les rappels sont liés à votre espace. Connectez-vous d\'abord');
  expect(c.text(await c.say('arrêter les rappels'))).toContain('Connectez-vous d\'abord');
});

it('turns the recensement reminder on and off for the family file, and shows it in « mes rappels »', async () => {
  const { c, account } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
  const householdId = (await c.core.service.deps.repos.accounts.get(account.id))!.householdId!;
  expect(c.text(await c.say('mes rappels'))).toContain('Rappel du recensement aux 16 ans : pas activé. Pour l\'activer, écrivez « rappel recensement ».');
  expect(c.text(await c.say('rappel recensement'))).toContain('C\'est noté. Aux 16 ans de chaque enfant, je vous rappellerai le recensement citoyen.');
  expect(await c.core.service.deps.repos.reminders.censusOptIn(householdId)).not.toBeNull();
  expect(c.text(await c.say('mes rappels'))).toContain('Rappel du recensement aux 16 ans : activé.');
  // In the middle of a task: answered, then the question again.
  expect(c.text(await c.say('Réserver ou annuler'))).toContain('Quelle activité');
  const off = c.text(await c.say('plus de rappel recensement'));
  expect(off).toContain('C\'est noté : plus de rappel pour le recensement.');
  expect(off).toContain('Quelle activité');
  expect(await c.core.service.deps.repos.reminders.censusOptIn(householdId)).toBeNull();
});

it('asks to link the family file first for the recensement reminder', async () => {
  const { c } = await signedInChat(chats, {});
  expect(c.text(await c.say('rappel recensement'))).toContain('Votre espace n\'est pas encore relié à un dossier famille. Écrivez « Clé Enfance » pour le relier.');
  const anonymous = startChat();
  chats.push(anonymous);
  await anonymous.join({ commune: 'carrieres-sous-poissy' });
  expect(anonymous.text(await anonymous.say('rappel recensement'))).toContain('Connectez-vous d\'abord');
});
