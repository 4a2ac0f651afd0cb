/**
 * « menu » in the middle of a task: a task that takes answers (a civil act asked) is put aside, « ce que vous avez donné
 * est gardé » said, and how to come back to it (« Écrivez « reprendre »… »); one that only shows (the invoices) is left with nothing said as put aside, nor brought back by
 * « reprendre ». French and English, Web Chat and SMS (harness clock).
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { signedInChat } from '../support/accounts';
import { ROOT, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a task put aside', () => {
  const rows = table([
    ['mes factures', 'fr', false],
    ['je voudrais un acte de naissance', 'fr', true],
    ['my invoices', 'en', false],
    ['I need a birth certificate', 'en', true],
  ]);
  it.each(rows)('%s: « %s » (%s) then « menu »: put aside: %s', async (channel, start, locale, kept) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-12-15', 'agent');
    const texts = locale === 'en' ? en : fr;
    if (locale === 'en') await c.say('english');
    await c.say(start);
    const said = c.text(await c.say('menu'));
    expect(said.includes((texts['topics.paused'] as string).split('{{')[0] as string)).toBe(kept);
    expect(said.includes(texts['topics.pausedKept'] as string)).toBe(kept);
    // How to come back to it, said with it.
    expect(said.includes(c.core.texts.for(locale as 'fr' | 'en', false, channel === 'sms')('topics.later'))).toBe(kept);
    const again = c.text(await c.say(locale === 'en' ? 'resume' : 'reprendre'));
    expect(again.includes((texts['topics.resumed'] as string).split('{{')[0] as string)).toBe(kept);
  });

  it.each(['webchat', 'sms'])('%s: a second task put aside while an earlier one is offered: « reprendre » is said once, for the one offered', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('je voudrais un acte de naissance');
    await c.say('menu');
    // Signed out since: the act put aside is offered again at the next menu.
    await c.say('me déconnecter');
    await c.say('listes électorales');
    const said = c.text(await c.say('menu'));
    expect(said).toContain(t('topics.offer', { task: 'XX' }).split('XX')[0]);
    expect(said).not.toContain(t('topics.later'));
  });
});
