/**
 * Practical information, without an account: a service's hours on a given day (the times of that
 * day, as the commune's data gives them), its contacts, and Chanteloup-les-Vignes' guichet unique.
 * Tuesday 24 November 2026 and the days around are ordinary days (no public holiday).
 */
import { cross, frenchTime, plain } from './checks';
import type { Conversation, Ctx } from './runner';

type Hours = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Array<[string, string]>>>;

/** The hours of a service of the commune on that weekday, from the commune's own data. */
async function hoursOf(c: Ctx, commune: string, service: string, day: keyof Hours): Promise<Array<[string, string]>> {
  const found = (await c.core.service.getCommune(commune)).services.find((s) => s.code === service) as { hours?: Hours } | undefined;
  return found?.hours?.[day] ?? [];
}

/** The last reply gives each opening of that day (« 8 h 30-12 h ») and no other time; or, on a closed day, no time at all. */
const timesGiven = (commune: string, service: string, day: keyof Hours) => async (c: Ctx) => {
  const text = plain(c.last.text);
  const expected = (await hoursOf(c, commune, service, day)).map(([from, to]) => `${frenchTime(from)}-${frenchTime(to)}`);
  // « 8 h 30-12 h » by SMS, « de 8 h 30 à 12 h » on Web Chat.
  const given = [...text.matchAll(/(\d{1,2} h(?: \d\d)?)(?:-| à )(\d{1,2} h(?: \d\d)?)/g)].map((m) => `${m[1]}-${m[2]}`);
  return given.join() === expected.join() ? undefined : `expected ${expected.join(', ') || 'closed'}; the reply gives ${given.join(', ') || 'no time'}`;
};

const DAYS: Array<{ words: string; day: keyof Hours }> = [
  { words: 'mercredi', day: 'wed' },
  { words: 'le mardi', day: 'tue' },
  { words: 'vendredi prochain', day: 'fri' },
  { words: 'le 23 novembre', day: 'mon' },
  { words: 'samedi', day: 'sat' },
];
const ASKS: Array<{ say: (d: string) => string; service: string }> = [
  { say: (d) => `horaires de la mairie ${d}`, service: 'mairie' },
  { say: (d) => `la mairie est ouverte ${d} ?`, service: 'mairie' },
  { say: (d) => `Quels sont les horaires de la régie ${d} ?`, service: 'regie' },
  { say: (d) => `c'est ouvert a quelle heure la regie ${d}`, service: 'regie' },
  { say: (d) => `horraires mairie ${d} svp`, service: 'mairie' },
];

const hours: Conversation[] = cross(ASKS, DAYS).map(([a, d]) => ({
  task: 'opening hours', name: `« ${a.say(d.words)} »`, given: 'guest', turns: [a.say(d.words)], outcome: timesGiven('carrieres-sous-poissy', a.service, d.day),
}));

// Topic follow-ups: the day changed, then the place, in the next message.
const followUps: Conversation[] = [
  { task: 'opening hours', name: 'the régie on Monday, then « et jeudi ? »', given: 'guest', turns: ['horaires de la regie lundi', 'et jeudi ?'], outcome: timesGiven('carrieres-sous-poissy', 'regie', 'thu') },
  { task: 'opening hours', name: 'the menu first, then a question', given: 'guest', turns: ['Infos pratiques', 'horaires de la mairie le mercredi'], outcome: timesGiven('carrieres-sous-poissy', 'mairie', 'wed') },
  { task: 'opening hours', name: 'booking interrupted by an hours question', given: 'guest', turns: ['creer mon espace', 'la regie est ouverte mardi ?'], outcome: timesGiven('carrieres-sous-poissy', 'regie', 'tue') },
];

const CONTACTS: Array<{ say: string; expect: string }> = [
  { say: 'numero de telephone de la mairie', expect: '01 39 22 36 00' },
  { say: 'comment joindre la regie ?', expect: '01 39 22 36 27' },
  { say: 'le mail de la regie', expect: 'regie@carrieres-sous-poissy.fr' },
  { say: "contacter l'etat civil", expect: '01 39 22 36 08' },
  { say: 'ou se trouve la mairie', expect: '1, place Saint-Blaise' },
  { say: 'je veux parler a quelqu un du periscolaire', expect: '01 39 22 36 66' },
];
const contacts: Conversation[] = CONTACTS.map((x) => ({
  task: 'contacts', name: `« ${x.say} »`, given: 'guest', turns: [x.say],
  outcome: async (c) => (plain(c.last.text).includes(x.expect) ? undefined : `${x.expect} not given`),
}));

const GUICHET: Array<{ say: string; check: 'phone' | 'hours' | 'address' }> = [
  { say: 'guichet unique', check: 'phone' },
  { say: 'le guichet unique ?', check: 'phone' },
  { say: 'Guichet Unique svp', check: 'address' },
  { say: 'horaires du guichet unique mercredi', check: 'hours' },
  { say: 'le guichet unique est ouvert jeudi ?', check: 'hours' },
  { say: 'ou est le guichet unique', check: 'address' },
  { say: 'numero du guichet unique', check: 'phone' },
  { say: 'horaires de la mairie mercredi', check: 'hours' },
];
const guichet: Conversation[] = GUICHET.map((g) => ({
  task: 'guichet unique', name: `« ${g.say} » at Chanteloup-les-Vignes`, given: 'guest', commune: 'chanteloup-les-vignes', turns: [g.say],
  outcome: g.check === 'hours'
    ? timesGiven('chanteloup-les-vignes', 'guichet_unique', g.say.includes('jeudi') ? 'thu' : 'wed')
    : async (c) => {
      const expect = g.check === 'phone' ? '01 39 74 29 12' : '18 avenue de Poissy';
      return plain(c.last.text).includes(expect) ? undefined : `${expect} not given`;
    },
}));

export const infoConversations: Conversation[] = [...hours, ...followUps, ...contacts, ...guichet];
