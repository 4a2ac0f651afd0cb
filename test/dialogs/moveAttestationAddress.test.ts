/**
 * A move said with the attestation and the new address (« on a déménagé, j'ai besoin d'une attestation, nouvelle
 * adresse 25 rue Pasteur »): the attestation de changement de domicile takes that address as its answer, as the espace
 * does; not asked again. An address elsewhere than the commune is left to its question. Web Chat and SMS alike.
 */
import { demarcheChat, rows } from '../support/demarches';
import type { Chat } from '../support/harness';
import { CHANNELS, fr, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The move said, the attestation chosen, the situation and the person: what is asked after the birth date. */
async function afterBirthDay(channelId: string, said: string): Promise<{ c: Chat; asked: string }> {
  const c = await demarcheChat(chats, { channelId });
  await c.say(said);
  for (const m of ['Obtenir une attestation de changement de domicile', '1', 'Durand', 'Julie']) await c.say(m);
  return { c, asked: c.text(await c.say('12/03/1988')) };
}

describe.each(CHANNELS)('a move with the attestation and the new address (%s)', (channelId) => {
  it.each([
    ["on a déménagé, j'ai besoin d'une attestation, nouvelle adresse 25 rue Pasteur"],
    ["on a déménagé, j'ai besoin d'une attestation, nouvelle adresse 25 rue Pasteur 78955 Carrières-sous-Poissy"],
  ])('« %s »: the address is not asked; the request stored has it', async (said) => {
    const { c, asked } = await afterBirthDay(channelId, said);
    expect(asked).toContain(fr['demarche.address_change.ask.since']);
    expect(asked).not.toContain(textBefore('demarche.address_change.ask.address'));
    for (const m of ['01/11/2026', 'julie@example.org', ...(channelId === 'webchat' ? ['au guichet', 'au guichet'] : [])]) await c.say(m);
    await c.say('oui');
    const stored = rows(c, 'select kind, data from requests');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.kind).toBe('address_change');
    expect(JSON.parse(String(stored[0]?.data))).toMatchObject({ address: expect.stringMatching(/^25 rue Pasteur,? 78955 Carrières-sous-Poissy$/), lastName: 'Durand' });
  });

  it('an address in another commune: left to the address question', async () => {
    const { asked } = await afterBirthDay(channelId, "on a déménagé, j'ai besoin d'une attestation, nouvelle adresse 3 rue de la Paix 75002 Paris");
    expect(asked).toContain(textBefore('demarche.address_change.ask.address'));
  });
});
