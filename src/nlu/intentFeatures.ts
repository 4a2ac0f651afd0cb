/**
 * What the learned intent model sees of a message: the text as prepare() leaves it (no accents, SMS spellings
 * and typos written out), as words, word pairs (with the message's start and end) and character 3- to 5-grams
 * of the words. Numbers are one word « 0 » (a day is a day, whatever the day), so the model learns phrasings,
 * not dates. Each feature once per message.
 */

const MAX_WORDS = 60;

/** The words of a prepared message: letters, numbers as « 0 », and « ? ». */
export function modelWords(prepared: string): string[] {
  return prepared
    .replace(/[^a-z0-9?\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(0, MAX_WORDS)
    .map((w) => (/\d/.test(w) ? '0' : w));
}

export function features(prepared: string): string[] {
  const words = modelWords(prepared);
  const found = new Set<string>();
  words.forEach((word, i) => {
    found.add(`w ${word}`);
    found.add(`b ${i === 0 ? '^' : words[i - 1]} ${word}`);
    const padded = ` ${word} `;
    for (let n = 3; n <= 5; n++) for (let at = 0; at + n <= padded.length; at++) found.add(`c ${padded.slice(at, at + n)}`);
  });
  if (words.length > 0) found.add(`b ${words[words.length - 1]} $`);
  return [...found];
}
