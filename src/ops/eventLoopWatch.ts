/**
 * The event loop's worst delay in the first seconds after the server listens, when the first
 * residents arrive after a restart: perf_hooks.monitorEventLoopDelay, logged once as
 * `startup.eventLoop` { maxMs, p99Ms, meanMs, windowMs } (npm run bench:start reads it). The timer
 * never keeps the process alive.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Logger } from '../logger';

/** How long after listening the delay is watched. */
export const STARTUP_WATCH_MS = 10_000;

const ms = (ns: number) => Math.round(ns / 1e5) / 10;

/** Starts watching; the figure is logged after `windowMs`. The returned function stops early (nothing logged). */
export function watchStartupEventLoop(logger: Logger, windowMs = STARTUP_WATCH_MS): () => void {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const timer = setTimeout(() => {
    histogram.disable();
    logger.info('startup.eventLoop', { maxMs: ms(histogram.max), p99Ms: ms(histogram.percentile(99)), meanMs: ms(histogram.mean), windowMs });
  }, windowMs);
  timer.unref();
  return () => {
    clearTimeout(timer);
    histogram.disable();
  };
}
