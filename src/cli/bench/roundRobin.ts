/**
 * A round-robin HTTP proxy in front of several bot instances, for `npm run bench -- --instances N`:
 * each request goes to the next instance in turn, whatever its conversation (an instance serves any
 * conversation: its state, sign-in and Direct Line history are in the shared database). A request
 * an instance cannot take is answered 502; nothing stops the proxy.
 */
import http from 'node:http';
import type net from 'node:net';

export interface RoundRobin {
  port: number;
  /** Requests sent to each instance so far, in the order of `ports`. */
  served(): number[];
  close(): Promise<void>;
}

export async function startRoundRobin(ports: readonly number[], host = '127.0.0.1'): Promise<RoundRobin> {
  if (ports.length === 0) throw new Error('a round-robin needs at least one instance');
  const served = ports.map(() => 0);
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((req, res) => {
    const i = next;
    next = (next + 1) % ports.length;
    served[i] = (served[i] ?? 0) + 1;
    const upstream = http.request({ host, port: ports[i], method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      // Not chained: restify's patch of ServerResponse (loaded in the same process) returns nothing from writeHead.
      if (!res.headersSent) {
        res.writeHead(502);
        res.end();
      } else res.destroy();
    });
    req.on('error', () => upstream.destroy());
    req.pipe(upstream);
  });
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, host, () => resolve()));
  return {
    port: (server.address() as net.AddressInfo).port,
    served: () => [...served],
    close: async () => {
      for (const s of sockets) s.destroy();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
