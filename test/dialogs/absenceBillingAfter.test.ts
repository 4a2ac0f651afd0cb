/**
 * « je dois payer quand même ? » said with an absence for illness, without « si absent » (the absence is the context): at
 * its certificate question, the billing rule is said and the certificate asked again (the absence was put aside for the
 * invoices); right after the absence is recorded (Web Chat and SMS), the billing rule is said (the invoices answered). The
 * absence rows and the locale keys said are asserted. The clock: 23 November 2026, the 7th past its deadline.
 */
import { bookedThenLate } from '../support/booking';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

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

  it.each(table(PHRASINGS))('%s: right after the absence recorded, « %s »: the rule, not the invoices', async (channel, phrasing, lang) => {
    const { c } = await bookedThenLate(chats, channel);
    const t = c.core.texts.for(lang, false, channel === 'sms');
    await c.say('Léa est malade, elle sera absente le 7 décembre');
    if (channel === 'webchat') await c.say('plus tard');
    expect(absences(c)).toEqual(RECORDED);
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('absence.rule'));
    expect(replies).not.toContain(t('invoices.none'));
    expect(absences(c)).toEqual(RECORDED);
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
