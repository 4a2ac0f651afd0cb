/**
 * The adapter's clients are made once: two turns from the same service get the same connector
 * client and the same user-token client; another service URL gets its own; beyond KEPT the oldest
 * is made again; a client whose creation failed is made again at the next turn.
 */
import type { Activity } from 'botbuilder';
import { KEPT, ReusedClientsAuthentication, keep } from '../../src/bot/reusedClients';

const activity = (serviceUrl: string) => ({ type: 'message', channelId: 'webchat', serviceUrl, conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'bot' } }) as unknown as Activity;

it('gives the same connector client to every turn from one service, and its own to another', async () => {
  const auth = new ReusedClientsAuthentication({});
  const first = await auth.authenticateRequest(activity('http://127.0.0.1:1'), '');
  const second = await auth.authenticateRequest(activity('http://127.0.0.1:1'), '');
  const a = await first.connectorFactory!.create('http://127.0.0.1:1', first.audience);
  const b = await second.connectorFactory!.create('http://127.0.0.1:1', second.audience);
  expect(b).toBe(a);
  expect(await second.connectorFactory!.create('http://127.0.0.1:2', second.audience)).not.toBe(a);
  // A proactive message (notifier) reaches the same client.
  expect(await auth.createConnectorFactory(first.claimsIdentity).create('http://127.0.0.1:1', first.audience)).toBe(a);
  expect(await auth.createUserTokenClient(second.claimsIdentity)).toBe(await auth.createUserTokenClient(first.claimsIdentity));
});

it('lets the least recently used go beyond its size, and forgets a failed creation', async () => {
  const kept = new Map<string, Promise<object>>();
  let made = 0;
  const make = async () => ({ n: (made += 1) });
  const first = await keep(kept, 'a', make, 2);
  await keep(kept, 'b', make, 2);
  expect(await keep(kept, 'a', make, 2)).toBe(first); // « a » used again: « b » is now the oldest
  await keep(kept, 'c', make, 2);
  expect(kept.has('b')).toBe(false);
  expect(await keep(kept, 'a', make, 2)).toBe(first);
  expect(made).toBe(3);

  await expect(keep(kept, 'd', async () => Promise.reject(new Error('no token')))).rejects.toThrow('no token');
  expect(kept.has('d')).toBe(false);
  expect(await keep(kept, 'd', make)).toEqual({ n: 4 });
  expect(KEPT).toBeGreaterThan(1);
});
