/**
 * An answer to « Quelle forme d'acte voulez-vous ? » that asks for help instead of choosing: a doubt
 * or a question (« je comprends pas », « c'est quoi la différence entre les trois ? »), or what the
 * act is for (« c pour un passeport », « pour un mariage », « pour le notaire », « c pour l'école »). The question is then
 * explained, with the form usually asked for that purpose, and asked again. On the typed text.
 */
import { normalize } from '../domain/text';

export type FormHelp = 'identity' | 'marriage' | 'notary' | 'school' | 'general';

/** A doubt or a question about the forms. */
const DOUBT = /\b(?:je (?:ne )?sais pas|j sais pas|jsais pas|jsp|sais pas|sai pas|je (?:ne )?(?:comprends?|comprend) pas|comprends? pas|c est quoi|cest quoi|c quoi|quelle difference|difference|laquelle|lequel|quoi prendre|aucune idee|je ne sais|expliqu\w*|conseill\w*|ca veut dire|veut dire quoi|quelle forme|laquelle choisir|quoi choisir|aidez moi|help|i don t know|i dont know|which one)\b/;
/** What the act is for, when its usual form can be said. */
const PURPOSES: Array<[Exclude<FormHelp, 'general'>, RegExp]> = [
  ['identity', /\b(?:passeports?|passport|carte (?:d )?identite|cni|piece d identite)\b/],
  ['marriage', /\b(?:(?:pour|pr) (?:un|le|mon|notre|ce) (?:mariage|pacs)|pacs|pacser|(?:me|nous|se) marier|on se marie|je me marie|nous nous marions)\b/],
  ['notary', /\b(?:notaire|succession|heritage)\b/],
  ['school', /\b(?:ecole|school|inscription scolaire|creche|maternelle|college|lycee)\b/],
];

/** The help asked for: a purpose named first, else a doubt; undefined for anything else. */
export function formHelp(text: string): FormHelp | undefined {
  const said = normalize(text);
  const purpose = PURPOSES.find(([, words]) => words.test(said))?.[0];
  if (purpose) return purpose;
  return DOUBT.test(said) || text.trim().endsWith('?') ? 'general' : undefined;
}

/**
 * Whether the form question reads the message itself, before any aside: what the act is for (« which one for school? »,
 * « c'est pour l'inscription à l'école ») or a doubt, unless hours or contacts are asked (« le numéro de l'école ? »).
 */
export const asksFormHelp = (text: string, wantsInfo: boolean): boolean => {
  const said = normalize(text);
  return !wantsInfo && (PURPOSES.some(([, words]) => words.test(said)) || DOUBT.test(said));
};

/** Whether the answer is a doubt or a question (then the help comes before any form named in it: « extrait c'est quoi ? »). */
export const doubts = (text: string): boolean => DOUBT.test(normalize(text)) || text.trim().endsWith('?');

/** « un extrait », « extrait svp », « an extract »: one of the two extracts, without saying which. */
export const saysExtractOnly = (text: string): boolean => /\b(?:extraits?|extract)\b/.test(normalize(text)) && !/\b(?:avec|sans|with|without)\b/.test(normalize(text));
