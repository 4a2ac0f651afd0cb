/**
 * An answer to « Dans quelle commune a eu lieu le décès ? » that says more, as at a guichet
 * (« a carrieres, c mon mari il est decede le 3 novembre »): the place's words, and who the person
 * is and the event's day said beside it. Undefined when nothing else is said (the answer is read
 * as a place alone).
 */
import type { Relation } from '../domain/civilActs';
import { namesForPlace } from './namesForPlace';
import { readActDetails } from './upfrontDetails';

export interface PlaceWithDetails {
  /** The words of the place (« a carrieres »), to read as any place answer. */
  place: string;
  relation?: Relation;
  /** The words of the event's day (« 3 novembre »). */
  eventDay?: string;
  /** The person's names said beside (« elle s'appelle Lina Haddad »): first name, then name. */
  person?: { firstName: string; lastName: string };
  /** The event's year said after the place (« à Chanteloup en 1985 »), for its day asked later. */
  eventYear?: number;
}

/** The event's year, closing the answer (« … en 1985 ») or inside it (« on s'est mariés en 2015 à Chanteloup »). */
const YEAR_SAID = /(?:^|[\s,;]+)(?:en|in)\s+((?:19|20)\d{2})(?=\s*[,;.!]*(?:\s|$))/iu;

/** « elle s'appelle Lina Haddad », « je m'appelle Karim Haddad », « her name is Lina Haddad » closing the answer: first name, then name. */
const CALLED = /(?:s['’ ]?appelle|m['’ ]?appelle|se nomme|(?:son|her|his|mon) (?:nom|name) (?:c['’ ]?est|est|is)|my name is|i['’ ]?m called)\s+(\p{L}[\p{L}'’-]+)\s+(\p{L}[\p{L}'’-]+)\s*[.!]*$/iu;

/** The event's day closing a sentence (« … à Carrières le 2 novembre », « … en 2025 le 02/11/2025 »): « le » or « du » before it. */
const DAY_AFTER = /\s+(?:le|du)\s+((?:1\s?er|\d{1,2})\s+\p{L}+\.?(?:\s+\d{2,4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s*[.!]*$/iu;

/** « Dupont Marie née le 3 mars 1990 à Carrières »: the person's names, then the event's sentence. */
const NAMES_THEN_EVENT = /^([\p{L}'’-]+(?:\s+[\p{L}'’-]+){1,2})\s*,?\s+((?:(?:qui\s+)?est\s+)?(?:n[ée]e?s?|d[ée]c[ée]d[ée]e?s?|mari[ée]e?s?)\s+\S.*)$/iu;

export function placeWithDetails(text: string): PlaceWithDetails | undefined {
  // The person's names before the event's sentence or before a comma (« Marie Dupont, Carrières-sous-Poissy »): kept for the
  // name questions; the rest read as any answer (the whole answer was read as the town « Dupont Marie Née A Carrières »).
  const named = namesFirst(text);
  if (named) return named;
  // « à Chanteloup en 1985 », « mariés en 2015 à Chanteloup »: the place (read as any answer), and the year kept apart (it was
  // read as the town « Chanteloup En 1985 »).
  const year = YEAR_SAID.exec(text);
  const rest = year ? `${text.slice(0, year.index)} ${text.slice(year.index + year[0].length)}`.replace(/^[\s,;]+|[\s,;]+$/g, '').replace(/\s+/g, ' ') : '';
  if (year?.[1] && /\p{L}{2}/u.test(rest)) return { ...(placeWithDetails(rest) ?? { place: rest }), eventYear: Number(year[1]) };
  // « ma mère est décédée à Carrières le 2 novembre »: who, the place, then its day (read as the place alone before it).
  const dayAfter = text.search(/[,;]/) < 0 ? DAY_AFTER.exec(text) : null;
  if (dayAfter?.[1]) {
    const place = text.slice(0, dayAfter.index).trim();
    const said = readActDetails(place);
    if (place) return { place, ...(said.relation ? { relation: said.relation } : {}), eventDay: dayAfter[1] };
  }
  // « elle est née ici le 3 mars 2015, elle s'appelle Lina Haddad »: the place and the day in the event's sentence, the names beside.
  const event = readActDetails(text);
  const called = CALLED.exec(text);
  const person = called?.[1] && called[2] ? { firstName: called[1], lastName: called[2] } : event.person;
  // Only with the names said: a day alone beside words that are not a town (« née le 15 mars à la maternité ») stays a place answer to refuse.
  if (event.place && person) {
    return { place: event.place, ...(event.relation ? { relation: event.relation } : {}), ...(event.eventDay ? { eventDay: event.eventDay } : {}), ...(person ? { person } : {}) };
  }
  // The place first, then a comma and the rest (« a carrieres, c mon mari il est decede le 3 novembre »).
  return placeThenComma(text) ?? dayInside(text);
}

function namesFirst(text: string): PlaceWithDetails | undefined {
  const event = NAMES_THEN_EVENT.exec(text.trim());
  const comma = text.search(/[,;]/);
  const [names, rest] = event?.[1] && event[2] ? [event[1], event[2]] : comma > 0 ? [text.slice(0, comma), text.slice(comma + 1).trim()] : [];
  const person = names && namesForPlace(names);
  if (!person || !rest || !/\p{L}{2}/u.test(rest)) return undefined;
  const said = placeWithDetails(rest) ?? { place: rest };
  return { ...said, person: said.person ?? person };
}

function placeThenComma(text: string): PlaceWithDetails | undefined {
  const comma = text.search(/[,;]/);
  if (comma <= 0) return undefined;
  const place = text.slice(0, comma).trim();
  if (!place || saysMoreThanAPlace(place)) return undefined;
  const said = readActDetails(text.slice(comma + 1));
  if (!said.relation && !said.eventDay) return undefined;
  return { place, ...(said.relation ? { relation: said.relation } : {}), ...(said.eventDay ? { eventDay: said.eventDay } : {}) };
}

const MONTHS = String.raw`janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?`;
/** A full day anywhere in the answer (« le 3 mars 1990 », « 03/03/1990 »), its « le » or « du » with it. */
const DAY_INSIDE = new RegExp(String.raw`(?:^|[\s,;])(?:(?:le|du)\s+)?((?:1\s?er|\d{1,2})\s+(?:${MONTHS})\.?(?:\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?=$|[\s,;.!])`, 'iu');
/** Places that are not a commune (« à la maternité », « à l'hôpital »): the answer is not read as a town with a day. */
const NOT_A_TOWN = /(?:^|[\s'’])(?:maternit[ée]|h[ôo]pital|clinique|maison|domicile|chez)(?=$|[\s,.!?])/iu;

/**
 * « né le 3 mars 1990 à Carrières-sous-Poissy », « le 3 mars 1990 à Carrières », « à Carrières, le 3 mars 1990 »: the day,
 * wherever it is said, taken out; the words left are the place's (read as any place answer).
 */
function dayInside(text: string): PlaceWithDetails | undefined {
  const day = DAY_INSIDE.exec(text);
  if (!day?.[1] || NOT_A_TOWN.test(text)) return undefined;
  const place = `${text.slice(0, day.index)} ${text.slice(day.index + day[0].length)}`.replace(/\s*[,;]\s*/g, ' ').replace(/\s+/g, ' ').trim();
  if (!/\p{L}{2}/u.test(place)) return undefined;
  const said = readActDetails(text);
  return { place, ...(said.relation ? { relation: said.relation } : {}), eventDay: day[1] };
}

/** « c pour mon père », « il est décédé le 3 »: not the words of a place alone. */
function saysMoreThanAPlace(words: string): boolean {
  const said = readActDetails(words);
  return Boolean(said.relation || said.eventDay || said.kind);
}
