/**
 * By SMS at the list of démarches, an answer that names none (« zzz », a sentence, a number not listed, « je sais pas »)
 * says so in a few words, the numbered list again and how to answer: 2 segments (was 385–395 characters, 3: the words said
 * back, the list's title and its example again).
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const COMMUNES = ['carrieres-sous-poissy', 'chanteloup-les-vignes', 'carrieres-sur-seine'];
const LISTED = ["1. Acte d'état civil", '8. Suivre une demande'];
let n = 0;

describe('by SMS, an answer at the list of démarches that names none', () => {
  it.each(COMMUNES.flatMap((commune) => ['zzz', 'je veux faire une demande de carte de stationnement résident', '12', 'je sais pas'].map((said) => [commune, said])))(
    '%s, « %s »: the list again in 2 segments',
    async (commune, said) => {
      const say = smsResident(chats, commune, `+336000004${String(++n).padStart(2, '0')}`, '2026-12-07T17:00:00Z');
      await say('bonjour');
      await say('3');
      const bodies = await say(said);
      for (const item of LISTED) expect(bodies.join('\n')).toContain(item);
      expect(smsCost(bodies)).toBeLessThanOrEqual(2);
    },
  );

});
