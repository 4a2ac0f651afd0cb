/**
 * At an invoice's question: « horaires », « contacts » answered there (the question asked again), « Menu » chosen shows the
 * whole menu; « le reçu de la cantine » and « renvoyer le reçu par mail » are the receipts; « c'est refusé, pourquoi ? »
 * after a refused payment says what a refusal means, with the régie's contact. Web Chat and SMS.
 */
import type { Activity } from 'botbuilder';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, fr, labels, offered, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const said = (c: Chat, replies: Partial<Activity>[]) => `${c.text(replies)} ${JSON.stringify(replies.map((r) => r.attachments ?? []))}`;

/** Madame DURAND, signed in and linked, with one invoice paid and one to pay. */
async function durand(channelId: string) {
  const { c, account } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  const invoices = c.core.service.invoices;
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  const repos = c.core.service.deps.repos;
  const linked = (await repos.accounts.get(account.id))!;
  return { c, repos, linked };
}

describe('an invoice\'s question', () => {
  it.each(CHANNELS.flatMap((channel) => [[channel, 'horaires', 'info.hoursWeek'], [channel, 'contacts', 'info.contact']] as Array<[string, string, string]>))(
    '%s: « %s » at an invoice\'s detail is answered, the question asked again',
    async (channelId, asked, key) => {
      const { c } = await durand(channelId);
      await c.say('mes factures');
      const shown = offered(await c.say('1'));
      const replies = await c.say(asked);
      expect(c.text(replies)).not.toContain(fr['choice.again']!.replace('{{task}}', fr['choice.task.invoices']!));
      expect(c.text(replies)).toContain(textBefore(key));
      expect(offered(replies)).toEqual(shown);
    },
  );

  it.each(CHANNELS.flatMap((channel) => [[channel, ['mes factures', '1']], [channel, ['mes factures']]] as Array<[string, string[]]>))(
    '%s: « menu » (after %j) shows the whole menu, not the short word after an answer',
    async (channelId, before) => {
      const { c } = await durand(channelId);
      for (const m of before) await c.say(m);
      const replies = await c.say('menu');
      expect(c.text(replies)).not.toContain(fr['menu.afterAnswer']);
      expect(c.text(replies)).not.toContain(fr['menu.again']);
      expect(said(c, replies)).toContain(labels('menu.item.invoices')[0]);
    },
  );
});

describe('receipts and refusals said at the menu', () => {
  it.each(CHANNELS.flatMap((channel) => [[channel, 'je voudrais le recu de la cantine'], [channel, 'renvoyer le recu par mail svp']] as Array<[string, string]>))(
    '%s: « %s » is the receipts\' answer',
    async (channelId, asked) => {
      const { c } = await durand(channelId);
      expect(c.text(await c.say(asked))).toContain(fr['invoices.receipt.nonePaid']);
    },
  );

  it.each(CHANNELS.flatMap((channel) => [[channel, "c'est refusé, pourquoi ?"], [channel, 'mon paiement a été refusé'], [channel, 'ca a pas marché'], [channel, "ça n'a pas fonctionné"]] as Array<[string, string]>))(
    '%s: after a payment the bank refused, « %s » says what a refusal means, with the régie\'s contact; the invoice still to pay',
    async (channelId, asked) => {
      const { c, linked } = await durand(channelId);
      const [invoice] = await c.core.service.invoices.list(linked);
      const attempt = await c.core.service.payments.start(linked, invoice!.id);
      expect(await c.core.service.deps.repos.invoices.settle(attempt.attempt.reference, { paid: false, authorization: null, errorCode: '00105', at: '2026-11-18T14:05:00.000Z' })).toBe('refused');
      const text = c.text(await c.say(asked));
      expect(text).toContain(c.core.texts.for('fr', false, channelId === 'sms')('invoices.refused'));
      expect(text).toContain('01 39 22 36 27');
      expect((await c.core.service.deps.repos.invoices.get(invoice!.id))?.status).toBe('issued');
    },
  );

  it.each(CHANNELS)('%s: « c\'est refusé, pourquoi ? », « ça a pas marché » with no payment refused are not taken for one', async (channelId) => {
    const { c } = await durand(channelId);
    const refused = c.core.texts.for('fr', false, channelId === 'sms')('invoices.refused');
    expect(c.text(await c.say("c'est refusé, pourquoi ?"))).not.toContain(refused);
    expect(c.text(await c.say('ça a pas marché'))).not.toContain(refused);
  });
});
