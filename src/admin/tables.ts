/** Small helpers the agents' commands share: a known commune, aligned columns. */
import type { CommandContext, Output } from './commands';
import { escapeControls } from './escape';

export async function knownCommune({ service, t, out }: CommandContext, id: string): Promise<boolean> {
  if (await service.findCommune(id)) return true;
  out.error(t('admin.commune.unknown', { id }));
  return false;
}

/** Prints rows as aligned columns (the first row is the header). */
export function table(out: Output, cells: string[][]): void {
  // A cell is one line: a line feed in stored text is shown as \n, not printed.
  const rows = cells.map((row) => row.map((cell) => escapeControls(cell)));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  for (const row of rows) out.line(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}
