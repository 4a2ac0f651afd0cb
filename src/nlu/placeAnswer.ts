/**
 * Whether an answer to « Dans quelle commune a eu lieu la naissance ? » cannot be a place: a yes
 * or a no, an e-mail address, a date, a sentence. Such an answer is asked again with an example,
 * instead of being sent to « that other commune's mairie ».
 */
import { normalize } from '../domain/text';
import { saysOnlyADate } from './choice';
import { namesADay } from './pastDay';
import { prepare } from './frenchText';
import type { Relation } from '../domain/civilActs';
import { COUNTRIES, readActDetails } from './upfrontDetails';
import { fold, recognizeYesNo } from './yesNo';

/** Longer than the longest commune names (« Saint-Germain-en-Laye », « Le Mesnil-le-Roi ») in words. */
const MAX_PLACE_WORDS = 6;

const ACT_WORDS = /\b(?:copie|integrale?|extrait|filiation|acte|full copy|extract|certificat\w*|parentage)\b/;
const NOT_THE_RIGHT = /\bpas (?:la bonne|le bon|ma|mon|notre|la|le) (?:commune|ville|endroit|lieu)\b|\b(?:commune|ville) (?:n est |est )?pas la bonne\b|\b(?:wrong|not the right) (?:town|city|place)\b/;
/** « copie intégrale », « full copy », « un extrait »: the act's own words, never a town nor a name. */
export const saysActWords = (text: string): boolean => ACT_WORDS.test(fold(text));

/**
 * Words no commune's name is made of (« à mon nom », « pour moi », « je m'appelle Karim », « à l'hôpital », « par courrier »):
 * whose the act is, who asks, how to send it, never where. (« Son » alone is a commune, « Saint-Nom-la-Bretèche » has « nom » after
 * its first word: a possessive counts before another word, a name's word at the start.)
 */
const NOT_A_PLACE = new RegExp(
  [
    String.raw`^(?:(?:au|a|pour|de|du|chez|c est|sur) )*(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs) \w`,
    String.raw`^(?:(?:au|a|le|du|en|par|sur|sous) )*(?:nom|noms|prenom|prenoms|name)\b`,
    String.raw`^(?:(?:pour|chez|a|de|c est|c est pour) )*(?:moi|toi|lui|eux|nous|vous)(?: meme)?$`,
    String.raw`^(?:le|la|les) (?:mien|mienne|miens|miennes|sien|sienne|siens|siennes|tien|tienne)$`,
    String.raw`(?:^| )(?:je|j|tu)(?: |$)`,
    String.raw`^(?:(?:a|au|en|dans|par|chez|le|la|l|les|un|une|c est) )*(?:maison|hopital|maternite|clinique|domicile|mairie|courrier|mail|e mail|poste|urgent|urgence|idem|pareil)$`,
  ].join('|'),
);

export function cannotBeAPlace(text: string): boolean {
  const said = fold(text);
  if (!said || text.includes('@')) return true;
  // One letter: never a yes/no at this question; « Y » (Somme) is the one commune named by a single letter.
  if (said.length === 1) return said !== 'y';
  const yesNo = recognizeYesNo(text);
  if (yesNo && !yesNo.rest) return true;
  // « 10/09/2010 », « June 12 2015 »: a day, never a place.
  if (saysOnlyADate(said) || namesADay(text)) return true;
  // Digits alone, but a postal code (5 digits) may name the commune.
  if (/^[\d\s/.-]+$/.test(text.trim()) && !/^\d{5}$/.test(text.trim())) return true;
  // « copie intégrale », « full copy », « un extrait » typed at the place: the act's words, never a town.
  if (ACT_WORDS.test(said)) return true;
  // « pas la bonne ville », « c'est pas ma commune »: a town said wrong, never a town's name.
  if (NOT_THE_RIGHT.test(said)) return true;
  // « à mon nom », « pour moi », « à la maison »: not a place's words.
  if (NOT_A_PLACE.test(said)) return true;
  return said.split(' ').length > MAX_PLACE_WORDS;
}

/** Words said before a place's name that are not part of it (« ouais carrières », « euh à Poissy », « c'est Poissy », « ah non pardon il est né à Carrières », « here in Carrières »). */
const BEFORE_PLACE =
  /^(?:(?:ouais|ouai|oui|ok|euh+|ben|bah|alors|bon|ah|oh|non|nan|pardon|désolée?|desolee?|en fait|enfin|plutôt|plutot|c est|c était|c etait|c|ce sera|il est|elle est|il était|elle était|il etait|elle etait|né|née|ne|nee|on s est|nous nous sommes|nous sommes|on est|mariée?s?|mariee?s?|décédée?|decedee?|mort|morte|au|dans|sur|ici|yes|yeah|yep|no|sorry|actually|it s|it is|it was|in|at|here|right here|he was|she was|i was|we were|we got|got|married|born|died|passed away|took place|it took place|born in|was born in)[\s,.:!]+)+/i;

/**
 * The place without « à » before it (« à Poissy », « a poissy », « A poissy »). A capital A before a capitalised word
 * (« A Coruña », « A Estrada ») is the name's own first word, kept: a one-letter word is part of a name as any other.
 */
export function withoutPreposition(text: string): string {
  const said = /^(à|a)[\s,.:!]+(?=(\S))/iu.exec(text);
  if (!said || (said[1] === 'A' && /\p{Lu}/u.test(said[2] ?? ''))) return text;
  return text.slice(said[0].length);
}

/** Words said after a place's name that are not part of it (« à Carrières en fait », « ici svp », « Poissy merci », « Poissy je crois », the department « Carrières-sur-Seine, 78 »). */
const AFTER_PLACE = /(?:[\s,.!]+(?:\(?(?:\d{2}|2[ab])\)?|en fait|plut[ôo]t|pardon|d[ée]sol[ée]e?|svp|stp|slp|s il (?:vous|te) pla[iî]t|merci(?: beaucoup| bien)?|je (?:crois|pense)|normalement|voil[àa]|please|thanks|thank you|i think))+[\s.!?]*$/iu;

/** The place's name in an answer: the text without the words said before and after it (« à » once, as withoutPreposition reads it). */
export const placeName = (text: string): string => {
  const typed = text.trim().replace(/['’]/g, ' ');
  return withoutPreposition(typed.replace(AFTER_PLACE, '').replace(BEFORE_PLACE, '')).trim() || text.trim();
};

/**
 * A first message that only says where the resident is (« mairie de Poissy », « ville de Triel »,
 * « j'habite à Triel-sur-Seine », « bonjour, commune de Médan »): nothing else is asked in it.
 */
const PLACE_LEAD = String.raw`(?:(?:bonjour|bonsoir|bjr|salut|hello)[\s,!.]+)?(?:(?:la |l )?(?:mairie|ville|commune)(?: de| d| du)?|j habite(?: a| au| en| sur)?|je suis(?: a| de| au)|je vis(?: a| au| en))`;
const ONLY_A_PLACE = new RegExp(String.raw`^${PLACE_LEAD}\s+[a-z][a-z -]{1,40}$`);
export const onlyNamesAPlace = (text: string): boolean => ONLY_A_PLACE.test(fold(text).replace(/[’']/g, ' ').replace(/\s+/g, ' ').trim());
/** Only the words said before a place (« j'habite à », « mairie de »), once the place's name is taken out: nothing asked besides. */
const LEAD_ONLY = new RegExp(String.raw`^${PLACE_LEAD}$`);
export const onlyAPlaceLead = (text: string): boolean => LEAD_ONLY.test(fold(text).replace(/[’']/g, ' ').replace(/[\s?!.]+$/, '').replace(/\s+/g, ' ').trim());

/** « il est né à », « elle est née à », « je suis né au », « née à »: said before the place of a birth (or a marriage, a death). */
const EVENT_LEAD = /^(?:(?:il|elle|ils|elles|je|j|on|nous|lui|mon\s+\S+|ma\s+\S+|mes\s+\S+)\s+)?(?:(?:est|suis|s\s?est|se\s+sont|nous\s+sommes|sommes|sont|etait|était)\s+)?(?:n[ée]e?s?|mari[ée]e?s?|d[ée]c[ée]d[ée]e?s?|morte?s?)\s+(?:à|a|au|aux|en)\s+/iu;
/** A country after the place (« à Casablanca au Maroc ») or alone (« au Maroc », « à l'étranger »). */
const ABROAD = new RegExp(`(?:^|\\b(?:a l|au|aux|en|a))\\s*(?:${COUNTRIES.join('|')})$`);

/** The answer without « il est né à » before the place (« il est né à L'Isle-Adam » → « L'Isle-Adam »), as typed. */
export const withoutEventLead = (text: string): string => text.trim().replace(EVENT_LEAD, '').trim() || text.trim();

/**
 * An answer to a place question said in a sentence (« il est né à Poissy », « elle est née à Casablanca au Maroc »,
 * « à l'étranger »): the place's words alone, and whether a country names it abroad.
 */
export function readPlaceSentence(text: string): { place: string; abroad: boolean } {
  const typed = text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const place = placeName(withoutEventLead(typed));
  return { place, abroad: ABROAD.test(normalize(typed).replace(/[.,!]/g, ' ').replace(/\s+/g, ' ').trim()) };
}

/** Words around a place said again at a read-back (« non », « en fait », « pardon », « pas à Carrières »): not the place. */
const BEFORE_RESTATED = /^(?:(?:non|nan|ah|oh|euh+|pardon|oups|d[ée]sol[ée]e?|en fait|enfin|finalement|plut[ôo]t|attends?|attendez|erreur|je me suis tromp[ée]e?)[\s,.!:…]+)+/iu;
const AFTER_RESTATED = /(?:[\s,]+(?:en fait|plut[ôo]t|pardon|d[ée]sol[ée]e?|finalement|(?:et )?(?:pas|non) (?:à|a|au|en)\s.*))+[\s.!…]*$/iu;
/** « en novembre »: a month, never a place. */
const MONTH = /^(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b/;
const SAID_AT = /^c(?:['’ ]?est|['’ ]?[ée]tait|etait)\s+(?:à|a|au)\s+\S/iu;

/**
 * The event's place said again in a sentence at a read-back (« elle est décédée à Poissy en fait », « non c'était à
 * Poissy »): the sentence without the words around it, to read as the place question's answer; undefined when the
 * message says no place (« elle est décédée en novembre », « oui »).
 */
export function restatedPlace(text: string): string | undefined {
  const said = text.trim().replace(/[.!…]+$/, '').replace(BEFORE_RESTATED, '').replace(AFTER_RESTATED, '').trim();
  if (!EVENT_LEAD.test(said) && !SAID_AT.test(said)) return undefined;
  const place = placeName(withoutEventLead(said.replace(/^c(?:['’ ]?est|['’ ]?[ée]tait|etait)\s+/iu, '')));
  return place && !cannotBeAPlace(place) && !/\d/.test(place) && !MONTH.test(fold(place)) ? said : undefined;
}

/** « je comprends pas », « j'ai pas compris », « quoi ? », « hein ? », « c'est-à-dire ? », « c'est quoi ? »: the question itself not understood. */
const NOT_UNDERSTOOD = /^(?:(?:euh|hein|pardon|desolee?|excusez moi|mais|ben|bah) )*(?:je (?:ne )?(?:comprends?|capte|pige) (?:pas|rien)|j (?:ai )?(?:pas|rien) (?:bien )?compris|je n ai (?:pas|rien) compris|pas compris|rien compris|quoi|koi|hein|comment|c est a dire|c est quoi|cest quoi|c quoi|c koi|ca veut dire quoi|qu est ce que ca veut dire|c est quoi la question)(?: (?:la question|votre question|ce que vous (?:dites|demandez|voulez dire)))?$/;

export function saysNotUnderstood(text: string): boolean {
  return NOT_UNDERSTOOD.test(prepare(text).replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim());
}

/** « il habitait Chanteloup avec moi », « son dernier domicile c'est Chanteloup », « he lived in Chanteloup »: the town where the person lived (its words), or undefined. */
const LIVED = /\b(?:habitai(?:t|ent)|habite|vivai(?:t|ent)|residai(?:t|ent)|etait domicilie(?:e)?|dernier domicile(?: c est| etait)?|lived|was living|used to live|(?:his|her|their|the) last (?:home|address)(?: was| is)?)(?: (?:a|au|en|sur|dans|in|at))? ((?:[a-z]+ ?){1,5}?)(?: ?(?:avec|chez|depuis|ici|la|et|mais|pourtant|with|since|and|but)\b.*)?$/;

export function livedIn(text: string): string | undefined {
  return LIVED.exec(fold(text).replace(/['’-]/g, ' ').replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim())?.[1]?.trim() || undefined;
}

/** « c pour mon père », « c'est pour ma mère », « mon père »: who the act's person is, said alone (no place after « à »); never a place. */
export function saysOnlyARelation(text: string): Relation | undefined {
  const said = fold(text).replace(/['’-]/g, ' ').replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim();
  if (said.split(' ').length > 6 || /\b(?:a|au|aux|dans)\s+\S/.test(said)) return undefined;
  return readActDetails(text).relation;
}
