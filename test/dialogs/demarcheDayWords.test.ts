/**
 * A démarche's date with its month in English or with a slip: « June 12 2015 », « 12 June 2015 », « 14 March 2019 »
 * (the bot's own example), « 12 fevirer 2015 ». They were refused (« I do not recognise this date ») at the act
 * request's birth date and at the census. Web Chat and SMS; each row checks the request stored or the census state.
 * The clock is Wednesday 18 November 2026.
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

const ACT_EN = ['english', 'I need a birth certificate', 'Full copy', 'Their parent or grandparent', 'Carrières-sous-Poissy', 'Durand', 'Léa'];
const ACT_FR = ['je voudrais un acte de naissance', 'Copie intégrale', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa'];

describe('the birth date of an act request', () => {
  it.each(table([
    ['June 12 2015', 'en', '2015-06-12'],
    ['12 June 2015', 'en', '2015-06-12'],
    ['3 March 2010', 'en', '2010-03-03'],
    ['14 March 2019', 'en', '2019-03-14'],
    ['March 14th, 2019', 'en', '2019-03-14'],
    ['12 fevirer 2015', 'fr', '2015-02-12'],
    ['le 12 decmbre 2015', 'fr', '2015-12-12'],
  ] as Array<[string, 'fr' | 'en', string]>))('%s: « %s » is the day: the request is sent with it', async (channel, typed, locale, day) => {
    const c = chat(channel);
    for (const m of locale === 'en' ? ACT_EN : ACT_FR) await c.say(m);
    await c.say(typed);
    await c.say('Françoise Durand et Marc Durand');
    await c.say('francoise@example.org');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('Françoise Durand');
    await c.say(locale === 'en' ? 'yes' : 'oui');
    const row = c.core.db.$client.prepare('select data from requests').get() as { data: string } | undefined;
    expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ kind: 'birth', eventDay: day });
  });
});

describe('the birth date at the census', () => {
  it.each(table([
    ['15 November 2010', 'en'],
    ['November 15, 2010', 'en'],
    ['15 novemrbe 2010', 'fr'],
  ] as Array<[string, 'fr' | 'en']>))('%s: « %s » is the day: it is time, the request here is offered', async (channel, typed, locale) => {
    const c = chat(channel);
    if (locale === 'en') await c.say('english');
    await c.say('recensement citoyen');
    const t = c.core.texts.for(locale, false, channel === 'sms');
    expect(c.text(await c.say(typed))).toContain(t('census.howTo'));
  });
});
