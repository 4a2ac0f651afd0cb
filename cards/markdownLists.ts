/**
 * Text shown by a channel that renders markdown (Web Chat, Teams): a line written just after a list's
 * last item, without a blank line, is read as that item's continuation (« 3. Chanteloup-les-Vignes »
 * then « Quelle est votre commune ? » showed the question inside item 3, indented). A blank line is put
 * between a list's last item and the line after it; the words are the same.
 */
const LIST_ITEM = /^\s*(?:\d{1,3}[.)]|[-*+])\s/;

export function listsClosed(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const out: string[] = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    // A line indented on purpose stays the item's own continuation.
    if (LIST_ITEM.test(lines[i - 1]!) && line.trim() !== '' && !/^\s/.test(line) && !LIST_ITEM.test(line)) out.push('');
    out.push(line);
  }
  return out.length === lines.length ? text : out.join('\n');
}
