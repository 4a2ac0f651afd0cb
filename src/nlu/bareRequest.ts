/**
 * A booking told as a bare list of who, what and when, a question mark of politeness after it, as residents with little French write
 * (« Hola, mi hija Valentina, centre mercredi 28 abril? Gracias », « Bonjour, fils Bilal, cantine lundi 3 mai ? Merci »): a request,
 * not a question about what is booked, which says so with a word of its own (« réservé oui ou non ? », « c'est bon ? », « elle a
 * cantine ? », « verif centre février 3 »). Every word is a greeting, thanks, a word of the child, of an activity or of days, or a
 * name; none asks anything. Works on prepare()d text.
 */

/** Greetings, thanks and politeness, in the languages residents mix in (« hola », « gracias », « obrigado », « choukran »). */
const POLITE = /^(?:bonjour|bonsoir|salut|slt|bjr|cc|coucou|hello|hi|hey|hola|buenos|buenas|dias|tardes|oi|ola|bom|boa|dia|tarde|salam|salaam|merhaba|ciao|buongiorno|merci|thanks|thank|you|gracias|obrigado|obrigada|choukran|shukran|chokran|grazie|tesekkurler|beaucoup|svp|stp|please|pls|s|il|vous|plait|por|favor|per|favore)$/;
/** Words of the child: « mi hija », « ma fille », « fils », « my son », « meu filho »; and those a first name follows (« pour », « fils »). */
const CHILD = /^(?:mi|mis|ma|mon|mes|my|meu|minha|meus|minhas|y|et|and|e)$/;
const BEFORE_NAME = /^(?:pour|pr|for|para|fils|fille|filles|enfants?|hija|hijo|hijas|hijos|son|daughter|kids?|child|children|filho|filha|filhos|filhas|garcon|oglum|kizim|y|et|and|e)$/;
/** The activity: « centre », « cantine », « garderie du soir », « étude » (not « a »: « Maya a la cantine le 3 ? » asks what she has). */
const ACTIVITY = /^(?:cantine|garderie|etude|centre|loisirs|aere|accueil|periscolaire|repas|matin|soir|du|de|la|le|l|au|canteen|lunch|club|wednesday|morning|evening)$/;
/** Days: « mercredi 28 avril », « jeudi », « demain », numbers. */
const DAY = /^(?:\d+|1er|(?:lun|mar|mercre|jeu|vendre|same)dis?|dimanches?|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|demain|apres|prochaine?|semaine|et|le|les|du|au|monday|tuesday|thursday|friday|tomorrow|next|week)$/;

/** Whether the message is only who, what and when, and names an activity and a day; a first name only after a word of the child. */
export function bareRequest(prepared: string): boolean {
  const words = prepared.replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter(Boolean);
  let activity = false;
  let day = false;
  let nameMayFollow = false;
  for (const word of words) {
    if (/^(?:cantine|garderie|etude|centre|accueil|canteen|club)$/.test(word)) activity = true;
    if (/\d|di$|dis$|^demain$|day$|^tomorrow$/.test(word)) day = true;
    const known = POLITE.test(word) || CHILD.test(word) || BEFORE_NAME.test(word) || ACTIVITY.test(word) || DAY.test(word);
    // A first name (« valentina ») only after a word of the child (« mi hija Valentina », « pour Léa »): any other word says something.
    if (!known && !nameMayFollow) return false;
    nameMayFollow = BEFORE_NAME.test(word);
  }
  return activity && day;
}
