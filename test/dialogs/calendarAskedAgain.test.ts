/**
 * The calendar card asked again from the stored state (after a practical question answered in the middle): its boxes keep
 * their ids (« d_<child>_<day> »). The stored state is redacted, and those ids had a password's shape (letters, digits and
 * « _ »): they were stored as ••• and the card asked again had every box under the same id, which « Valider » could not read.
 */
import { signedInChat } from '../support/accounts';
import { cardOf, family, inputsOf } from '../support/booking';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

it('the calendar card asked again after an aside keeps its boxes\' ids', async () => {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
  const f = await family(c);
  await c.say('Réserver ou annuler');
  await c.say('Restauration scolaire');
  const first = inputsOf(cardOf(await c.say('Léa')).body);
  expect(Object.keys(first)).toContain(`d_${f.lea}_2026-12-03`);
  const again = await c.say('horaires de la mairie');
  const inputs = inputsOf(cardOf(again).body);
  expect(Object.keys(inputs)).toEqual(Object.keys(first));
  const stored = (c.core.db.$client.prepare("select data from bot_state where key like '%/conversations/%'").get() as { data: string }).data;
  expect(stored).toContain(`d_${f.lea}_2026-12-03`);
});
