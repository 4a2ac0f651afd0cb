/**
 * What an activity is, asked (« c koi l'étude surveillée », « c'est quoi l'accueil de loisirs ? », « what is the after school club? »): a
 * question on the service, read as help (what the commune offers), never a booking to make nor the bookings to see. Nothing else is
 * said: « c quoi les jours où il a étude » asks the bookings. Works on prepare()d text, politeness removed.
 */

const LEAD = '(?:(?:et|mais|euh|ok|alors|du coup|sinon|pardon|bonjour|bonsoir|salut|bjr|slt|excusez moi|hello|hi) ,? )*';
const WHAT = '(?:c est quoi|cest quoi|c quoi|c koi|ces quoi|c est koi|qu est ce que c est|qu est ce que|qu est ce qu|ca veut dire quoi|que veut dire|ca consiste en quoi|what is|what s|whats)';
const WHAT_AFTER = '(?:c est quoi|cest quoi|c quoi|c koi|ca veut dire quoi|c est quoi exactement|ca consiste en quoi|consiste en quoi)';
const DET = '(?:(?:exactement|au juste|donc) )?(?:(?:le|la|les|l|un|une|the|a|an) )?';
/** The activity, with its usual words after it (« étude surveillée », « accueil de loisirs », « garderie du soir »). */
const ACTIVITY = '(?:etude(?: surveillee| dirigee)?|garderie(?: (?:du )?(?:matin|soir))?|accueil (?:de loisirs|periscolaire|du matin|du soir)|centre (?:de loisirs|aere)|alsh|periscolaire|pause meridienne|after ?school club|holiday club|breakfast club)';
const TAIL = '(?: (?:exactement|au juste|svp|stp|s il vous plait|merci|please))*(?: \\?)?';

const MEANING = new RegExp(`^${LEAD}(?:${WHAT} ${DET}${ACTIVITY}|${DET}${ACTIVITY} ${WHAT_AFTER})${TAIL}$`);

export const asksWhatActivityIs = (said: string): boolean => MEANING.test(said.replace(/[!.]+/g, ' ').replace(/\s+/g, ' ').trim());
