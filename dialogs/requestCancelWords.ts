/**
 * « je veux annuler ma demande », « retirer ma demande d'acte »: a request (a démarche) to cancel, not « annuler »
 * what is under way. At the menu or as the first message, the request is followed and who can cancel it is said
 * (followRequestDialog.ts); inside a task, « annuler » still stops the task.
 */
import { normalize } from '../src/domain/text';

const CANCELS_A_REQUEST = /\b(?:annul|retir|supprim)\w* (?:ma|la|une|mon|cette|notre) (?:demande|demarche|dossier)\b/;

export const cancelsARequest = (text: string | undefined): boolean => CANCELS_A_REQUEST.test(normalize(text ?? ''));
