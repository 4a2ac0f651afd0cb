/** Questions the invoice list alone does not answer: the receipt, a payment made at the régie, why an amount. */
import type { Activity } from 'botbuilder';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, fr, textBefore } from '../support/prompts';
import { segments, smsBody } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The words of a turn, cards included (Web Chat shows the invoice as a card). */
const words = (replies: Partial<Activity>[]) => replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');

async function durand(channelId: string) {
  const signed = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  const { c, account } = signed;
  const repos = c.core.service.deps.repos;
  const household = (await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))!;
  const [monthly] = await repos.invoices.createMany('CSP-FAC-2026', [{
    householdId: household.id, label: 'Cantine octobre 2026', periodStart: '2026-10-01', periodEnd: '2026-10-31', issuedOn: '2026-11-02', dueOn: '2026-12-02', kind: 'monthly',
    lines: [{ childId: null, activityId: null, label: 'Cantine — Léa', quantity: 18, unitPriceCents: 410, amountCents: 7380 }],
  }]);
  const linked = (await repos.accounts.get(account.id))!;
  return { c, repos, monthly: monthly!, linked };
}

describe('invoice questions', () => {
  it.each(CHANNELS)('%s: « jveux mon reçu » with a paid invoice says where its receipt was mailed', async (channelId) => {
    const { c, repos, monthly, linked } = await durand(channelId);
    const attempt = await c.core.service.payments.start(linked, monthly.id);
    expect(await repos.invoices.settle(attempt.attempt.reference, { paid: true, authorization: 'XXXXXX', errorCode: '00000', at: '2026-11-18T14:10:00.000Z' })).toBe('paid');
    const said = c.text(await c.say('jveux mon reçu'));
    expect(said).toContain(textBefore('invoices.receipt.mailed'));
    expect(said).toContain(linked.email);
    expect(said).not.toContain(fr['invoices.title']);
  });

  // By SMS: the receipt's answer and the PDF's link in 2 segments (3 before: 309 characters).
  it('sms: « c bon c payé ? je veux le recu »: the receipt and the invoice\'s PDF in 2 segments at most', async () => {
    const { c, repos, monthly, linked } = await durand('sms');
    const attempt = await c.core.service.payments.start(linked, monthly.id);
    await repos.invoices.settle(attempt.attempt.reference, { paid: true, authorization: 'XXXXXX', errorCode: '00000', at: '2026-11-18T14:10:00.000Z' });
    const said = smsBody((await c.say('c bon c payé ? je veux le recu')).map((r) => r.text ?? '')).join('\n');
    expect(said).toContain(linked.email);
    expect(said).toContain('/factures/');
    expect(segments(said)).toBeLessThanOrEqual(2);
  });

  it.each(CHANNELS.flatMap((channel) => [[channel, ['mes factures']], [channel, ['mes factures', '1']]] as Array<[string, string[]]>))(
    '%s: « jveux mon recu » at the invoices\' question (after %j) gets the receipt answer',
    async (channelId, before) => {
      const { c } = await durand(channelId);
      for (const m of before) await c.say(m);
      const said = c.text(await c.say('jveux mon recu'));
      expect(said).toContain(fr['invoices.receipt.nonePaid']);
      expect(said).not.toContain(fr['choice.again']!.replace('{{task}}', fr['choice.task.invoices']!));
    },
  );

  it.each(CHANNELS)('%s: « reçu de paiement » without a paid invoice says there is none yet', async (channelId) => {
    const { c } = await durand(channelId);
    const said = c.text(await c.say('reçu de paiement'));
    expect(said).toContain(fr['invoices.receipt.nonePaid']);
  });

  it.each(CHANNELS)('%s: a cheque given at the régie: the régie records it, its contact; the invoice unchanged', async (channelId) => {
    const { c, repos, monthly } = await durand(channelId);
    const said = c.text(await c.say("j'ai déjà payé par chèque à la régie mais c'est toujours marqué à payer"));
    expect(said).toContain(fr['invoices.paidAtRegie']);
    expect(said).toContain('01 39 22 36 27');
    expect((await repos.invoices.get(monthly.id))?.status).toBe('issued');
  });

  it.each(CHANNELS)('%s: « pourquoi 73,80 ? » shows that invoice with its lines, and the régie to ask', async (channelId) => {
    const { c, monthly } = await durand(channelId);
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
    const said = words(await c.say('pourquoi 73,80 ?'));
    expect(said).toContain(fr['invoices.detailTitle']!.replace('{{number}}', monthly.number));
    expect(said).toContain('Cantine — Léa');
    expect(said).toContain(textBefore('invoices.askRegie'));
    expect(said).toContain('01 39 22 36 27');
  });
});
