/**
 * Long lists in pages where each message is paid for (SMS): as many items as fit in the channel's
 * page (at least one), the next page on « suite ». Elsewhere the whole list is one page.
 */
import { fold } from '../src/nlu/yesNo';

/**
 * The items grouped in pages of at most `chars` characters (an item longer than that alone); undefined: one page.
 * `reserve`: the characters each page keeps for the line that says what « suite » brings.
 */
export function paginate(items: readonly string[], chars: number | undefined, reserve = 0): string[][] {
  if (chars === undefined) return [[...items]];
  const pages: string[][] = [];
  let size = 0;
  for (const item of items) {
    const last = pages.at(-1);
    if (last && size + item.length + reserve <= chars) {
      last.push(item);
      size += item.length;
    } else {
      pages.push([item]);
      size = item.length;
    }
  }
  return pages;
}

const MORE = new Set(['suite', 'la suite', 'suivant', 'suivante', 'page suivante', 'et apres', 'encore', 'next', 'more']);

/** « suite », « la suite », « suivant »: the next page is asked for. */
export const asksForNextPage = (text: string): boolean => MORE.has(fold(text).replace(/[.!?]+$/, '').trim());
