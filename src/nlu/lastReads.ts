/**
 * What a pure reading of a message gave for its last texts, kept by the text: a turn asks for the
 * same reading of its message from several places (the stop, the aside, understanding), and the
 * turns of several conversations interleave. The oldest is let go beyond `kept`.
 */
export function lastReads<T>(read: (text: string) => T, kept = 64): (text: string) => T {
  const found = new Map<string, T>();
  return (text) => {
    if (found.has(text)) return found.get(text) as T;
    const value = read(text);
    if (found.size >= kept) found.delete(found.keys().next().value as string);
    found.set(text, value);
    return value;
  };
}
