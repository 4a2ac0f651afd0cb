/**
 * The client's address behind proxies (TRUST_PROXY): X-Forwarded-For is read only through the
 * proxies trusted, so a client cannot choose its address; and the limit on new chat conversations
 * counts per resident behind a proxy, not per proxy.
 */
import type { IncomingMessage } from 'node:http';
import { ConfigError, loadConfig } from '../../src/config';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { clientAddressReader } from '../../src/web/clientAddress';
import { ROOT, tempConfig } from '../support/harness';

const request = (socket: string, forwarded?: string) => ({ socket: { remoteAddress: socket }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as IncomingMessage;

describe('TRUST_PROXY', () => {
  it('is read as a number of hops, or as addresses and subnets', () => {
    expect(loadConfig({}, ROOT).trustProxy).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '1' }, ROOT).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.1.0/24 loopback' }, ROOT).trustProxy).toEqual(['10.0.0.1', '10.0.1.0/24', 'loopback']);
  });

  it.each(['not-an-address', '10.0.0.0/99', '11', '-1'])('refuses TRUST_PROXY=%s, naming the key', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value }, ROOT)).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: value }, ROOT)).toThrow('TRUST_PROXY');
  });
});

describe('the client address', () => {
  it('is the connection\'s address without TRUST_PROXY, whatever X-Forwarded-For says', () => {
    expect(clientAddressReader(undefined)(request('10.0.0.1', '203.0.113.7'))).toBe('10.0.0.1');
    expect(clientAddressReader(0)(request('10.0.0.1', '203.0.113.7'))).toBe('10.0.0.1');
  });

  it('is read through the number of proxies trusted, never further', () => {
    const oneHop = clientAddressReader(1);
    expect(oneHop(request('10.0.0.1', '203.0.113.7'))).toBe('203.0.113.7');
    // A client that sends its own X-Forwarded-For: the proxy appends the real address, which wins.
    expect(oneHop(request('10.0.0.1', '198.51.100.1, 203.0.113.7'))).toBe('203.0.113.7');
    expect(oneHop(request('10.0.0.1'))).toBe('10.0.0.1');
  });

  it('is read through the proxies named, and stops at the first address that is not one', () => {
    const named = clientAddressReader(['10.0.0.0/8']);
    expect(named(request('10.0.0.1', '198.51.100.1, 203.0.113.7, 10.0.0.2'))).toBe('203.0.113.7');
    // A connection that does not come from a trusted proxy: its header is ignored.
    expect(named(request('192.0.2.50', '203.0.113.7'))).toBe('192.0.2.50');
  });
});

describe('new chat conversations per address behind a proxy', () => {
  let app: RunningApp;
  afterEach(() => app?.stop());

  const token = (forwarded: string) => fetch(`http://${app.host}:${app.port}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwarded }, body: '{}' }).then((r) => r.status);

  it('counts each resident apart with TRUST_PROXY', async () => {
    app = await startSeededApp(tempConfig({ CHAT_TOKENS_PER_MINUTE: '2', TRUST_PROXY: 'loopback' }));
    expect([await token('203.0.113.1'), await token('203.0.113.1'), await token('203.0.113.1')]).toEqual([200, 200, 429]);
    expect(await token('203.0.113.2')).toBe(200);
  });

  it('counts the connection without it: a forged header does not give a fresh limit', async () => {
    app = await startSeededApp(tempConfig({ CHAT_TOKENS_PER_MINUTE: '2' }));
    expect([await token('203.0.113.1'), await token('203.0.113.2'), await token('203.0.113.3')]).toEqual([200, 200, 429]);
  });
});
