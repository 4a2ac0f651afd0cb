/**
 * What the census's opening message says besides the birth day (« recensement de mon fils Lucas Martin né le 2/10/2010
 * à Poissy »): the young person's names and birthplace, kept for the request (not asked again). Only what is plainly
 * said: the names introduced by who they are (« mon fils … », or his first name alone: « mon fils Lucas »), a place after
 * « né à » or after the day's year. (Whether a son or a daughter, the démarche reads itself: demarcheQuestion.ts.)
 */
import { checkPlaceName } from '../src/nlu/pastDay';
import { cannotBeAPlace } from '../src/nlu/placeAnswer';
import { readActDetails } from '../src/nlu/upfrontDetails';
import { youngPersonIn, type YoungGender } from '../src/nlu/youngPerson';
import type { Translate } from '../src/i18n';
import { check, nameAsFiled } from './accountFields';
import { readName } from './nameAnswer';
import { splitFullName } from '../src/nlu/fullName';
import { isKnownFirstName, isLastNameToo } from '../src/nlu/firstNames';

/** A place after the day's year (« le 2/10/2010 à Poissy »), or after « né à » before it (« née à Poissy le … »), as typed. */
const PLACES = [/\d{2,4}\s*,?\s+(?:à|a)\s+([^,.;!?\d]+?)\s*[.!]*$/iu, /\bn[ée]e?s?\s+(?:à|a)\s+([^,.;!?\d]+?)(?=\s+le\b|\s*[,.;!?]|$)/iu];

export function censusUpfront(text: string | undefined, today: string): Record<string, string> {
  if (!text) return {};
  const answers: Record<string, string> = {};
  const person = readActDetails(text).person;
  if (person) Object.assign(answers, { lastName: nameAsFiled('lastName', person.lastName), firstName: nameAsFiled('firstName', person.firstName) });
  // « mon fils Lucas »: his first name alone (the last name is asked, with it).
  const young = person ? undefined : youngPersonIn(text).firstName;
  if (young) answers.firstName = nameAsFiled('firstName', young);
  const place = PLACES.map((p) => p.exec(text.trim())?.[1]?.trim()).find((p) => p && checkPlaceName(p, today) === 'ok' && !cannotBeAPlace(p));
  if (place) answers.birthPlace = place;
  return answers;
}

/** How the questions name the young person: by the first name known (its first word), else « votre fils », « votre fille »; undefined: « le jeune ». */
export function youngCalled(t: Translate, gender: YoungGender | undefined, firstName: unknown): string | undefined {
  const name = typeof firstName === 'string' ? firstName.trim().split(/\s+/)[0] : undefined;
  return name ? nameAsFiled('firstName', name) : gender ? t(`census.yourChild.${gender}`) : undefined;
}

/**
 * A name typed at the birth date's question (« Dupont », « Dupont Lucas »): kept for the request's name questions (never read as
 * a date), the date asked again. A first name alone the lists know (« Lucas ») is the first name; anything else, the last name.
 */
export function namesAtBirthDay(answer: string): Record<string, string> | undefined {
  if (/\d/.test(answer) || answer.trim().split(/\s+/).length > 3) return undefined;
  const read = readName('lastName', answer);
  if (!('name' in read)) return undefined;
  const both = splitFullName(read.name);
  const lastName = both && check('lastName', both.lastName);
  const firstName = both && check('firstName', both.firstName);
  if (lastName && firstName) return { lastName, firstName };
  const single = read.name.trim();
  if (/\s/.test(single)) return undefined;
  return isKnownFirstName(single) && !isLastNameToo(single) ? { firstName: nameAsFiled('firstName', single) } : { lastName: read.name };
}
