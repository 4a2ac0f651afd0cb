/**
 * « c'est quoi ce montant ? » at an invoice's detail, the household having several invoices: that invoice's lines shown
 * again with the régie to ask, the detail still the one open (it was « pas compris », the question asked again).
 */
import type { Activity } from 'botbuilder';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';
import { runningValue } from '../support/dialogStack';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const words = (replies: Partial<Activity>[]) => replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');

describe('why an amount, at the detail of one invoice among several', () => {
  it.each(CHANNELS.flatMap((channel) => ["c'est quoi ce montant ?", 'pourquoi ce montant', 'je comprends pas ce montant'].map((said) => [channel, said])))(
    '%s: « %s » shows the invoice open with its lines and the régie',
    async (channelId, said) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      const repos = c.core.service.deps.repos;
      const household = (await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))!;
      const [october] = await repos.invoices.createMany('CSP-FAC-2026', [{
        householdId: household.id, label: 'Cantine octobre 2026', periodStart: '2026-10-01', periodEnd: '2026-10-31', issuedOn: '2026-11-02', dueOn: '2026-12-02', kind: 'monthly',
        lines: [{ childId: null, activityId: null, label: 'Cantine — Léa', quantity: 18, unitPriceCents: 410, amountCents: 7380 }],
      }]);
      await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
      await c.say('mes factures');
      await c.say(october!.number);
      expect(runningValue(c, 'invoiceId')).toBe(october!.id);
      const answer = words(await c.say(said));
      expect(answer).toContain(october!.number);
      expect(answer).toContain('Cantine — Léa');
      expect(answer).toContain('01 39 22 36 27');
      expect(runningValue(c, 'invoiceId')).toBe(october!.id);
    },
  );
});
