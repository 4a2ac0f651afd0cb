/**
 * An illness and its certificate asked in one message, nothing booked that day (« hugo est malade vendredi 11, je fais comment
 * pour le certificat ? »): besides « rien de réservé », the certificate's question is answered (none needed, how to send
 * one). Before, only « rien de réservé : pas d'absence à signaler » was said. Web Chat and SMS; no absence stored, no task left.
 */
import { signedInChat } from '../support/accounts';
import { lastCode } from '../support/outbox';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';
import { pausedDialogs, runningDialogs } from '../support/dialogStack';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat, table: string) => (c.core.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe('a certificate asked with an illness, nothing booked that day', () => {
  it.each(table([
    ['hugo est malade vendredi 11, je fais comment pour le certificat ?'],
    ['léa est malade le 11 décembre je fais comment pour le certificat'],
  ]))('%s: « %s »: nothing to report, and how to send a certificate said', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const answer = c.text(await c.say(said));
    expect(answer).toContain(t('absence.noneBooked', { name: said.startsWith('hugo') ? 'Hugo' : 'Léa', days: '11 décembre' }).split(' le ')[0]);
    expect(answer).toContain(t('absence.certificateNoneBooked'));
    expect(rows(c, 'absences')).toBe(0);
    expect(runningDialogs(c)).toEqual(['mainFlow', 'menuPrompt']);
    expect(pausedDialogs(c)).toEqual([]);
  }, 60_000);

  it.each(table([['mes factures'], ['mes reservations svp']]))('%s: « %s », then the illness and its certificate at its sign-in: answered once signed in', async (channel, first) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    clock.advance(60 * 24);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say(first);
    await c.say('hugo est malade vendredi 11, je fais comment pour le certificat ?');
    await c.say('francoise.durand@example.org');
    const signedIn = c.text(await c.say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org')));
    // By SMS the request kept is made on « suite » (dialogs/keptNextBySms.ts).
    const answer = channel === 'sms' ? c.text(await c.say('suite')) : signedIn;
    expect(answer).toContain(t('absence.certificateNoneBooked'));
    expect(rows(c, 'absences')).toBe(0);
    expect(runningDialogs(c)).toEqual(['mainFlow', 'menuPrompt']);
    expect(pausedDialogs(c)).toEqual([]);
  }, 60_000);
});
