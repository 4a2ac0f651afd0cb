/** « Où en est ma demande CSP-2026-000123 ? », « mes demandes ». */
import { prepare } from './frenchText';

const FOLLOW = /\b(?:ou en est|ou en sont|suivre|suivi|avancement|etat|statut) (?:de )?(?:ma|mes|la|les|mon|notre) (?:demande|demandes|dossier|demarche|demarches)\b|\b[a-z]{3}[\s-]+20\d\d[\s-]+\d{1,6}\b/;
const MINE = /^(?:(?:voir|consulter|afficher|suivre) )?(?:mes|nos) (?:demandes|demarches)(?: en cours)?$/;

export function asksToFollowRequest(text: string): boolean {
  return FOLLOW.test(prepare(text));
}

export function asksForMyRequests(text: string): boolean {
  return MINE.test(prepare(text).replace(/\b(?:svp|stp|merci|bonjour|je voudrais|je veux)\b/g, ' ').replace(/[?!,]/g, ' ').replace(/\s+/g, ' ').trim());
}
