/**
 * « cb la cantine ce mois-ci pour Léa », « combien je vais payer la cantine en janvier pour Léa », « how much is the
 * garderie in january for Léa »: what a month or a child costs is an amount to pay, answered with the family's invoices,
 * not the rates' table. « combien coûte la cantine » stays the rates.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { ratesIntro, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an amount of a month or a child asked', () => {
  it.each(table([['cb la cantine ce mois-ci pour Léa'], ['combien je vais payer la cantine en janvier pour Léa'], ['how much is the garderie in january for Léa']]))(
    '%s: « %s »: the invoices, not the rates',
    async (channelId, phrasing) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
      const text = c.text(await c.say(phrasing));
      expect(text).not.toContain(ratesIntro(channelId));
      // Léa's invoices (she has none here), the key said.
      expect(text).toContain(textBefore('invoices.noneForChild'));
    },
  );

  it.each(table([['combien coûte la cantine'], ['cb la garderie du soir']]))('%s: « %s »: still the rates', async (channelId, phrasing) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    expect(c.text(await c.say(phrasing))).toContain(ratesIntro(channelId));
  });
});

describe('an amount asked just after the rates', () => {
  it.each(table([['combien la cantine de décembre pour Léa ?'], ['cb la garderie ce mois-ci ?']]))(
    '%s: « combien coûte la cantine ? », then « %s »: not the rates again',
    async (channelId, next) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      expect(c.text(await c.say('combien coûte la cantine ?'))).toContain(ratesIntro(channelId));
      expect(c.text(await c.say(next))).not.toContain(ratesIntro(channelId));
    },
  );
});
