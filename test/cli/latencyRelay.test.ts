/** The benchmark's TCP relay to PostgreSQL: what goes through arrives whole and in order, each way `delayMs` later; a side that closes closes the other. */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { startLatencyRelay, type LatencyRelay } from '../../src/cli/bench/latencyRelay';

let echo: net.Server;
let echoPort: number;
let relay: LatencyRelay | undefined;
const serverSockets = new Set<net.Socket>();

beforeAll(async () => {
  echo = net.createServer((s) => {
    serverSockets.add(s);
    s.on('close', () => serverSockets.delete(s));
    s.pipe(s);
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoPort = (echo.address() as net.AddressInfo).port;
});
afterEach(async () => {
  await relay?.close();
  relay = undefined;
});
afterAll(async () => {
  for (const s of serverSockets) s.destroy();
  await new Promise<void>((resolve) => echo.close(() => resolve()));
});

async function connect(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return socket;
}

/** Sends `chunks` one by one and resolves with all that came back once `total` bytes did, and the time it took. */
async function roundTrip(socket: net.Socket, chunks: string[]): Promise<{ back: string; ms: number }> {
  const total = chunks.join('').length;
  const t0 = performance.now();
  const back = new Promise<string>((resolve) => {
    let got = '';
    const onData = (d: Buffer) => {
      got += d.toString();
      if (got.length >= total) {
        socket.off('data', onData);
        resolve(got);
      }
    };
    socket.on('data', onData);
  });
  for (const c of chunks) socket.write(c);
  return { back: await back, ms: performance.now() - t0 };
}

describe('the latency relay', () => {
  it('passes every byte in order, each way delayMs later', async () => {
    relay = await startLatencyRelay({ host: '127.0.0.1', port: echoPort }, 40);
    const socket = await connect(relay.port);
    const chunks = Array.from({ length: 50 }, (_, i) => `chunk-${i};`);
    const { back, ms } = await roundTrip(socket, chunks);
    expect(back).toBe(chunks.join(''));
    // There and back: twice the delay at least (timers may fire a millisecond early).
    expect(ms).toBeGreaterThanOrEqual(78);
    expect(relay.connections()).toBe(1);
    socket.destroy();
  });

  it('adds nothing measurable with no delay', async () => {
    relay = await startLatencyRelay({ host: '127.0.0.1', port: echoPort }, 0);
    const socket = await connect(relay.port);
    const { back, ms } = await roundTrip(socket, ['ping']);
    expect(back).toBe('ping');
    expect(ms).toBeLessThan(40);
    socket.destroy();
  });

  it('closes the client when the server side goes, and refuses nobody after', async () => {
    relay = await startLatencyRelay({ host: '127.0.0.1', port: echoPort }, 5);
    const socket = await connect(relay.port);
    await roundTrip(socket, ['hello']);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    for (const s of serverSockets) s.destroy();
    await closed;
    const again = await connect(relay.port);
    expect((await roundTrip(again, ['again'])).back).toBe('again');
    again.destroy();
  });

  it('closes the client when the server cannot be reached', async () => {
    const unused = net.createServer();
    await new Promise<void>((resolve) => unused.listen(0, '127.0.0.1', resolve));
    const deadPort = (unused.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => unused.close(() => resolve()));
    relay = await startLatencyRelay({ host: '127.0.0.1', port: deadPort }, 5);
    const socket = await connect(relay.port);
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(socket.destroyed).toBe(true);
  });
});
