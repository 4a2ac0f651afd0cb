/** Text helpers shared by the domain and the understanding layer. */

/** Lower case, no accents, apostrophes and punctuation turned into spaces, spaces folded. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .replace(/[^a-z0-9@.\s-]/g, ' ')
    .replace(/[-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
