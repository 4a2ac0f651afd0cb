/**
 * A message that only insults or runs down the assistant (« t'es vraiment nul connard », « t nul », « bot de merde »,
 * « tu sers à rien »): every word an insult or a word around one, at least one insult. A request that swears
 * (« merde j'ai oublié la cantine ») is not one: its other words are read as usual.
 */
import { normalize } from '../domain/text';

const INSULT =
  /^(?:nul|nulle|nuls|nulles|naze|nase|nazes|pourri|pourrie|pourris|merdique|merde|de merde|a chier|connard|connards|connasse|con|conne|cons|debile|debiles|idiot|idiote|idiots|cretin|cretine|abruti|abrutie|stupide|imbecile|inutile|inutiles|incompetent|incompetente|bouffon|bouffonne|enfoire|encule|batard|salope|salaud|pute|fdp|ntm|tg|ta gueule|ferme ta gueule|ferme la|bon a rien|sers a rien|sert a rien|servez a rien|servent a rien|ca sert a rien|tu sers a rien|vous servez a rien|tu comprends rien|comprends rien|comprend rien|vous comprenez rien|tu comprends que dalle|stupid|useless|idiot bot|dumb|you suck|it sucks|sucks|shit|crap|fuck|fucking|fuck you|moron)$/;
const AROUND =
  /^(?:t|t es|tes|te|tu|tu es|vous|vous etes|es|est|c est|cest|c|ce|cet|cette|le|la|les|un|une|des|de|du|espece de|espece d|sale|gros|grosse|pauvre|quel|quelle|vraiment|trop|tellement|completement|totalement|grave|super|tres|franchement|mais|ptn|putain|bordel|bot|robot|chatbot|assistant|assistante|machine|truc|programme|appli|application|site|service|toi|et|ou|ca|vraiment trop|trop trop|you|you re|your|are|is|this|a|so|really|what|bot is|ai|ia|encore|toujours|hein|quoi|ou quoi|lol|mdr|grr|pff|pfff|rah|ah|oh)$/;

/**
 * Every word from `at` on belongs to an insult or a word around one (the longest phrase first); `found`: an insult
 * before. Each (position, found) is worked out once: « tu es tu es tu es… » splits in many ways.
 */
function covered(words: string[], at: number, found: boolean, seen = new Map<string, boolean>()): boolean {
  if (at === words.length) return found;
  const key = `${at}:${found}`;
  const known = seen.get(key);
  if (known !== undefined) return known;
  let result = false;
  for (let n = Math.min(5, words.length - at); n > 0 && !result; n--) {
    const phrase = words.slice(at, at + n).join(' ');
    result = (INSULT.test(phrase) && covered(words, at + n, true, seen)) || (AROUND.test(phrase) && covered(words, at + n, found, seen));
  }
  seen.set(key, result);
  return result;
}

export function isInsult(text: string | undefined): boolean {
  const said = normalize(text ?? '').replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!said || said.length > 100) return false;
  return covered(said.split(' '), 0, false);
}
