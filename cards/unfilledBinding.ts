/**
 * A binding left unfilled in a card made from a plain template (cardRenderer.ts): the card is never sent with « ${…} » in it.
 */
/** The first text of a card (its keys or values) that holds « ${ »: a binding left unfilled. */
export function unfilledIn(value: unknown): string | undefined {
  if (typeof value === 'string') return value.includes('${') ? value : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = unfilledIn(v);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const found = key.includes('${') ? key : unfilledIn((value as Record<string, unknown>)[key]);
    if (found !== undefined) return found;
  }
  return undefined;
}
