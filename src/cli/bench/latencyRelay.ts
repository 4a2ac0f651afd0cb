/**
 * A TCP relay that adds `delayMs` each way, for `npm run bench -- --latency-ms L`: the bot
 * instances reach PostgreSQL through it as they would across a network hop (the fault tests'
 * relay, test/faults/pgUnreachable.test.ts, with a delay instead of a cut). Each chunk is passed on
 * `delayMs` after it arrived, in order; a side that closes or fails closes the other.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LatencyRelay {
  port: number;
  /** Connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/** Passes what `from` sends to `to`, each chunk `delayMs` after it arrived, in arrival order. */
function delayed(from: net.Socket, to: net.Socket, delayMs: number): void {
  const queue: Array<{ at: number; chunk: Buffer }> = [];
  let timer: NodeJS.Timeout | undefined;
  let ended = false;
  const flush = () => {
    timer = undefined;
    const now = performance.now();
    while (queue.length > 0 && queue[0]!.at <= now) to.write(queue.shift()!.chunk);
    if (queue.length > 0) timer = setTimeout(flush, Math.max(0, queue[0]!.at - now));
    else if (ended) to.end();
  };
  from.on('data', (chunk: Buffer) => {
    queue.push({ at: performance.now() + delayMs, chunk });
    if (!timer) timer = setTimeout(flush, delayMs);
  });
  from.on('end', () => {
    ended = true;
    if (!timer) to.end();
  });
}

export async function startLatencyRelay(target: { host: string; port: number }, delayMs: number): Promise<LatencyRelay> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((inbound) => {
    accepted += 1;
    const outbound = net.connect(target.port, target.host);
    for (const [s, other] of [[inbound, outbound], [outbound, inbound]] as const) {
      sockets.add(s);
      s.setNoDelay(true);
      s.on('error', () => other.destroy());
      s.on('close', () => {
        sockets.delete(s);
        other.destroy();
      });
    }
    delayed(inbound, outbound, delayMs);
    delayed(outbound, inbound, delayMs);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => accepted,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
