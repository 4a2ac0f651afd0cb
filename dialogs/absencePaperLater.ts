/**
 * « hugo sera malade le 17, je vous envoie le certificat plus tard »: read as a paper to send (upload_document), it answered
 * « vous ne pouvez pas joindre de fichier ici » by SMS (333 characters, 3 segments) and the absence was lost. An absence
 * said with its paper promised for later is the absence first: the absence dialog records it and reads the certificate
 * promised from the same words (absenceCertificate.ts).
 */
import { normalize } from '../src/domain/text';
import { saysLater } from './clearStop';

/** The child away said (an illness, « absent », « ira pas »), not the paper's own words (« certificat médical »). */
const AWAY = /\b(?:malade|maladie|fievre|grippe|gastro|rhume|varicelle|absente?s?|(?:n )?ira pas|(?:ne )?viendra pas|sera pas la)\b/;

export function absencePaperLater(text: string): boolean {
  const said = normalize(text);
  return AWAY.test(said) && saysLater(said);
}
