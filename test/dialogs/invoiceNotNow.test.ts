/**
 * « non », « nan », « pas maintenant » at « Voulez-vous payer cette facture ? » (Payer, Mes factures, Menu): not now,
 * the menu is asked; nothing is paid. It was « je n'ai pas compris », the question again. Asserts the locale key asked next
 * and the payments started.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('not paying now', () => {
  it.each(table([['non'], ['nan'], ['non merci'], ['pas maintenant']]))('%s: « %s » at the invoice → the menu, no payment', async (channelId, answer) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const repos = c.core.service.deps.repos;
    const household = (await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))!;
    await repos.invoices.createMany('CSP-FAC-2026', [{
      householdId: household.id, label: 'Sortie musée', periodStart: '2026-11-01', periodEnd: '2026-11-30', issuedOn: '2026-11-02', dueOn: '2026-12-02', kind: 'oneOff',
      lines: [{ childId: null, activityId: null, label: 'Sortie musée', quantity: 1, unitPriceCents: 1850, amountCents: 1850 }],
    }]);
    await c.say('mes factures');
    expect(offered(await c.say('1'))).toContain(fr['invoices.payShort']);
    const replies = await c.say(answer);
    expect(c.text(replies)).toContain(c.core.texts.for('fr', false, channelId === 'sms')('menu.title'));
    expect(c.text(replies)).not.toContain((fr['choice.again'] ?? '').split('}}')[1]);
    expect(c.core.db.$client.prepare('select count(*) as n from payments').get()).toEqual({ n: 0 });
  });
});
