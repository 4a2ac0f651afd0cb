/**
 * « parler à quelqu'un »: the service named as it is written (no « de » glued before a name that wants an article),
 * and whether it is open now told without « oui » or « non », since no question was asked. Carrières-sous-Poissy's
 * Hôtel de Ville (8 h 30 – 12 h, 13 h 45 – 17 h 30 on weekdays); fixed clocks, Web Chat and SMS, French and English.
 */
import path from 'node:path';
import { fixedClock } from '../../src/domain/clock';
import { readLocaleFile, Texts } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const SERVICE = 'Hôtel de Ville (accueil central)';
const texts = { fr: readLocaleFile(path.join(ROOT, 'locales'), 'fr'), en: readLocaleFile(path.join(ROOT, 'locales'), 'en') };
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const translate = Texts.create(path.join(ROOT, 'locales'));
/** The words of a key (the service put in as French texts put it, with its article) before its first other parameter. */
const start = (locale: 'fr' | 'en', key: string) => {
  const others = Object.fromEntries([...(texts[locale][key] as string).matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => [name, '\u0000']));
  return translate.for(locale)(key, { ...others, service: SERVICE }).split('\u0000')[0] as string;
};

const MOMENTS: Array<[string, string, string, string]> = [
  ['at lunch', '2026-11-18T11:30:00Z', 'info.stated.closedNowLunch', 'info.closedNowLunch'],
  ['in the evening', '2026-11-18T19:00:00Z', 'info.reopens.closed', 'info.closedNow'],
  ['on a public holiday', '2026-11-11T09:00:00Z', 'info.stated.closedHoliday', 'info.closedHoliday'],
  ['while open', '2026-11-18T14:00:00Z', 'info.reopens.open', 'info.openNow'],
];

describe('« parler à quelqu\'un »', () => {
  const rows = CHANNELS.flatMap((channel) => (['fr', 'en'] as const).flatMap((locale) => MOMENTS.map(([moment, at, key, asked]) => [channel, locale, moment, at, key, asked] as const)));
  it.each(rows)('%s (%s) %s (%s): the service named, its state (%s, not %s) said without « oui »/« non »', async (channelId, locale, _moment, at, key, asked) => {
    const c = startChat({ clock: fixedClock(at), channelId, ...(locale === 'en' ? { locale: 'en-US' } : {}) });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const said = c.text(await c.say(locale === 'en' ? 'talk to someone' : "parler à quelqu'un"));
    expect(said).toContain(start(locale, 'human.intro'));
    expect(said).toContain(SERVICE);
    expect(said).not.toContain(`de ${SERVICE}`);
    expect(said).toContain(start(locale, key));
    expect(said).not.toContain(start(locale, asked));
  });
});
