/**
 * A date of birth typed at a démarche's name question (« 03/02/1995 » at the electoral roll's « Quel est votre nom de
 * famille ? », « née le 12 mai 1985 » at the certificat de vie commune's partner's name): kept for that person's day
 * question, said so, the name asked again, and that day question not asked; one that fails its checks (too young to
 * vote, in the future) is not kept. Web Chat and SMS; the request stored is asserted.
 */
import { CHANNELS, textBefore } from '../support/prompts';
import { demarcheChat, storedRequests } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const KEPT = textBefore('demarche.dayKeptAhead');
const BIRTH_DAY = textBefore('demarche.electoral_roll.ask.birthDay').slice(0, 30);
const EMAIL = textBefore('demarche.electoral_roll.ask.email').slice(0, 30);

/** The electoral roll up to its name question. */
async function atName(channelId: string): Promise<Chat> {
  const c = await demarcheChat(chats, { channelId });
  for (const m of ["je veux m'inscrire sur les listes électorales", '1', "J'y habite"]) await c.say(m);
  return c;
}

describe.each(CHANNELS)('a date of birth typed at a name question (%s)', (channelId) => {
  it.each([['03/02/1995'], ['je suis née le 3 février 1995']])('electoral roll, « %s » at the name: kept, the birthday not asked, stored', async (said) => {
    const c = await atName(channelId);
    const kept = c.text(await c.say(said));
    expect(kept).toContain(KEPT);
    expect(kept).toContain(textBefore('demarche.electoral_roll.ask.lastName'));
    await c.say('Bernard');
    const next = c.text(await c.say('Julie'));
    expect(next).not.toContain(BIRTH_DAY);
    expect(next).toContain(EMAIL);
    for (const m of ['julie@example.org', '3 rue Verte 78955 Carrières-sous-Poissy', 'au guichet', 'au guichet', 'oui']) {
      if (storedRequests(c).length === 0) await c.say(m);
    }
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName: 'Bernard', firstName: 'Julie', birthDay: '1995-02-03' })]);
  });

  it('electoral roll, a date too young to vote at the name: not kept, the birthday asked after the names', async () => {
    const c = await atName(channelId);
    expect(c.text(await c.say('03/02/2015'))).not.toContain(KEPT);
    await c.say('Bernard');
    expect(c.text(await c.say('Julie'))).toContain(BIRTH_DAY);
  });

  it('certificat de vie commune, the partner\'s birthday at the partner\'s name: kept for the partner, not for the resident', async () => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ['certificat de vie commune', 'Bernard', 'Julie', '03/02/1990']) await c.say(m);
    expect(c.text(await c.say('né le 12 mai 1985'))).toContain(KEPT);
    await c.say('Martin');
    const next = c.text(await c.say('Paul'));
    expect(next).not.toContain(textBefore('demarche.cohabitation_certificate.ask.partnerBirthDay'));
    expect(next).toContain(textBefore('demarche.cohabitation_certificate.ask.address'));
  });
});
