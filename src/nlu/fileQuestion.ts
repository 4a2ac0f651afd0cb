/**
 * A question about the file awaited, asked where it is awaited (« c'est quoi les formats acceptés ? », « je peux envoyer une
 * photo ? », « ça doit faire quelle taille ? », « il est où le trombone ? », « comment je joins le fichier ? »): the rules
 * and how to attach are its answer, never « je n'ai pas reçu de fichier ». Works on any text (folded here).
 */
import { fold } from './yesNo';

/** What the file may be: its format, a photo or a scan, its size. */
const RULES = /\b(?:formats?|type de fichier|types de fichiers?|extensions?|pdf|jpe?g|png|word|docx?|photos?|scan|scanner|scanne|capture d ecran|taille|poids|lourd|mo|mega|megas|limite)\b/;
/** Said as a question (a question mark, or a question's words). */
const ASKED = /\b(?:quel|quels|quelle|quelles|c est quoi|c quoi|est ce que|est ce qu|je peux|on peut|peut on|ca marche|ca va|ca passe|accepte|acceptez|acceptes|possible|autorise|maximum|max|combien|what|which|can i|is it ok)\b/;
/** How to attach it: the paperclip, attaching (« comment je joins ? », « c'est où le trombone »). */
const HOW = /\b(?:trombone|paperclip|piece jointe|comment (?:je |on |est ce que je |faire pour |fait on pour )?(?:joins|joindre|envoie|envoyer|mets|mettre|ajoute|ajouter|attache|attacher|fais|fait on)|ou (?:est|se trouve|il est|c est) le trombone|how (?:do|can) i (?:attach|send|upload))\b/;

export function asksAboutFile(text: string): boolean {
  const said = fold(text);
  if (!said) return false;
  return HOW.test(said) || (RULES.test(said) && (text.includes('?') || ASKED.test(said)));
}
