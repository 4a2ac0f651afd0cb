/**
 * Invoices asked for one child, then « et pour hugo ? »: the invoices with a line of that child, that child's share
 * said, at the list, at an invoice and at the menu. « et pour hugo ? » was « je n'ai pas compris ». Asserts the
 * locale titles said, and the invoice opened next by its number.
 */
import type { Activity } from 'botbuilder';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const words = (replies: Partial<Activity>[]) => replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');

/** The DURAND family: an October canteen invoice for Léa (and Hugo's after-school care, with `hugo`), and a one-off trip. */
async function durand(channelId: string, hugo = true) {
  const { c, account } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  const repos = c.core.service.deps.repos;
  const household = (await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))!;
  const linked = (await repos.accounts.get(account.id))!;
  const [lea, hugoId] = (await c.core.service.familyFile(linked))!.children.map((k) => k.child.id);
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
  const [monthly] = await repos.invoices.createMany('CSP-FAC-2026', [{
    householdId: household.id, label: 'Cantine octobre 2026', periodStart: '2026-10-01', periodEnd: '2026-10-31', issuedOn: '2026-11-02', dueOn: '2026-12-02', kind: 'monthly',
    lines: [
      { childId: lea!, activityId: null, label: 'Cantine — Léa', quantity: 18, unitPriceCents: 410, amountCents: 7380 },
      ...(hugo ? [{ childId: hugoId!, activityId: null, label: 'Garderie — Hugo', quantity: 4, unitPriceCents: 250, amountCents: 1000 }] : []),
    ],
  }]);
  const t = c.core.texts.for('fr', false, channelId === 'sms');
  return { c, monthly: monthly!, t };
}

describe('invoices of one child, then of another', () => {
  it.each(table([['et pour hugo ?'], ['et hugo ?'], ['pareil pour Hugo'], ['and for Hugo?']]))('%s: « les factures de Léa » then « %s »: Hugo’s invoices, his share said', async (channel, phrasing) => {
    const { c, monthly, t } = await durand(channel);
    const lea = words(await c.say('les factures de Léa'));
    expect(lea).toContain(t('invoices.childTitle', { children: 'Léa' }));
    expect(lea).not.toContain('Séjour neige');
    const hugo = words(await c.say(phrasing));
    expect(hugo).not.toContain(t('choice.again', { task: t('choice.task.invoices') }));
    expect(hugo).toContain(t('invoices.childTitle', { children: 'Hugo' }));
    // Hugo's share (10,00 €), not Léa's nor the trip's (73,80 €).
    expect(hugo).toContain('10,00');
    expect(hugo).not.toContain('73,80');
    expect(words(await c.say('1'))).toContain(t('invoices.detailTitle', { number: monthly.number }));
  });

  it.each(CHANNELS)('%s: at an invoice of the whole list, « et pour hugo ? »: Hugo’s invoices', async (channel) => {
    const { c, t } = await durand(channel);
    await c.say('mes factures');
    await c.say('1');
    expect(words(await c.say('et pour hugo ?'))).toContain(t('invoices.childTitle', { children: 'Hugo' }));
  });

  it.each(CHANNELS)('%s: none for Hugo said, then « et pour Léa ? » at the menu: Léa’s invoices', async (channel) => {
    const { c, monthly, t } = await durand(channel, false);
    expect(words(await c.say('combien je dois pour Hugo ?'))).toContain(t('invoices.noneForChild', { children: 'Hugo' }));
    expect(words(await c.say('et pour Léa ?'))).toContain(t('invoices.childTitle', { children: 'Léa' }));
    expect(words(await c.say('1'))).toContain(t('invoices.detailTitle', { number: monthly.number }));
  });
});
