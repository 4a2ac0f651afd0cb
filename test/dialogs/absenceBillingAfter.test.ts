/**
 * « je dois payer quand même ? » said with an absence for illness, without « si absent » (the absence is the context): at
 * its certificate question, the billing rule is said and the certificate asked again (the absence was put aside for the
 * invoices); right after the absence is recorded (Web Chat and SMS), the billing rule is said (the invoices answered). The
 * absence rows and the locale keys said are asserted. Asked right after the absence, the answer is for its own days:
 * still billed past the deadline (unless a certificate), not billed when cancelled free or when nothing was booked. The clock: 23 November 2026, the 7th past its deadline.
 */
import { bookedThenLate } from '../support/booking';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';
import { signedInChat } from '../support/accounts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const absences = (c: Chat) => c.core.db.$client.prepare('select day, justified from absences order by id').all();
const RECORDED = [{ day: '2026-12-07', justified: 0 }];
/** Each phrasing with the language of the answer (English said switches to English). */
const PHRASINGS: [string, 'fr' | 'en'][] = [['je dois payer quand même ?', 'fr'], ["c'est facturé quand meme ?", 'fr'], ['est ce que je vais payer ce jour la', 'fr'], ['do I still have to pay?', 'en']];

describe('whether the absence is billed, asked with it', () => {
  it.each(PHRASINGS)('at the certificate, « %s »: the rule, the certificate asked again, the absence kept', async (phrasing, lang) => {
    const { c } = await bookedThenLate(chats, 'webchat');
    const t = c.core.texts.for('fr', false, false);
    await c.say('signaler une absence de Léa le 7 décembre');
    expect(c.text(await c.say('maladie'))).toContain(t('absence.askCertificate'));
    const said = c.core.texts.for(lang, false, false);
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(said('absence.rule'));
    expect(replies).toContain(said('absence.askCertificate'));
    expect(replies).not.toContain(said('invoices.none'));
    expect(c.text(await c.say('plus tard'))).toContain(said('absence.certificateLater'));
    expect(absences(c)).toEqual(RECORDED);
  });

  it.each(table(PHRASINGS))('%s: right after the absence recorded past the deadline, « %s »: its day still billed, not the invoices', async (channel, phrasing, lang) => {
    const { c } = await bookedThenLate(chats, channel);
    const t = c.core.texts.for(lang, false, channel === 'sms');
    await c.say('Léa est malade, elle sera absente le 7 décembre');
    if (channel === 'webchat') await c.say('plus tard');
    expect(absences(c)).toEqual(RECORDED);
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('absence.billing.billed', { days: lang === 'fr' ? '7 décembre' : '7 December' }));
    expect(replies).not.toContain(t('absence.billing.free', { days: lang === 'fr' ? '7 décembre' : '7 December' }));
    expect(replies).not.toContain(t('invoices.none'));
    expect(absences(c)).toEqual(RECORDED);
  });

  it.each(table([['est ce que la journee sera facturee ?'], ['je dois payer quand même ?']]))('%s: right after an absence cancelling a day still free, « %s »: that day not billed, said for it', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine le 7 décembre pour Léa');
    await c.say('oui');
    const asked = c.text(await c.say('Léa est malade, elle sera absente le 7 décembre'));
    if (asked.includes(t('absence.askCertificate'))) await c.say('plus tard');
    expect(c.core.db.$client.prepare("select day, status from reservations where day = '2026-12-07'").all()).toEqual([{ day: '2026-12-07', status: 'cancelled' }]);
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('absence.billing.free', { days: '7 décembre' }));
    expect(replies).not.toContain(t('absence.rule'));
  });

  it.each(table([['est ce que la journee sera facturee ?']]))('%s: right after an absence on a day with nothing booked, « %s »: nothing billed', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const asked = c.text(await c.say('Hugo est malade, il sera absent le 8 décembre'));
    if (asked.includes(t('absence.askCertificate'))) await c.say('plus tard');
    expect(c.text(await c.say(phrasing))).toContain(t('absence.billing.nothing', { days: '8 décembre' }));
  });

  it.each([['mes factures'], ['payer ma facture'], ['je veux payer']])('at the certificate, « %s »: the invoices asked for, no billing rule', async (phrasing) => {
    const { c } = await bookedThenLate(chats, 'webchat');
    const t = c.core.texts.for('fr', false, false);
    await c.say('signaler une absence de Léa le 7 décembre');
    await c.say('maladie');
    expect(c.text(await c.say(phrasing))).not.toContain(t('absence.rule'));
  });

  it.each([['elle compte revenir mardi'], ['on ne compte pas la remettre avant lundi']])('at the reason, « %s » (« compter » a verb): no billing rule', async (phrasing) => {
    const { c } = await bookedThenLate(chats, 'webchat');
    const t = c.core.texts.for('fr', false, false);
    expect(c.text(await c.say('signaler une absence de Léa le 7 décembre'))).toContain(t('absence.askReason'));
    expect(c.text(await c.say(phrasing))).not.toContain(t('absence.rule'));
  });
});
