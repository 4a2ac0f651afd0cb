/** The benchmark's round-robin proxy: each request to the next instance in turn, bodies and statuses passed through, a dead instance answered 502 without stopping the proxy. */
import http from 'node:http';
import type net from 'node:net';
import { startRoundRobin, type RoundRobin } from '../../src/cli/bench/roundRobin';

const servers: http.Server[] = [];
let proxy: RoundRobin | undefined;

/** An instance that answers its name and the body it got, with status 201 for a POST. */
async function instance(name: string): Promise<number> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ name, body, path: req.url }));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

const ask = async (init: RequestInit = {}, path = '/api/messages') => {
  const res = await fetch(`http://127.0.0.1:${proxy!.port}${path}`, init);
  return { status: res.status, body: res.status < 300 ? ((await res.json()) as { name: string; body: string; path: string }) : undefined };
};

describe('the round-robin proxy', () => {
  it('sends each request to the next instance in turn', async () => {
    proxy = await startRoundRobin([await instance('a'), await instance('b'), await instance('c')]);
    const names: string[] = [];
    for (let i = 0; i < 7; i += 1) names.push((await ask()).body!.name);
    expect(names).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
    expect(proxy.served()).toEqual([3, 2, 2]);
  });

  it('passes the method, path, body and status through', async () => {
    proxy = await startRoundRobin([await instance('a')]);
    const { status, body } = await ask({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Confirmer"}' }, '/v3/directline/conversations?x=1');
    expect(status).toBe(201);
    expect(body).toEqual({ name: 'a', body: '{"text":"Confirmer"}', path: '/v3/directline/conversations?x=1' });
  });

  it('answers 502 for an instance that is gone, and goes on with the others', async () => {
    const alive = await instance('a');
    const dead = await instance('dead');
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    proxy = await startRoundRobin([alive, dead]);
    expect((await ask()).body!.name).toBe('a');
    expect((await ask()).status).toBe(502);
    expect((await ask()).body!.name).toBe('a');
  });

  it('needs at least one instance', async () => {
    await expect(startRoundRobin([])).rejects.toThrow();
  });
});
