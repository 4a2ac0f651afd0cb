/**
 * A trip the child makes without the parents, when a parental authorization is asked (« ma fille part en colo en Espagne sans
 * nous, je dois remplir quoi », « AST pr ma fille qui part en colo en Espagne », « papier pr que mon fils parte en colo à
 * l'étranger »): the colo is the trip, not the commune's holiday activity. Works on prepare()d text.
 */
import type { ActivityCode } from '../domain/types';
import type { Intent } from './intents';

/** The holiday words that are a trip's: a colo, a séjour (« centre de loisirs » stays the commune's). */
const TRIP = /\b(?:colo|colos|colonies?|(?:mini )?sejours?)\b/;

export const tripActivity = (activity: ActivityCode | null, intent: Intent, prepared: string): ActivityCode | null =>
  intent === 'parental_authorization' && activity === 'holidays' && TRIP.test(prepared) ? null : activity;
