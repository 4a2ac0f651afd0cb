/**
 * A civil-status act's question asked again by SMS (an answer not understood): the question and a hint, its long lead said
 * once. The kind question repeated the commune's introduction at each re-ask; the place question repeated, for each
 * unknown town typed, the whole explanation of where the act is delivered (2 segments a turn). The kind question was 3.
 */
import { toGsm7 } from '../../src/sms/smsText';
import { ROOT, type Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { fr } from '../support/prompts';
import { storedRequests } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** A function that sends an SMS from a new resident and returns the turn's SMS bodies, joined. */
const bySms = () => smsResident(chats, undefined, '+33600000031');

const cost = smsCost;
const sms = { ...fr, ...readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms') };
/** A locale text's first words, as the SMS says them (its SMS version, GSM-7). */
const start = (key: string) => toGsm7((sms[key] ?? `<missing ${key}>`).split('{{')[0]!.slice(0, 30));

describe('an act question asked again by SMS', () => {
  it('the kind question: the introduction said once, the re-ask in at most 2 segments', async () => {
    const say = bySms();
    await say('Bonjour je voudrais un acte d\'état civil');
    const firstBodies = await say('1');
    const first = firstBodies.join('\n');
    expect(first).toContain(start('civilAct.intro'));
    // The commune noted, the introduction and the kind question: 3 segments with the usual introduction.
    expect(cost(firstBodies)).toBeLessThanOrEqual(2);
    const again = await say('euh');
    expect(again.join('\n')).not.toContain(start('civilAct.intro'));
    expect(again.join('\n')).toContain(start('civilAct.ask.kind'));
    expect(cost(again)).toBeLessThanOrEqual(2);
    // The request goes on: the birth act chosen, its form asked.
    expect((await say('1')).join('\n')).toContain(start('civilAct.ask.format'));
  });

  it('the place question after another commune: the explanation said once, each unknown town answered in 1 segment', async () => {
    const say = bySms();
    await say('Bonjour je voudrais un extrait d\'acte de naissance de ma fille née à Poissy');
    expect((await say('1')).join('\n')).toContain(start('civilAct.otherCommune'));
    for (const typed of ['euh', 'Triel', 'xx']) {
      const again = await say(typed);
      expect(again.join('\n')).not.toContain(start('civilAct.otherCommune'));
      expect(again.join('\n')).toContain(start('civilAct.ask.place'));
      expect(cost(again)).toBe(1);
    }
    // « ici »: the place noted, the next question asked.
    expect((await say('ici')).join('\n')).not.toContain(start('civilAct.ask.place'));
  });
});

describe('an act request by SMS from the first message', () => {
  // They were 3 segments each (345, 307 and 331 characters).
  it('the welcome with the communes, the commune noted, who may receive which form, and the form asked in at most 2 segments; the read-back too; the request stored', async () => {
    const say = bySms();
    // The welcome, the request kept, the communes served and the question (345 characters, 3 segments).
    const first = await say('Bonjour, je voudrais un acte de naissance');
    expect(first.join('\n').split('\n').filter((line) => /^\d\. /.test(line))).toHaveLength(3);
    expect(first.join('\n')).toContain(start('commune.kept'));
    expect(cost(first)).toBeLessThanOrEqual(2);
    const form = await say('1');
    expect(form.join('\n')).toContain(start('civilAct.rules'));
    expect(form.join('\n')).toContain(start('civilAct.ask.format'));
    expect(cost(form)).toBeLessThanOrEqual(2);
    for (const a of ['1', '1', 'Carrières-sous-Poissy', 'Durand', 'Marie', '14/03/1990', 'Jean Durand et Anne Martin', 'marie.durand@example.org']) await say(a);
    const readBack = await say('3 rue des Lilas 78955 Carrières-sous-Poissy');
    expect(readBack.join('\n')).toContain(start('createAccount.confirm'));
    expect(readBack.join('\n')).toContain('marie.durand@example.org');
    expect(readBack.join('\n')).toContain('3 rue des Lilas, 78955');
    expect(readBack.join('\n')).toContain('14/03/1990');
    expect(cost(readBack)).toBeLessThanOrEqual(2);
    await say('oui');
    expect(storedRequests(chats[0]!)).toEqual([expect.objectContaining({ kind: 'birth', lastName: 'Durand', firstName: 'Marie', eventDay: '1990-03-14' })]);
  });
});
