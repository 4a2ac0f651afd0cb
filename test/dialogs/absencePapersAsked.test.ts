/**
 * Which papers justify an absence, asked (« c'est quoi les papiers à fournir pour l'absence ? », « il faut un certificat si
 * elle est malade ? »): before, read as a paper to send (how to send a file, the enrolment service's contact); now the
 * absence's rule (a medical certificate, for the days after the deadline), nothing stored. At the menu and at a booking's
 * basket (kept). « comment envoyer le certificat » still sends one. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { BASKET, bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat, table: string) => (c.core.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe('the papers of an absence, asked', () => {
  it.each(table([["c'est quoi les papiers à fournir pour l'absence ?"], ['il faut un certificat si elle est malade ?'], ['quels documents pour justifier une absence']]))('%s: at the menu, « %s »: the rule, nothing stored', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(said))).toContain(t('absence.rule'));
    expect(rows(c, 'absences') + rows(c, 'documents')).toBe(0);
  });

  it.each(table([["c'est quoi les papiers à fournir pour l'absence ?"]]))('%s: at a basket, « %s »: the rule, the basket kept and booked', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Léa le 7 décembre');
    const replies = await c.say(said);
    expect(c.text(replies)).toContain(t('absence.rule'));
    expect(offered(replies)).toEqual(BASKET);
    await c.say('Confirmer');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-12-07' }]);
  });

  it('« comment envoyer le certificat de Léa » is no question of the rule', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, false);
    expect(c.text(await c.say('comment envoyer le certificat de Léa'))).not.toContain(t('absence.rule'));
  });
});
