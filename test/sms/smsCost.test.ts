/**
 * What SMS residents cost the commune: a scripted set of typical tasks by SMS, through the real
 * bot on the SMS adapter, and the segments each turn is billed as (GSM-7 / UCS-2 rules), as the
 * replies used to go (one SMS a reply, as written) and as they go now (one GSM-7 message a turn).
 */
import { buildBot, buildCore } from '../../src/index';
import { fixedClock } from '../../src/domain/clock';
import { SmsAdapter } from '../../src/sms/smsAdapter';
import { isGsm7, segments, smsBody, toGsm7 } from '../../src/sms/smsText';
import { tempConfig } from '../support/harness';

const SCRIPT: Array<{ task: string; from: string; turns: string[] }> = [
  { task: 'horaires', from: '+33600000001', turns: ['Bonjour', '1', 'horaires de la mairie', 'est-ce ouvert maintenant ?'] },
  { task: 'infos pratiques', from: '+33600000002', turns: ['Bonjour', '1', 'Infos pratiques', 'contact', 'guichet unique'] },
  { task: 'démarches', from: '+33600000003', turns: ['Bonjour', '1', 'Démarches sans compte', 'acte de naissance', 'annuler', 'menu'] },
  { task: 'aide', from: '+33600000004', turns: ['Bonjour', '1', 'aide', 'menu', 'parler à quelqu\'un'] },
  { task: 'réserver', from: '+33600000005', turns: ['Bonjour', '1', 'Réserver ou annuler', 'menu'] },
  { task: 'factures', from: '+33600000006', turns: ['Bonjour', '1', 'Mes factures', 'menu'] },
];

describe('SMS cost', () => {
  it('makes the text GSM-7 where the meaning is kept, and counts segments by the rules', () => {
    expect(toGsm7('« Réserver » à l’école : fenêtre, garçon, cœur, 73,80\u00a0€')).toBe('"Réserver" à l\'école : fenetre, garcon, coeur, 73,80 €');
    expect(isGsm7(toGsm7('Répondez « oui » ou « non ».'))).toBe(true);
    expect(segments('a'.repeat(160))).toBe(1);
    expect(segments('a'.repeat(161))).toBe(2);
    expect(segments('a'.repeat(306))).toBe(2);
    expect(segments('€'.repeat(80))).toBe(1);
    expect(segments('€'.repeat(81))).toBe(2);
    expect(segments(`ê${'a'.repeat(69)}`)).toBe(1);
    expect(segments(`ê${'a'.repeat(70)}`)).toBe(2);
    expect(segments(`ê${'a'.repeat(134)}`)).toBe(3);
  });

  it('joins a turn\'s replies into one message, split only past 1,600 characters at a line', () => {
    expect(smsBody(['Bonjour !', '', 'Que souhaitez-vous faire ?'])).toEqual(['Bonjour !\nQue souhaitez-vous faire ?']);
    const long = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${'x'.repeat(60)}`);
    const parts = smsBody(long);
    expect(parts.length).toBe(2);
    expect(parts.every((p) => p.length <= 1600)).toBe(true);
    expect(parts.join('\n')).toBe(long.join('\n'));
  });

  it('costs at most 2 segments per turn on average over typical tasks, fewer than one UCS-2 SMS a reply', async () => {
    const core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const bot = buildBot(core);
    const adapter = new SmsAdapter();
    let turns = 0;
    let before = 0;
    let after = 0;
    const lines: string[] = [];
    for (const { task, from, turns: says } of SCRIPT) {
      let taskBefore = 0;
      let taskAfter = 0;
      for (const text of says) {
        const replies = await adapter.receive(from, text, undefined, (ctx) => bot.run(ctx));
        taskBefore += replies.reduce((n, r) => n + segments(r), 0);
        const bodies = smsBody(replies);
        taskAfter += bodies.reduce((n, b) => n + segments(b), 0);
        expect(bodies.every(isGsm7)).toBe(true);
        turns += 1;
      }
      before += taskBefore;
      after += taskAfter;
      lines.push(`${task}: ${says.length} turns, ${taskBefore} → ${taskAfter} segments`);
    }
    console.log(`SMS segments per turn over ${turns} turns: ${(before / turns).toFixed(2)} before, ${(after / turns).toFixed(2)} now\n${lines.join('\n')}`);
    expect(after).toBeLessThan(before);
    expect(after / turns).toBeLessThanOrEqual(2);
    await core.close();
  });

  // With the usual texts, 4 and 3 segments.
  it.each([
    ['se marier', 'comment se marier à la mairie ?', 3],
    ['se pacser', 'je veux me pacser', 2],
  ])('answers « %s » (« %s ») in at most %i segments, with the short SMS text', async (_task, question, most) => {
    const core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const bot = buildBot(core);
    const adapter = new SmsAdapter();
    for (const text of ['Bonjour', '1']) await adapter.receive('+33600000009', text, undefined, (ctx) => bot.run(ctx));
    const bodies = smsBody(await adapter.receive('+33600000009', question, undefined, (ctx) => bot.run(ctx)));
    expect(bodies.every(isGsm7)).toBe(true);
    expect(bodies.reduce((n, b) => n + segments(b), 0)).toBeLessThanOrEqual(most as number);
    await core.close();
  });
});

describe('a démarche explained by SMS', () => {
  // The census, late: 4 segments with the usual texts.
  it('answers the census for a birth date past the deadline in at most 3 segments', async () => {
    const core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const bot = buildBot(core);
    const adapter = new SmsAdapter();
    for (const text of ['Bonjour', '1', 'recensement de mon fils']) await adapter.receive('+33600000011', text, undefined, (ctx) => bot.run(ctx));
    const bodies = smsBody(await adapter.receive('+33600000011', '12/02/2010', undefined, (ctx) => bot.run(ctx)));
    expect(bodies.every(isGsm7)).toBe(true);
    expect(bodies.reduce((n, b) => n + segments(b), 0)).toBeLessThanOrEqual(3);
    await core.close();
  });
});

describe('an act asked in the first SMS', () => {
  // The welcome, who may have which form, the extract question and its two options: 3 segments at Chanteloup-les-Vignes before.
  it.each([['carrieres-sous-poissy'], ['chanteloup-les-vignes'], ['carrieres-sur-seine']])('at %s, answers in at most 2 segments', async (commune) => {
    const core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const bot = buildBot(core);
    const adapter = new SmsAdapter();
    for (const [i, text] of ["bjr je veux un extrait d acte de mariage", 'Je voudrais un extrait d’acte de naissance'].entries()) {
      const bodies = smsBody(await adapter.receive(`+3360000002${i}`, text, commune, (ctx) => bot.run(ctx)));
      expect(bodies.every(isGsm7)).toBe(true);
      expect(bodies.reduce((n, b) => n + segments(b), 0)).toBeLessThanOrEqual(2);
    }
    await core.close();
  });
});

describe('the sign-up by SMS', () => {
  // Its introduction and the civility question: 2 segments with the usual texts.
  it('starts in one segment', async () => {
    const core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const bot = buildBot(core);
    const adapter = new SmsAdapter();
    for (const text of ['Bonjour', '1']) await adapter.receive('+33600000012', text, undefined, (ctx) => bot.run(ctx));
    const bodies = smsBody(await adapter.receive('+33600000012', 'créer mon espace', undefined, (ctx) => bot.run(ctx)));
    expect(bodies.reduce((n, b) => n + segments(b), 0)).toBe(1);
    await core.close();
  });
});

describe('a list by SMS', () => {
  // The démarches' list said how to answer twice (before and after it): 3 segments.
  it('lists the démarches without an account in at most 2 segments, how to answer said once', async () => {
    const core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const bot = buildBot(core);
    const adapter = new SmsAdapter();
    for (const text of ['Bonjour', '1']) await adapter.receive('+33600000010', text, undefined, (ctx) => bot.run(ctx));
    const bodies = smsBody(await adapter.receive('+33600000010', '3', undefined, (ctx) => bot.run(ctx)));
    expect(bodies.join('\n').split('\n').filter((line) => /^\d+\. /.test(line))).toHaveLength(8);
    expect(bodies.reduce((n, b) => n + segments(b), 0)).toBeLessThanOrEqual(2);
    await core.close();
  });
});

describe('« n° » in an SMS', () => {
  it.each([['la demande n°000004', 'la demande numero 000004'], ['le n° 15646', 'le numero 15646'], ['N°12', 'Numero 12']])('« %s » is « %s »', (text, sms) => {
    expect(toGsm7(text)).toBe(sms);
  });
});
