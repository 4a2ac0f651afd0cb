/**
 * docs/prompts.md, the family's questions (bookings, absences, invoices), each tried the five ways of
 * test/support/everyPrompt.ts. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { bookedThenLate } from '../support/booking';
import { besides, everyWay, type PromptRow } from '../support/everyPrompt';
import type { Chat } from '../support/harness';
import { fr, labels } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function family(channel: string, ...says: string[]) {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  let asked = await c.say(says[0]!);
  for (const s of says.slice(1)) asked = await c.say(s);
  return { c, asked };
}
const reservations = (c: Chat) => c.core.db.$client.prepare("select day, status from reservations order by day").all();
const absences = (c: Chat) => c.core.db.$client.prepare('select day, reason from absences').all();
const payments = (c: Chat) => c.core.db.$client.prepare('select amount_cents as amount from payments').all();

const rows: PromptRow[] = [
  {
    name: 'bookingChoices.ts › the activity',
    reach: (ch) => family(ch, 'je voudrais réserver pour Léa'),
    kind: 'choice', answer: 'Restauration scolaire', position: 2, synonyms: ['la cantine', 'cantine', 'restauration scolair'], task: fr['choice.task.booking'],
  },
  {
    name: 'bookingChoices.ts › the children',
    reach: (ch) => family(ch, 'réserver la cantine le 3 décembre'),
    kind: 'choice', answer: 'Hugo', position: 2, synonyms: ['hugo', 'pour Hugo'], task: fr['choice.task.booking'], bad: '7',
  },
  {
    name: 'bookingBasketTurn.ts › « Confirmer / Modifier / Abandonner »',
    reach: (ch) => family(ch, 'réserver la cantine le 3 décembre pour Léa'),
    kind: 'choice', answer: labels('booking.basket.confirm')[0]!, position: 1, synonyms: ['oui', 'ok', "c'est bon", 'je confirme'], task: fr['choice.task.booking'],
    outcome: (c) => reservations(c),
  },
  {
    name: 'absenceDialog.ts › the child',
    reach: (ch) => family(ch, 'signaler une absence'),
    kind: 'choice', answer: 'Hugo', position: 2, synonyms: ['hugo', 'pour Hugo'], task: fr['choice.task.absence'], bad: '7', others: besides('signaler une absence'),
  },
  {
    name: 'absenceDialog.ts › the reason',
    reach: async (ch) => {
      const { c } = await bookedThenLate(chats, ch);
      return { c, asked: await c.say('signaler une absence de Léa le 7 décembre') };
    },
    kind: 'choice', answer: labels('absence.reason.illness')[0]!, position: 1, synonyms: ['malade', 'elle est malade'], task: fr['choice.task.absence'], others: besides('signaler une absence'),
    outcome: (c) => absences(c),
    skip: { e: 'any other words are a reason of their own (« Autre raison »), by design' },
  },
  {
    name: 'invoicesDialog.ts › « Payer / Mes factures / Menu »',
    reach: async (ch) => {
      const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId: ch });
      await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
      await c.say('mes factures');
      return { c, asked: await c.say('1') };
    },
    kind: 'choice', answer: labels('invoices.payShort')[0]!, position: 1, synonyms: ['payer', 'je paie', 'oui'], task: fr['choice.task.invoices'],
    outcome: (c) => payments(c),
    skip: { c: 'the invoices only show: another task leaves them without « Je mets de côté », by design', d: '« menu » leaves the invoices (nothing to take back), by design' },
  },
];

for (const row of rows) everyWay(row, chats);
