/**
 * A question about the family key itself (« c'est quoi la clé enfance ? », « comment je l'obtiens ? »,
 * « où je trouve mon code famille ? »), or that the resident has none (« j'ai pas de clé »): what it is
 * and who gives it is answered, no sign-in is started. « je veux saisir ma clé », « relier mon compte »
 * stay a request to enter it. Works on prepare()d text.
 */

/** What the thing is, what it is for. */
const WHAT = /\b(?:c est quoi|c quoi|cest quoi|qu est ce que c est|qu est ce que (?:la|le|l)|qu est ce qu une?|quoi (?:la|le|cette|ce)|a quoi (?:ca )?sert|(?:ca )?sert a quoi|a quoi (?:elle|il) sert|kesako|ca veut dire quoi|veut dire quoi)\b|\bwhat (?:is|s|are|does)\b(?! (?:my|our) (?:key|code)\b)|\bwhats\b|\bwhat for\b/;
/** How or where one gets it. */
const GET =
  /\b(?:comment|ou|aupres de qui|a qui) (?:est ce que |est ce qu )?(?:je |j |on |l on |peut on |puis je |dois je |faut il |il faut |faire pour |je peux |je dois |on peut |on doit )?(?:l |la |le |en |une |un )?(?:obtien\w*|obten\w*|obtenir|avoir|a|aurai\w*|recevoir|recoi\w*|recu\w*|recup\w*|trouv\w*|demand\w*|procur\w*)\b|\b(?:comment|ou) (?:l |la |le )?(?:obtenir|avoir|recevoir|recuperer|trouver|demander)\b|\bqui (?:la |le |l )?(?:donne|delivre|envoie|fournit|attribue)\b|\b(?:how|where) (?:do|can|should|would|could) (?:i|we) (?:get|obtain|find|receive|request|ask for)\b|\bwho (?:gives|sends|issues|provides)\b/;
/** The resident has none (« j'ai pas de clé », « je n'en ai pas », « jamais reçu de code famille »). */
const NONE =
  /\b(?:(?:j ai|je n ai|on n a|on a|nous n avons) (?:pas|jamais|plus|aucune?) (?:de |d |la |le |ma |mon |cette |ce |notre )?(?:cle|code)|(?:j en ai|je n en ai|je l ai|je ne l ai|j l ai|on l a|on ne l a) (?:pas|jamais)(?: eu| recue?)?(?= ?[.!?]*$)|pas de (?:cle|code)|(?:jamais|pas|rien) recue?|pas eu (?:de |la |le )?(?:cle|code))\b/;
/** A key or a code typed: the task, not a question. */
const TYPED = /[a-z0-9]{4}[ -]?[a-z0-9]{4}[ -]?[a-z0-9]{4}[ -]?[a-z0-9]{4}|\d{4,}/;

export type FamilyKeyQuestion = 'what' | 'none';

/**
 * « what » for a question about the key (what it is, how or where to get it), « none » when the resident says
 * they have none, undefined for a request to enter it.
 */
export function familyKeyQuestion(said: string): FamilyKeyQuestion | undefined {
  if (TYPED.test(said)) return undefined;
  if (NONE.test(said)) return 'none';
  if (WHAT.test(said) || GET.test(said)) return 'what';
  return undefined;
}

/** « j'ai pas de clé », « pas reçu de clé » alone, at the menu: the family key meant (a sign-in code is said « code »). */
export const saysNoKey = (said: string): boolean => /\b(?:pas|plus|perdu|jamais recue?|aucune) (?:de |d |la |ma |une )?cle\b/.test(said);

/** The family key named: « clé », « Clé Enfance », « code famille » (a « code » alone, where the sign-in waits, is its own code). */
const KEY_NAMED = /\b(?:cle|code famille)\b/;

/** The family key named (« j'ai ma clé enfance », « j'ai reçu le code famille »). */
export const namesFamilyKey = (said: string): boolean => KEY_NAMED.test(said);

/**
 * A question about the family key where the sign-in asks for the e-mail or the code (« j'ai pas de clé »,
 * « c'est quoi la clé ? »): only when the key is named, never « j'ai pas reçu le code » (the sign-in's code).
 */
export const keyQuestionAtSignIn = (said: string): FamilyKeyQuestion | undefined => (KEY_NAMED.test(said) ? familyKeyQuestion(said) : undefined);
