/**
 * What may follow a day written alone (« le 11 ») for it to be a day, not a count (« les 2 enfants »): also an activity or
 * what is asked of it, said right after the day or the request that follows it, in English too (« the 19th for Léa », « the 14th only », « le 8 seulement ») (SMS: « le 17 cantine », « lundi 14 mardi 15 », « le 14, le 15 et le 17 inscrire à l'étude », « …et le 17. Pourriez-vous… »).
 * Its own module, importing nothing: the text's preparation reads it too (monthFirst.ts).
 */
export const DAY_END = '(?=\\s*$|\\s*[,?!#]|\\s(?:pas|non|et|ou|au|aux|a|pour|sauf|svp|stp|merci|aussi|seulement|uniquement|juste|inclus|matin|midi|soir|apres|aprem|am|pm|prochain|de ce mois|du mois|car|par|si|je|j|il|elle|on|nous|mon|ma|mes|son|sa|ses|le|la|les|l|c|de|d|en|svp|ok|egalement|compris|plutot|pardon|oups|ah non|oh non|euh non|heu non|ah et|oh et|finalement|jusqu|entre|vers|avant|des|comme|parce|puisque|quand|lorsque|donc|mais|ni|que|qu|puis|ensuite|alors|suite a|suite au|chez|avec|dans|ce|cette|' +
  'cantine|garderie|etude|centre|accueil|periscolaire|peri|clsh|alsh|inscrire|inscrit|inscrite|reserver|reserve|reservee|annuler|annule|absent|absente|absents|please|pls|plz|for|only|then|but|thanks|thx|pourriez|pouvez|pourrais|voudrais|vous|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tel|telephone|portable|dossier|salle|classe)\\b)';
