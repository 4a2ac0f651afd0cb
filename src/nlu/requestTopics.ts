/** « Où en est ma demande CSP-2026-000123 ? », « mes demandes », « j'ai perdu ma référence ». */
import { prepare } from './frenchText';

const FOLLOW = /\b(?:ou en est|ou en sont|suivre|suivi|avancement|etat|statut) (?:de )?(?:ma|mes|la|les|mon|notre) (?:demande|demandes|dossier|demarche|demarches)\b|\b[a-z]{3}[\s-]+20\d\d[\s-]+\d{1,6}\b/;
const MINE = /^(?:(?:voir|consulter|afficher|suivre) )?(?:mes|nos) (?:demandes|demarches)(?: en cours)?$|^(?:(?:see|show|view|check)(?: me)? )?(?:my|our) (?:requests|applications)$/;

/** Said the other way round: « ma demande en est où ? », « où en est-elle, ma demande ? », « des nouvelles de ma demande ». */
const FOLLOW_AFTER = /\b(?:ma|mes|notre|nos) (?:demande|demandes|demarche|demarches)(?: (?:numero |n )?\d{1,6})?(?: alors)?(?: (?:elle|elles))? (?:en est|en sont|avance|avancent|ca avance|ca en est)\b|\bca avance (?:ma|mes|notre|nos) (?:demande|demandes|demarche|demarches)\b|\bou en (?:est|sont) (?:elle|elles) (?:, )?(?:ma|mes|notre|nos) (?:demande|demandes|demarche|demarches)\b|\bdes nouvelles (?:de|d) (?:ma|mes|notre|nos) (?:demande|demandes|demarche|demarches)\b|\b(?:recu|recus|confirmation|accuse de reception) (?:de|d) (?:ma|mes|notre|nos) (?:demande|demandes|demarche|demarches)\b/;

/** « elle en est où ma demande », and in few words « alors ma demande ? », « et ma démarche ? ». */
const FOLLOW_SHORT = /\b(?:elle|elles) en (?:est|sont)(?: ou)? (?:ma|mes|notre|nos) (?:demande|demandes|demarche|demarches)\b|^(?:(?:et|alors|bon|ben|bah|du coup) )+(?:ma|mes|notre|nos) (?:demande|demandes|demarche|demarches)(?: alors)?$|^(?:ma|notre) (?:demande|demarche) alors$/;

/** In English: « where is my request? », « what is the status of my application », « track my request ». */
const FOLLOW_ENGLISH = /\b(?:where is|where s|status of|track|follow(?: up)?|follow up on|update on|news (?:on|about)|what about|what happened (?:to|with)) (?:my|our|the) (?:requests?|applications?)\b|\b(?:my|our) (?:request|application) status\b/;

export function asksToFollowRequest(text: string): boolean {
  const said = prepare(text);
  return FOLLOW.test(said) || FOLLOW_AFTER.test(said) || FOLLOW_ENGLISH.test(said) || FOLLOW_SHORT.test(said.replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim());
}

export function asksForMyRequests(text: string): boolean {
  return MINE.test(prepare(text).replace(/\b(?:svp|stp|merci|bonjour|je voudrais|je veux)\b/g, ' ').replace(/[?!,]/g, ' ').replace(/\s+/g, ' ').trim());
}

/** A request's number: « référence », « numéro de (ma) demande / dossier ». */
const REFERENCE = '(?:references?|numeros? (?:de |d )(?:ma |mes |la |les |notre )?(?:demandes?|dossiers?|demarches?))';
const LOST = new RegExp(
  `\\b(?:perdu|perdue|oublie|oubliee|egare|egaree|retrouve|retrouver|retrouvez|redonner|renvoyer|n ai plus|pas garde|efface)\\b(?: \\w+){0,3} (?:ma |mes |la |les |le |mon |notre )?${REFERENCE}\\b|\\b${REFERENCE} (?:perdue?s?|oubliee?s?|egaree?s?)\\b|\\b(?:lost|forgot|forgotten) (?:my |the )?(?:request )?(?:references?|numbers?)\\b`,
);

/** « J'ai perdu ma référence », « je ne retrouve plus le numéro de ma demande », « référence oubliée ». */
export function asksForLostReference(text: string): boolean {
  return LOST.test(prepare(text));
}

/** At « quel est le numéro de votre demande ? »: « je l'ai pas », « je sais pas », « jsp la ref », « je trouve pas le numéro », « non », « I don't have it »: the reference is not at hand. */
const NO_REFERENCE = /^(?:(?:non|nan|no|bah|ben|euh|ah)\s?,?\s?)*(?:je (?:ne )?l ai (?:pas|plus)|j l ai (?:pas|plus)|je (?:ne )?(?:le |la )?(?:sais|connais|trouve|retrouve|vois) (?:pas|plus)|(?:je |j )?(?:sais|connais|trouve|retrouve) (?:pas|plus)|ch(?:e|ai|ais) ?pas|aucune idee|(?:je (?:ne )?m en )?(?:souviens|rappelle) (?:pas|plus)|i (?:don t|do not) (?:know|have|remember)(?: it)?|i can t find it|no idea)?(?: (?:le|la|l|mon|ma|ce|cette|son|sa|de|du|d) ?(?:numero|num|reference|ref|n°|dossier|demande))?$/;

/** At the same question: « perdu », « j'ai perdu le numéro », « je l'ai oublié », « jl ai effacé »: the reference said lost without its name. */
const LOST_HERE = /^(?:(?:non|nan|bah|ben|euh|ah|helas|dsl|desole|desolee)\s?,?\s?)*(?:(?:j|je|jl|on) (?:l )?(?:ai |a )?)?(?:perdu|perdue|oublie|oubliee|egare|egaree|efface|effacee|supprime|supprimee|jete|jetee)(?: (?:le|la|l|mon|ma|ce|cette|son|sa) ?(?:numero|num|reference|ref|mail|email|e mail|message|sms|courriel|papier|recu))?$/;

export function lacksReference(text: string): boolean {
  const said = prepare(text).replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim();
  return said !== '' && (NO_REFERENCE.test(said) || LOST_HERE.test(said) || /^(?:i (?:have )?)?(?:lost|forgot|forgotten)(?: it| my (?:reference|number))?$/.test(said));
}
