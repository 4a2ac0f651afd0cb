/**
 * The French article a commune's service name calls for when a text puts it after « de » or « à »
 * (« Horaires de l'Hôtel de Ville », « du Service État-civil », « de la Régie centrale »), read from the
 * name's first word; the commune's data keep the name as written. A name whose first word is not known
 * here (a proper name) gets none.
 */

const ELIDED = new Set(['hotel', 'espace', 'accueil', 'etat', 'office', 'atelier', 'ecole', 'agence', 'antenne', 'annexe', 'hotel-de-ville']);
const MASCULINE = new Set(['service', 'guichet', 'centre', 'pole', 'bureau', 'point', 'relais', 'secretariat', 'ccas', 'cabinet', 'conseil', 'departement']);
const FEMININE = new Set(['mairie', 'regie', 'direction', 'maison', 'mediatheque', 'bibliotheque', 'police', 'cellule', 'mission', 'permanence', 'piscine', 'creche']);

/** The name with its article (« l'Hôtel de Ville », « le Service État-civil »), or as given when it has one or none is known. */
export function withServiceArticle(name: string): string {
  if (/^(?:les?|la|l['’])(?:\s|(?<=['’]))/iu.test(name)) return name;
  const head = (name.split(/[\s(]/u)[0] ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (ELIDED.has(head)) return `l'${name}`;
  if (MASCULINE.has(head)) return `le ${name}`;
  if (head === 'services') return `les ${name}`;
  if (FEMININE.has(head)) return `la ${name}`;
  return name;
}
