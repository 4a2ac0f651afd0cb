/**
 * In an absence, the service only to be told (« merci de prévenir la cantine », « merci de le noter pour la cantine »,
 * « de transmettre l'information à la cantine et à la garderie »): the child misses the whole day, not that activity alone.
 * understand.ts asks detectActivity again with those words set aside; what the absence names otherwise (« il ne mangera pas
 * à la cantine le 3 ») stays. Works on prepare()d text.
 */
import type { ActivityCode } from '../domain/types';
import { detectActivity } from './activities';

/** Telling a service: « prévenir la cantine », « le noter pour la cantine », « transmettre (l'information) à la cantine et à la garderie ». */
const SERVICE_TOLD = /\b(?:prevenir|previent|prevenez|informer|informez|avertir|avertissez|transmettre|transmettez|faire suivre|faites suivre|signaler|signalez|noter|notez|le dire|dire)(?: (?:le|la|l|les|cette|l information|l info|le message|ce message|egalement|aussi|bien|svp|stp))*(?: (?:a|au|aux|pour|aupres de|aupres du|aupres des))? (?:(?:la|le|l|les) )?(?:service (?:de )?)?(?:cantine|garderie|periscolaire|restauration scolaire|accueil(?: du)? (?:soir|matin)|etude)(?:(?: ,| et)(?: (?:a|au|pour))? (?:(?:la|le|l|les) )?(?:cantine|garderie|periscolaire|accueil(?: du)? (?:soir|matin)|etude))*\b/g;

/** The activity of an absence, the services only told set aside (null when nothing else names one). */
export function absenceActivity(activity: ActivityCode | null, prepared: string): ActivityCode | null {
  if (activity === null || !SERVICE_TOLD.test(prepared)) return activity;
  SERVICE_TOLD.lastIndex = 0;
  return detectActivity(prepared.replace(SERVICE_TOLD, (w) => ' '.repeat(w.length)));
}
