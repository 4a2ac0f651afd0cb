/**
 * « c'est moi », « à mon nom », « le mien », « to me », « my name » where a name is asked for someone who may be the
 * resident (the name on an act's envelope): the resident's own name meant, never a name typed (« C'est Moi »); « c moi sa mère »,
 * « moi, le papa »: the same, the relation said beside it.
 */
import { fold } from './yesNo';

const OWN =
  /^(?:(?:ben|bah|euh|oui|ok|bon|alors|eh bien|well|yes|oh) )*(?:(?:c est|c|cest|ce sera|ca sera|ce serait|c sera|a|au|pour|envoyez le|envoyez la|envoyer|envoie le|envoie la|a l ordre de|sous|it s|its|it is|to|in|under|for|send it to) )*(?:moi(?: meme)?|mon nom|mon propre nom|mes nom et prenom|mon nom et (?:mon )?prenom|mon prenom et (?:mon )?nom|le mien|la mienne|me|myself|my name|my own name|mine)(?: (?:sa|son|la|le|his|her|the) (?:mere|pere|maman|papa|fille|fils|soeur|frere|femme|mari|epouse|epoux|conjointe?|tutrice|tuteur|mother|father|mum|mom|dad|daughter|son|wife|husband))?(?: (?:svp|stp|s il vous plait|merci|please|thanks|thank you|a moi|meme|aussi|too))*$/;

export const saysOwnName = (text: string): boolean => OWN.test(fold(text));
