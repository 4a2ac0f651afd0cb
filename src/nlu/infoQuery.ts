/**
 * Practical questions as residents type them: « horaires de la régie le mercredi »,
 * « est-ce que la mairie est ouverte maintenant ? », « numéro du guichet unique ».
 * Finds which service, which day and what is wanted; a message that only names a service
 * (« cantine ») is not a practical question.
 */
import { normalize } from '../domain/text';
import type { ServiceCode, Weekday } from '../domain/types';

export type InfoWants = 'hours' | 'openNow' | 'contact' | 'address';

export interface InfoQuery {
  service?: ServiceCode;
  weekday?: Weekday;
  when?: 'now' | 'today' | 'tomorrow';
  wants: InfoWants | null;
}

/** Most specific first: « accueil du soir » is the périscolaire before « accueil » is the mairie. */
const SERVICES: ReadonlyArray<readonly [ServiceCode, RegExp]> = [
  ['guichet_unique', /\bguichet unique\b/],
  ['etat_civil', /\b(etat civil|actes? de (naissance|mariage|deces)|actes?)\b/],
  ['inscriptions', /\b(cle enfance|code famille|inscriptions?)\b/],
  ['periscolaire', /\b(peri ?scolaires?|cantines?|restauration( scolaire)?|accueils? du (matin|soir)|accueils? de loisirs|centre de loisirs|garderie)\b/],
  ['sej', /\b(sej|enfance jeunesse)\b/],
  ['scolaire', /\b(scolaires?|ecoles?|affaires scolaires)\b/],
  ['regie', /\b(regies?|factures?|facturation|paiements?)\b/],
  ['mairie', /\b(mairie|hotel de ville|accueil)\b/],
];

const WEEKDAY_WORDS: ReadonlyArray<readonly [Weekday, RegExp]> = [
  ['mon', /\blundis?\b/],
  ['tue', /\bmardis?\b/],
  ['wed', /\bmercredis?\b/],
  ['thu', /\bjeudis?\b/],
  ['fri', /\bvendredis?\b/],
  ['sat', /\bsamedis?\b/],
  ['sun', /\bdimanches?\b/],
];

const CONTACT = /\b(telephone|tel|numeros?|joindre|appeler|contacter|contacts?|coordonnees|(?:adresses? )?(?:e )?mails?|emails?|courriel)\b/;
const ADDRESS = /\b(adresse|se trouve|situee?s?|aller a|comment y aller)\b/;
const WHERE_IS = /\bou (est|sont)\b/;
const OPEN_NOW = /\b(ouverts?|ouvertes?|fermes?|fermees?)\b/;
const HOURS = /\b(horaires?|heures? d ouverture|quelle heure|ouvre|ouvrent|rouvre|permanences?)\b/;
const NOW = /\b(maintenant|en ce moment|actuellement|tout de suite|a cette heure ci)\b/;
const TODAY = /\b(aujourd hui|ce jour)\b/;
const TOMORROW = /(^|\s)demain\b/;
const AFTER_TOMORROW = /\bapres demain\b/;

export function parseInfoQuery(text: string): InfoQuery {
  const said = normalize(text);
  const service = SERVICES.find(([, re]) => re.test(said))?.[0];
  const weekday = WEEKDAY_WORDS.find(([, re]) => re.test(said))?.[0];
  const when = NOW.test(said)
    ? 'now'
    : TODAY.test(said)
      ? 'today'
      : TOMORROW.test(said) && !AFTER_TOMORROW.test(said)
        ? 'tomorrow'
        : undefined;
  const wants: InfoWants | null = CONTACT.test(said)
    ? 'contact'
    : ADDRESS.test(said) || (service !== undefined && WHERE_IS.test(said))
      ? 'address'
      : HOURS.test(said)
        ? 'hours'
        : OPEN_NOW.test(said)
          ? 'openNow'
          : null;
  const query: InfoQuery = { wants };
  if (service) query.service = service;
  if (weekday) query.weekday = weekday;
  if (when) query.when = when;
  return query;
}
