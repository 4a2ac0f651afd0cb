/**
 * A message that only thanks or takes leave (« merci », « ok merci c'est tout », « au revoir »,
 * « non merci, bonne journée », « no thanks, that's all »): answered politely, not with « je n'ai pas compris » and the menu.
 */
import { normalize } from '../domain/text';

const WORD =
  /^(?:ok|okay|oki|d accord|dac|super|parfait|top|genial|tres bien|nickel|cool|non|nan|rien|rien d autre|c est tout|c tout|c est bon|c bon|c ok|c est ok|c est parfait|c parfait|ca ira|ca va aller|ca sera tout|ce sera tout|non merci|merci|mrc|mci|merci beaucoup|merci bcp|merci infiniment|mille mercis|merci pour (?:votre|ton|l|cette) (?:aide|reponse|info|infos|information)|merci bien|je vous remercie|au revoir|aurevoir|a bientot|a plus|bonne journee|bonne soiree|bonne fin de journee|bonne nuit|bon week end|bon weekend|bye|bye bye|thanks|thank you|thx|goodbye|have a nice day|that s all|madame|monsieur|encore|pour tout|a vous aussi|vous aussi|no|nope|no thanks|no thank you|great|fine|alright|all right|nothing else|that s all|that is all|that s it|that will be all|all good|i m good|i am good|i m fine|i m done|cheers|see you|have a good day|good day|you too|for your help|very much|so much|for everything|(?:vous etes|t es|tu es|c est|c etait|you re|you are|that s|that was) (?:vraiment |tres |trop |so |very |really )?(?:super|genial|geniale|top|gentil|gentille|adorable|formidable|parfait|parfaite|sympa|aimable|efficace|utile|great|awesome|helpful|kind|perfect|the best)|vous m avez (?:bien |beaucoup )?aide|ca m aide (?:bien|beaucoup)|trop bien|you ve been (?:very |so |really )?helpful)$/;

/** A message of emoji only: 🙏 thanks, 👍 👌 ✅ heard (skin tones and joiners aside); any other is neither. */
const ONLY_EMOJI = /^[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}]+$/u;
function emojiSays(text: string): 'thanks' | 'ack' | undefined {
  if (!ONLY_EMOJI.test(text)) return undefined;
  return /🙏/u.test(text) ? 'thanks' : /👍|👌|🆗|✅|✔/u.test(text) ? 'ack' : undefined;
}

/** Split on commas and the little words between closings, every part a closing, at least one thanks or goodbye. */
export function isClosing(text: string | undefined): boolean {
  if (!text) return false;
  if (emojiSays(text) === 'thanks') return true;
  const said = normalize(text).replace(/[.,!]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!said || said.length > 80) return false;
  if (!/\b(?:merci|mrc|mci|remercie|revoir|aurevoir|bientot|bonne|bon week|bye|thanks|thank|thx|goodbye|nice day|c est tout|c tout|ca ira|ca sera tout|ce sera tout|rien d autre|nothing else|that s all|that is all|that s it|that will be all|cheers|see you|good day|i m good|i am good|i m done)\b/.test(said)) return false;
  return coveredBy(said.split(' '));
}

/** Every word belongs to a closing phrase (the longest first). */
function coveredBy(words: string[]): boolean {
  if (words.length === 0) return true;
  for (let n = Math.min(6, words.length); n > 0; n--) if (WORD.test(words.slice(0, n).join(' ')) && coveredBy(words.slice(n))) return true;
  return false;
}

/**
 * Heard, nothing asked: « ok », « d'accord », and as they are said after an answer, with a little word before or after
 * (« bon ok », « ah d'accord », « ok ça marche », « ok c'est noté », « bon tant pis »).
 */
const ACK_WORD = '(?:ok|okay|oki|okk|d accord|dac|ca marche|ca roule|entendu|tres bien|parfait|super|cool|top|nickel|compris|c est compris|bien compris|note|c est note|c note|bien note|bien recu|recu|je vois|tant pis|pas grave|c est pas grave|dommage)';
const ACK = new RegExp(`^(?:(?:bon|ah|oh|bah|ben|bon ben|bon bah|ah bah|alors|euh|ok) )?${ACK_WORD}(?: (?:ok|d accord|alors|donc|${ACK_WORD}))?$`);
const GOODBYE = /\b(?:revoir|aurevoir|bientot|bonne|bon week|bye|goodbye|nice day|c est tout|c tout|ca ira|ca sera tout|ce sera tout|rien d autre|that s all|that is all|that s it|that will be all|nothing else|see you|good day)\b/;

/**
 * A closing said at a task's question: 'thanks' (« merci », « ok merci »), 'goodbye' (« au revoir »,
 * « merci c'est tout »), 'ack' (« ok », « d'accord »: heard, the answer still to come). A closing that begins with « non » (« non merci ») is the question's own
 * answer (« none » where a field may stay empty): undefined, as for anything else.
 */
export function closingAtQuestion(text: string | undefined): 'thanks' | 'goodbye' | 'ack' | undefined {
  const said = normalize(text ?? '').replace(/[.,!]/g, ' ').replace(/\s+/g, ' ').trim();
  // « ok », « d'accord », « 👍 » alone: the question heard, its answer still to come.
  if (ACK.test(said)) return 'ack';
  const emoji = emojiSays(text ?? '');
  if (emoji) return emoji;
  if (!isClosing(text)) return undefined;
  if (/^(?:non|nan|no)\b/.test(said)) return undefined;
  return GOODBYE.test(said) ? 'goodbye' : 'thanks';
}

const THANKS = /\b(?:merci|mrc|mci|remercie|thanks|thank|thx|cheers)\b/;

/** What a closing says: thanks (« merci »), leave taken (« au revoir », « bonne journée »), or both (« merci, au revoir »). */
export function closingSays(text: string | undefined): { thanks: boolean; goodbye: boolean } {
  const said = normalize(text ?? '').replace(/[.,!]/g, ' ').replace(/\s+/g, ' ').trim();
  return { thanks: THANKS.test(said), goodbye: GOODBYE.test(said) };
}
