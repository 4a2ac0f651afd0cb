/**
 * Right after the payment link, « c quoi le lien », « le lien marche pas », « c'est sécurisé ? »: what the link opens, how
 * long it works, « payer » for a new one (invoices.payLinkHelp). It was « Je n'ai pas compris » and the menu
 * (dialogs/payLinkQuestion.ts). By SMS in one segment or two.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';
import { segments, toGsm7 } from '../../src/sms/smsText';
import { runningDialogs } from '../support/dialogStack';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a question about the payment link just sent', () => {
  it.each(CHANNELS.flatMap((channel) => ['c quoi le lien', 'le lien marche pas', "c'est securisé ?", 'what is this link'].map((said) => [channel, said] as const)))(
    '%s: « %s »: answered about the link',
    async (channelId, said) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Cantine novembre', 7380, '2026-12-15', 'agent');
      await c.say('mes factures');
      await c.say('payer');
      // (In English, answered in English: the conversation switches to it.)
      const t = c.core.texts.for(said.startsWith('what') ? 'en' : 'fr', false, channelId === 'sms');
      const answer = c.text(await c.say(said));
      expect(answer).toContain(t('invoices.payLinkHelp'));
      expect(answer).not.toContain(t('menu.notUnderstood'));
      expect(answer).not.toContain(c.core.texts.for('fr', false, channelId === 'sms')('menu.notUnderstood'));
      expect(runningDialogs(c)).toEqual(['mainFlow', 'menuPrompt']);
      if (channelId === 'sms') expect(segments(toGsm7(answer))).toBeLessThanOrEqual(2);
      // Asked again, answered again; « payer » then gives a new link.
      expect(c.text(await c.say(said.startsWith('what') ? 'the link does not work' : 'et le lien il dure combien'))).toContain(t('invoices.payLinkHelp'));
    },
  );

  it('« c quoi le lien » with no link sent is not answered as one', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, true);
    expect(c.text(await c.say('c quoi le lien'))).not.toContain(t('invoices.payLinkHelp'));
  });
});
