/**
 * Turns started one per event-loop iteration, in the order they came.
 *
 * Since Node 20 (libuv 1.45), a listening socket accepts one connection per event-loop iteration,
 * and a turn runs most of its work without returning to the loop (SQLite answers synchronously).
 * When every request that arrived in one iteration ran its turn there, an iteration under load
 * lasted as long as all those turns (30 conversations at once: 100–250 ms), and a connection
 * opened meanwhile waited for as many iterations as there were new connections before it: a
 * resident's first message on a new connection waited seconds while turns on open connections
 * were served (`npm run bench`: the welcome's p99). Each turn now starts in its own iteration
 * (setImmediate: one queued from an immediate runs at the next iteration), so the loop polls, and
 * accepts, between two turns; a turn that comes alone waits for nothing but that.
 */

/** Turns waiting to start, oldest first. */
const waiting: Array<() => void> = [];
let scheduled = false;

function startNext(): void {
  const start = waiting.shift();
  scheduled = waiting.length > 0;
  if (scheduled) setImmediate(startNext);
  start?.();
}

/** Resolves when this turn may start: after the turns that asked before it, one per event-loop iteration. */
export function turnSlot(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(startNext);
    }
  });
}
