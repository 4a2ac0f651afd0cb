/** Which addresses the bot may connect to for a resident's attachment: public unicast only, IPv4 and IPv6. */
import { checkedLookup, isPublicAddress, v6Bytes } from '../../src/bot/addressCheck';

describe('address check', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '255.255.255.255', '224.0.0.1', '239.1.1.1', '240.0.0.1', '192.0.2.10', '198.18.0.1', '203.0.113.5',
    '::1', '::', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::127.0.0.1', '64:ff9b::10.0.0.1', '2002:a00:1::1',
    'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'fec0::1', 'ff02::1', '2001:db8::1', '2001::1', '100::1', 'not an address', '',
  ])('refuses %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '193.51.24.1', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1', '2a01:e0a:1::1', '2001:4860:4860::8888'])(
    'allows %s',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true);
    },
  );

  it('reads IPv6 in every spelling', () => {
    expect(Array.from(v6Bytes('::ffff:127.0.0.1') ?? [])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1]);
    expect(v6Bytes('1:2:3:4:5:6:7:8')?.[15]).toBe(8);
    expect(v6Bytes('1::')?.[1]).toBe(1);
    expect(v6Bytes('10.0.0.1')).toBeUndefined();
  });

  it('fails the lookup of a name resolving to a refused address, and passes a checked one', async () => {
    const lookup = (allowed?: (ip: string) => boolean) =>
      new Promise<{ error: unknown; address: unknown }>((resolve) => checkedLookup(allowed)('localhost', { family: 4 }, (error, address) => resolve({ error, address })));
    expect((await lookup()).error).toMatchObject({ code: 'EADDRESSREFUSED', address: '127.0.0.1' });
    expect(await lookup((ip) => ip === '127.0.0.1')).toEqual({ error: null, address: '127.0.0.1' });
  });
});
