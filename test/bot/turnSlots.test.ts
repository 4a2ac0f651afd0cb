import net from 'node:net';
import { turnSlot } from '../../src/bot/turnSlots';

const listening = async (server: net.Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
};

describe('turnSlot', () => {
  it('starts turns in the order they asked', async () => {
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => turnSlot().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('lets the server accept the connections waiting while turns wait, between the turns', async () => {
    let started = 0;
    /** For each connection, how many turns had started when it was accepted. */
    const accepted: number[] = [];
    const server = net.createServer((socket) => {
      accepted.push(started);
      socket.destroy();
    });
    const port = await listening(server);
    const clients = [0, 1, 2].map(() => net.connect(port, '127.0.0.1').on('error', () => undefined));
    // The three connections wait in the accept queue while ten turns ask to start.
    await new Promise((resolve) => process.nextTick(resolve));
    await Promise.all(Array.from({ length: 10 }, () => turnSlot().then(() => (started += 1))));
    for (let i = 0; i < 100 && accepted.length < 3; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    clients.forEach((c) => c.destroy());
    await new Promise((resolve) => server.close(resolve));
    expect(accepted).toHaveLength(3);
    // Every connection was accepted before the last turn started, not after all of them.
    expect(Math.max(...accepted)).toBeLessThan(10);
  });
});
