/** Small helpers the agents' commands share: a known commune, aligned columns. */
import type { CommandContext, Output } from './commands';
import { escapeControls } from './escape';
import { closest } from './suggest';

/**
 * False (after saying so) when no commune has this id. « carrieres-sous-poisy », « Carrières-sous-Poissy »
 * or the commune's name get the commune meant as a suggestion, and the command stops all the same.
 */
export async function knownCommune({ service, t, out }: Pick<CommandContext, 'service' | 't' | 'out'>, id: string): Promise<boolean> {
  if (await service.findCommune(id)) return true;
  out.error(t('admin.commune.unknown', { id }));
  const communes = await service.listCommunes();
  const meant = closest(id, communes.map((c) => ({ value: c, names: [c.id, c.name] })));
  if (meant) out.error(t('admin.commune.didYouMean', { id: meant.id, name: meant.name }));
  return false;
}

/** Prints rows as aligned columns (the first row is the header). */
export function table(out: Output, cells: string[][]): void {
  // A cell is one line: a line feed in stored text is shown as \n, not printed.
  const rows = cells.map((row) => row.map((cell) => escapeControls(cell)));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  for (const row of rows) out.line(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}
