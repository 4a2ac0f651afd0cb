/**
 * A démarche's day said as residents say it. At « Depuis quand habitez-vous à cette adresse ? », a day without its
 * year (« depuis le 1er novembre », « 1 novembre ») is the latest such day: it was refused (only « 01/11/2026 » was
 * read); a birth date still needs its year. At a birth date, « née le 22/07/1995 à Lyon » is the day, and the place
 * when it is asked next: it was refused. Web Chat and SMS; each row checks the request stored.
 * The clock is Wednesday 18 November 2026, Carrières-sous-Poissy.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

function chat(channelId: string): Chat {
  const c = startChat({ channelId, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
  chats.push(c);
  return c;
}
const requestData = (c: Chat) => JSON.parse((c.core.db.$client.prepare('select data from requests').get() as { data: string } | undefined)?.data ?? '{}') as Record<string, unknown>;

/** The address change up to the day of the move, with `birth` at the birth date question. */
async function addressChange(c: Chat, birth = '12/12/1990'): Promise<void> {
  for (const a of ['attestation de changement de domicile', 'J\'ai emménagé à Carrières-sous-Poissy', 'Leroy', 'Sam', birth, '8 allée des Lilas 78955 Carrières-sous-Poissy']) await c.say(a);
}
async function finish(c: Chat): Promise<void> {
  for (const a of ['sam@example.org', 'au guichet', 'au guichet', 'oui']) await c.say(a);
}

describe('the day of the move without its year', () => {
  it.each(table([
    ['depuis le 1er novembre', '2026-11-01'],
    ['1 novembre', '2026-11-01'],
    ['le 1er novembre', '2026-11-01'],
    ['depuis le 25 décembre', '2025-12-25'],
    ['15/12', '2025-12-15'],
    ['depuis le 01/11/2026', '2026-11-01'],
  ]))('%s: « %s » → %s', async (channel, typed, day) => {
    const c = chat(channel);
    await addressChange(c);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(typed))).not.toContain(t('demarche.bad.day'));
    await finish(c);
    expect(requestData(c)).toMatchObject({ birthDay: '1990-12-12', since: day });
  });

  it.each(table([['12 décembre']]))('%s: a birth date without its year (« %s ») is still refused', async (channel, typed) => {
    const c = chat(channel);
    for (const a of ['attestation de changement de domicile', 'J\'ai emménagé à Carrières-sous-Poissy', 'Leroy', 'Sam']) await c.say(a);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(typed))).toContain(t('demarche.bad.day'));
  });
});

describe('a birth date said with the place', () => {
  it.each(table([['née le 22/07/1995 à Lyon'], ['le 22 juillet 1995, à Lyon']]))('%s: « %s » at the address change\'s birth date → the day', async (channel, typed) => {
    const c = chat(channel);
    await addressChange(c, typed);
    await c.say('1er septembre 2026');
    await finish(c);
    expect(requestData(c)).toMatchObject({ birthDay: '1995-07-22', since: '2026-09-01' });
  });

  it.each(table([['né le 15/11/2010 à Poissy'], ['15 novembre 2010 a Poissy']]))('%s: « %s » at the census → the day and the place, not asked again', async (channel, typed) => {
    const c = chat(channel);
    await c.say('recensement citoyen');
    await c.say(typed);
    await c.say('oui');
    await c.say('Durand');
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say('Léa Marie'))).toContain(t('demarche.citizen_census.ask.parents'));
    await c.say('Françoise et Marc Durand');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('francoise@example.org');
    for (let i = 0; i < 3; i++) await c.say('au guichet');
    await c.say('oui');
    expect(requestData(c)).toMatchObject({ birthDay: '2010-11-15', birthPlace: 'Poissy' });
  });

  it.each(table([['née le 14/03/2019 à Carrières-sous-Poissy']]))('%s: « %s » at the act request\'s date → the day', async (channel, typed) => {
    const c = chat(channel);
    for (const m of ['je voudrais un acte de naissance', 'Copie intégrale', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', typed]) await c.say(m);
    for (const m of ['Françoise Durand et Marc Durand', 'francoise@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(m);
    expect(requestData(c)).toMatchObject({ eventDay: '2019-03-14' });
  });
});
