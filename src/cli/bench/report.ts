/** What `npm run bench` prints last: the instances phase's table, and every target with its figure, its ratio and its verdict. */
import type { ScalingRow } from './scaling';

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** A target: its label (« at least » in it: the ratio must reach the limit; otherwise stay under it), the figure as printed, the ratio, the limit of the ratio. */
export type Target = [label: string, figure: string, ratio: number, limit: number];

export function printTargets(targets: Target[]): void {
  console.log('\nTargets                                                  figure                                  ratio');
  for (const [label, figure, ratio, limit] of targets) {
    const atLeast = label.includes('at least');
    const ok = Number.isFinite(ratio) && (atLeast ? ratio >= limit : ratio <= limit);
    const shown = label === 'no failed turn' ? '' : `${fmt(ratio, 2)}× (${atLeast ? '≥' : '≤'} ${limit})`;
    console.log(`  ${ok ? 'met    ' : 'NOT MET'}  ${label.padEnd(58)} ${figure.padEnd(32)} ${shown}`);
  }
}

export function printScaling(rows: ScalingRow[], latencyMs: number, concurrency: number): void {
  console.log(`\nInstances on one PostgreSQL database, ${latencyMs} ms added each way (booking + confirm, ${concurrency} residents at once)`);
  console.log(`  ${'instances'.padEnd(10)}${['writes/s', '× of 1', 'booking p50', 'confirm p50', 'confirm p99', 'CPU/write', 'driver'].map((h) => h.padStart(12)).join('')}   requests per instance`);
  const base = rows.find((r) => r.instances === 1)?.writesPerSecond ?? NaN;
  for (const r of rows) {
    const cells = [fmt(r.writesPerSecond), fmt(r.writesPerSecond / base, 2), `${fmt(r.bookingP50, 0)} ms`, `${fmt(r.confirmP50, 0)} ms`, `${fmt(r.confirmP99, 0)} ms`, `${fmt(r.cpuMsPerWrite, 1)} ms`, `${fmt(r.driverShare * 100, 0)} %`];
    console.log(`  ${String(r.instances).padEnd(10)}${cells.map((c) => c.padStart(12)).join('')}   ${r.served.join(' / ')}${r.failures.length ? `   ${r.failures.length} failed: ${r.failures[0]}` : ''}`);
    for (const e of r.errors) console.log(`      ${e.slice(0, 300)}`);
  }
}
