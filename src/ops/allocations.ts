/**
 * Bytes the main thread's JavaScript allocated on V8's heap, counted from the first call on: what is
 * in use now, less what was in use then, plus what each garbage collection since freed (v8.GCProfiler,
 * Node ≥ 18.15, its statistics folded in and dropped at each call). Started by the first read of
 * /metrics, so a process nobody scrapes pays nothing (the same statistics give the collections and their time); a deterministic figure where CPU time on a
 * shared machine is not (`npm run turn:cost` prints it per turn).
 */
import v8 from 'node:v8';

interface GcStat {
  /** Microseconds the collection took on the main thread. */
  cost: number;
  beforeGC: { heapStatistics: { usedHeapSize: number } };
  afterGC: { heapStatistics: { usedHeapSize: number } };
}

let profiler: { start(): void; stop(): { statistics: GcStat[] } | undefined } | undefined;
let usedAtStart = 0;
let freed = 0;
let collections = 0;
let collectionMicros = 0;

/** Bytes allocated since the first call (0 at the first call; 0 where Node has no GCProfiler). */
export function allocatedBytes(): number {
  const Profiler = (v8 as unknown as { GCProfiler?: new () => NonNullable<typeof profiler> }).GCProfiler;
  if (!Profiler) return 0;
  if (profiler) {
    for (const s of profiler.stop()?.statistics ?? []) {
      freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
      collections += 1;
      collectionMicros += s.cost;
    }
  } else {
    usedAtStart = v8.getHeapStatistics().used_heap_size;
  }
  profiler = new Profiler();
  const used = v8.getHeapStatistics().used_heap_size;
  profiler.start();
  return used - usedAtStart + freed;
}

/** Garbage collections on the main thread, and their seconds, up to the last allocatedBytes() call (from its first). */
export const collected = (): { count: number; seconds: number } => ({ count: collections, seconds: collectionMicros / 1e6 });
