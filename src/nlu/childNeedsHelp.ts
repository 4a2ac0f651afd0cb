/**
 * The child's need told as the reason of a booking (prepare()d text): « étude jeudi 20 pr Rayane, il a besoin d'aide en maths »,
 * « … sa maîtresse dit qu'il a besoin d'aide pour ses devoirs ». The help needed is the child's, at school: the resident asks no help
 * of the assistant (« j'ai besoin d'aide » asks it).
 */

/** « il a besoin d'aide en maths », « elle aurait besoin d'un peu d'aide pour ses devoirs », « ils ont besoin d'aide ». */
const CHILD_NEEDS_HELP = /\b(?:il|elle|ils|elles) (?:a|ont|aurait|auraient|aura|auront) (?:vraiment |bien |grand |encore )?besoin d (?:un peu d |de l )?aide\b(?: (?:en|pour|dans|avec|sur|a) (?!(?:reserver|inscrire|annuler|le portail|l application|l appli|le site|son compte)\b)[a-z]+(?: [a-z]+){0,3})?/;

/** The message without the child's need, when it tells one; undefined otherwise. */
export function withoutChildsNeed(said: string): string | undefined {
  if (!CHILD_NEEDS_HELP.test(said)) return undefined;
  return said.replace(CHILD_NEEDS_HELP, ' ').replace(/\s+/g, ' ').trim();
}
