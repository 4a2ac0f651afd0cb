/**
 * Attachment downloads: only from the listed hosts, never to a non-public address (also after DNS
 * and after a redirect), one deadline for the whole download, the size limit while streaming.
 * The servers here listen on loopback; the downloads' own server is on 127.0.0.2, the one address
 * the test policy exempts from the real check, so 127.0.0.1 and ::1 stay refused like any private
 * address. Nothing outside 127.0.0.0/8 and ::1 is ever contacted. (The handlers do not chain on
 * writeHead: restify, loaded by other test files in the same worker, patches it to return nothing.)
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { downloadAttachment, hostAllowed, type DownloadPolicy } from '../../src/bot/attachments';
import { isPublicAddress } from '../../src/bot/addressCheck';

interface TestServer {
  url: string;
  port: number;
  /** TCP connections accepted (a refused download must leave this at 0). */
  connections: number;
  sockets: Socket[];
  close(): Promise<void>;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(host: string, handler: http.RequestListener): Promise<TestServer> {
  const server = http.createServer(handler);
  const state = { connections: 0, sockets: [] as Socket[] };
  server.on('connection', (socket: Socket) => {
    state.connections += 1;
    state.sockets.push(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  const s: TestServer = {
    url: `http://${shown}:${port}`,
    port,
    get connections() {
      return state.connections;
    },
    sockets: state.sockets,
    close: () => {
      for (const socket of state.sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  servers.push(s);
  return s;
}

const OWN = '127.0.0.2';
const policy: DownloadPolicy = {
  hosts: [OWN, '127.0.0.1', 'localhost', '::1', '::ffff:7f00:1', '10.0.0.1', '169.254.169.254'],
  protocols: ['http:'],
  allowAddress: (ip) => ip === OWN || isPublicAddress(ip),
  timeoutMs: 1000,
};
const file = (contentUrl: string) => ({ contentType: 'application/pdf', contentUrl, name: 'scan.pdf' });
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 32)]);
const sendPdf: http.RequestListener = (_req, res) => res.end(PDF);

describe('attachment downloads', () => {
  it('reads a file from an allowed host, and a data: URL', async () => {
    const own = await serve(OWN, sendPdf);
    const got = await downloadAttachment(file(`${own.url}/scan.pdf`), 1000, policy);
    expect(got.ok && Buffer.from(got.bytes).equals(PDF)).toBe(true);
    const data = await downloadAttachment(file(`data:application/pdf;base64,${PDF.toString('base64')}`), 1000, policy);
    expect(data.ok && Buffer.from(data.bytes).equals(PDF)).toBe(true);
    expect(await downloadAttachment(file(`data:application/pdf;base64,${PDF.toString('base64')}`), 50, policy)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it.each([
    ['127.0.0.1', (t: TestServer) => `http://127.0.0.1:${t.port}/scan.pdf`],
    ['::1', (t: TestServer) => `http://[::1]:${t.port}/scan.pdf`],
    ['::ffff:127.0.0.1', (t: TestServer) => `http://[::ffff:127.0.0.1]:${t.port}/scan.pdf`],
    ['localhost, resolving to 127.0.0.1', (t: TestServer) => `http://localhost:${t.port}/scan.pdf`],
  ])('refuses %s without connecting', async (_name, urlOf) => {
    const ip = _name === '::1' ? '::1' : '127.0.0.1';
    const target = await serve(ip, sendPdf);
    expect(await downloadAttachment(file(urlOf(target)), 1000, policy)).toEqual({ ok: false, reason: 'refused' });
    expect(target.connections).toBe(0);
  });

  it.each(['http://10.0.0.1/scan.pdf', 'http://169.254.169.254/latest/meta-data/', 'http://0x7f.1/scan.pdf', 'http://2130706433/scan.pdf'])(
    'refuses %s before any connection',
    async (url) => {
      // A connection attempt would end in 'unreachable' (no network here), not in 'refused'.
      expect(await downloadAttachment(file(url), 1000, policy)).toEqual({ ok: false, reason: 'refused' });
    },
  );

  it('refuses a redirect from an allowed server to 127.0.0.1, which is never contacted', async () => {
    const target = await serve('127.0.0.1', sendPdf);
    const own = await serve(OWN, (_req, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${target.port}/scan.pdf` });
      res.end();
    });
    expect(await downloadAttachment(file(`${own.url}/scan.pdf`), 1000, policy)).toEqual({ ok: false, reason: 'refused' });
    expect(own.connections).toBe(1);
    expect(target.connections).toBe(0);
  });

  it('follows three redirects on allowed hosts, not four', async () => {
    const own = await serve(OWN, (req, res) => {
      const n = Number(/\/hop\/(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
      if (n > 0) res.writeHead(302, { location: `/hop/${n - 1}` });
      res.end(n > 0 ? undefined : PDF);
    });
    expect((await downloadAttachment(file(`${own.url}/hop/3`), 1000, policy)).ok).toBe(true);
    expect(await downloadAttachment(file(`${own.url}/hop/4`), 1000, policy)).toEqual({ ok: false, reason: 'unreachable' });
  });

  it('refuses a host that is not listed, and plain http unless allowed, without connecting', async () => {
    const own = await serve(OWN, sendPdf);
    expect(await downloadAttachment(file(`${own.url}/scan.pdf`), 1000, { ...policy, hosts: ['*.botframework.com'] })).toEqual({ ok: false, reason: 'refused' });
    expect(await downloadAttachment(file(`${own.url}/scan.pdf`), 1000, { ...policy, protocols: undefined })).toEqual({ ok: false, reason: 'refused' });
    expect(await downloadAttachment(file(`ftp://${OWN}/scan.pdf`), 1000, policy)).toEqual({ ok: false, reason: 'refused' });
    expect(own.connections).toBe(0);
  });

  it('gives up on a server sending 1 byte every 200 ms at the deadline, and closes the connection', async () => {
    const own = await serve(OWN, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const timer = setInterval(() => res.write('x'), 200);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const got = await downloadAttachment(file(`${own.url}/slow.pdf`), 1000, policy);
    const elapsed = Date.now() - started;
    console.info(`slow server: download ended after ${elapsed} ms (deadline 1000 ms)`);
    expect(got).toEqual({ ok: false, reason: 'unreachable' });
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(1500);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(own.sockets.every((s) => s.destroyed)).toBe(true);
  });

  it('gives up on a server that never answers at the deadline', async () => {
    const own = await serve(OWN, () => undefined);
    const started = Date.now();
    expect(await downloadAttachment(file(`${own.url}/silent.pdf`), 1000, policy)).toEqual({ ok: false, reason: 'unreachable' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('refuses an over-size body, announced or not, while it streams', async () => {
    const announced = await serve(OWN, (_req, res) => {
      res.writeHead(200, { 'content-length': '5000' });
      res.end(Buffer.alloc(5000));
    });
    expect(await downloadAttachment(file(`${announced.url}/big.pdf`), 1000, policy)).toEqual({ ok: false, reason: 'tooLarge' });
    let sent = 0;
    const endless = await serve(OWN, (_req, res) => {
      const timer = setInterval(() => {
        sent += 512;
        res.write(Buffer.alloc(512));
      }, 5);
      res.on('close', () => clearInterval(timer));
    });
    const got = await downloadAttachment(file(`${endless.url}/endless.pdf`), 4096, { ...policy, timeoutMs: 5000 });
    expect(got).toEqual({ ok: false, reason: 'tooLarge' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(endless.sockets.every((s) => s.destroyed)).toBe(true);
    expect(sent).toBeLessThan(64 * 1024);
  });

  it('answers unreachable for an error status and none without a file', async () => {
    const own = await serve(OWN, (_req, res) => {
      res.writeHead(404);
      res.end();
    });
    expect(await downloadAttachment(file(`${own.url}/missing.pdf`), 1000, policy)).toEqual({ ok: false, reason: 'unreachable' });
    expect(await downloadAttachment(undefined, 1000, policy)).toEqual({ ok: false, reason: 'none' });
  });
});

describe('attachment hosts', () => {
  it.each([
    ['smba.botframework.com', true],
    ['a.b.botframework.com', true],
    ['SMBA.BotFramework.com.', true],
    ['botframework.com', false],
    ['evilbotframework.com', false],
    ['botframework.com.evil.fr', false],
    ['api.twilio.com', true],
    ['x.api.twilio.com', false],
  ])('%s: %s', (host, allowed) => {
    expect(hostAllowed(host, ['*.botframework.com', 'api.twilio.com'])).toBe(allowed);
  });
});
