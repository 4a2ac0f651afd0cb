/**
 * Bytes the main thread's JavaScript allocated on V8's heap, counted from the first call on: what is
 * in use now, less what was in use then, plus what each garbage collection since freed (v8.GCProfiler,
 * Node ≥ 18.15, its statistics folded in and dropped at each call). Started by the first read of
 * /metrics, so a process nobody scrapes pays nothing; a deterministic figure where CPU time on a
 * shared machine is not (`npm run turn:cost` prints it per turn).
 */
import v8 from 'node:v8';

interface GcStat {
  beforeGC: { heapStatistics: { usedHeapSize: number } };
  afterGC: { heapStatistics: { usedHeapSize: number } };
}

let profiler: { start(): void; stop(): { statistics: GcStat[] } | undefined } | undefined;
let usedAtStart = 0;
let freed = 0;

/** Bytes allocated since the first call (0 at the first call; 0 where Node has no GCProfiler). */
export function allocatedBytes(): number {
  const Profiler = (v8 as unknown as { GCProfiler?: new () => NonNullable<typeof profiler> }).GCProfiler;
  if (!Profiler) return 0;
  if (profiler) {
    for (const s of profiler.stop()?.statistics ?? []) freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
  } else {
    usedAtStart = v8.getHeapStatistics().used_heap_size;
  }
  profiler = new Profiler();
  const used = v8.getHeapStatistics().used_heap_size;
  profiler.start();
  return used - usedAtStart + freed;
}
