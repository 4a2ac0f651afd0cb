/**
 * The electoral roll's first answer by SMS, often the first message (with the welcome): the rules, the papers for the
 * guichet, the nationality question and its three options were 371 to 378 characters (3 segments). By SMS the rules say
 * the age and the deadline; the nationality and the tie to the commune (living here, or local taxes for 2 years) are the
 * questions' own options, the European citizens' elections said at « pourquoi ? » and at the refusal. At most 2 segments.
 */
import type { Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const options = (bodies: string[]): string[] => bodies.join('\n').split('\n').filter((l) => /^\d\. /.test(l));

describe('the electoral roll by SMS', () => {
  it.each([
    ['carrieres-sous-poissy', 'je veux m\'inscrire sur les listes electorales'],
    ['carrieres-sous-poissy', 'inscription liste électorale svp'],
    ['chanteloup-les-vignes', 'bonjour je voudrais m inscrire pour voter'],
    // The longest welcome (« Espace Citoyens Premium de Carrières-sur-Seine »): 309 characters before.
    ['carrieres-sur-seine', 'je veux m inscrire sur les listes electorales'],
  ])('%s, « %s »: the rules and the nationality question in at most 2 segments, then the tie to the commune', async (commune, said) => {
    const say = smsResident(chats, commune, '+33600000041');
    const first = await say(said);
    expect(first.join('\n')).toMatch(/18 ans/);
    // The question, its options and the papers for the guichet: the rest of the first answer, as before.
    expect(first.join('\n')).toMatch(/guichet/);
    expect(first.join('\n')).toMatch(/6e vendredi/);
    expect(options(first)).toHaveLength(3);
    expect(smsCost(first)).toBeLessThanOrEqual(2);
    const tie = await say('2');
    expect(options(tie)).toHaveLength(3);
    expect(tie.join('\n')).toMatch(/2 ans/);
  });
});
