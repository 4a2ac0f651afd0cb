/**
 * A question asked again after what was wrong says how to answer once. The lead (« Je ne reconnais pas cette date.
 * Écrivez-la comme 14/03/2019 ou 14 mars 2019. ») often carries the question's own hint (« À quelle date … ?
 * Écrivez-la comme 14/03/2019. »), and by SMS the second copy costs a segment. A sentence that is not a question
 * and that an earlier sentence of the message already says (the same words and numbers, or the start of them)
 * is left out. Applied when the question is sent (storedPrompt.ts), so that the texts kept stay whole for a change
 * of language (promptTexts.ts).
 */
import type { Reply } from '../cards/cardRenderer';
import { fold } from '../src/nlu/yesNo';

/** Sentences shorter than this (« 1. », « Oui. ») are never left out: list items, answers. */
const MIN_WORDS = 3;

/**
 * A sentence's words and numbers. Numbers count: a basket's « Léa : à annuler le 7 décembre. » is not said by « Léa : à
 * annuler le 14 décembre (non facturé). », while a hint repeats its own example (« Écrivez-la comme 14/03/2019 »).
 */
const wordsOf = (sentence: string): string => fold(sentence).replace(/[^\p{L}\d]+/gu, ' ').trim();

/** The sentences of a line: each ends with its punctuation (a list item « 1. Copie intégrale » splits, and is short). */
const sentencesOf = (line: string): string[] => line.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [line];

/** A line that opens with a list's mark: « 1. », « 2) », « - », « • ». */
const LIST_ITEM = /^\s*(?:\d+[.)]|[-•*])\s/;

export function hintOnceText(text: string): string {
  const said: string[] = [];
  let dropped = false;
  const lines = text.split('\n').map((line) => {
    // « 1. Centre de loisirs le mercredi 9 décembre. », « - Garderie du matin »: an item of a list, never a hint.
    if (LIST_ITEM.test(line)) return { line, empty: false };
    const kept = sentencesOf(line).filter((sentence) => {
      const words = wordsOf(sentence);
      const repeated = !/\?\s*$/.test(sentence) && words.split(' ').length >= MIN_WORDS && said.some((s) => s === words || s.startsWith(`${words} `));
      if (!repeated) said.push(words);
      dropped ||= repeated;
      return !repeated;
    });
    return { line: kept.join('').trimEnd(), empty: kept.length === 0 };
  });
  return dropped ? lines.filter((l) => !l.empty).map((l) => l.line).join('\n') : text;
}

/** The reply with its text (and its SMS text) saying each hint once. */
export function hintOnce(reply: Reply): Reply {
  const text = hintOnceText(reply.text);
  const short = reply.short?.text === undefined ? reply.short : { ...reply.short, text: hintOnceText(reply.short.text) };
  return text === reply.text && short === reply.short ? reply : { ...reply, text, ...(short ? { short } : {}) };
}
