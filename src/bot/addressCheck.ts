/**
 * Which IP addresses the bot may connect to when it fetches something a resident pointed at:
 * public unicast only. Refused: private, loopback, link-local, unique-local, multicast,
 * unspecified, shared (CGNAT), documentation, benchmarking and reserved ranges, IPv4 and IPv6,
 * and the IPv4 addresses carried inside IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d,
 * NAT64 64:ff9b::/96, 6to4 2002::/16) by the rules of the IPv4 address they carry.
 *
 * `checkedLookup` resolves a name, checks every address it gets and hands node:http only checked
 * ones: the socket connects to the address that was checked (no second resolution to rebind).
 */
import dns from 'node:dns';
import net from 'node:net';

/** IPv4 ranges that are not public unicast: [first octets, prefix length]. */
const V4_REFUSED: ReadonlyArray<readonly [readonly number[], number]> = [
  [[0], 8], // "this network", unspecified
  [[10], 8], // private
  [[100, 64], 10], // shared address space (CGNAT)
  [[127], 8], // loopback
  [[169, 254], 16], // link-local (cloud metadata services)
  [[172, 16], 12], // private
  [[192, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2], 24], // documentation
  [[192, 88, 99], 24], // 6to4 relay anycast
  [[192, 168], 16], // private
  [[198, 18], 15], // benchmarking
  [[198, 51, 100], 24], // documentation
  [[203, 0, 113], 24], // documentation
  [[224], 4], // multicast
  [[240], 4], // reserved, broadcast
];

function inPrefix(bytes: Uint8Array, start: readonly number[], bits: number): boolean {
  for (let i = 0; i * 8 < bits; i += 1) {
    const keep = Math.min(8, bits - i * 8);
    const mask = (0xff << (8 - keep)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((start[i] ?? 0) & mask)) return false;
  }
  return true;
}

function v4Bytes(ip: string): Uint8Array | undefined {
  if (!net.isIPv4(ip)) return undefined;
  return Uint8Array.from(ip.split('.').map(Number));
}

/** The 16 bytes of an IPv6 address (without zone), or undefined when it is not one. */
export function v6Bytes(ip: string): Uint8Array | undefined {
  if (!net.isIPv6(ip)) return undefined;
  let text = ip;
  const tail = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const v4 = v4Bytes(tail[2] ?? '');
    if (!v4) return undefined;
    text = `${tail[1]}${(((v4[0] ?? 0) << 8) | (v4[1] ?? 0)).toString(16)}:${(((v4[2] ?? 0) << 8) | (v4[3] ?? 0)).toString(16)}`;
  }
  const halves = text.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  const groups = halves.length > 1 ? [...head, ...Array<string>(8 - head.length - rest.length).fill('0'), ...rest] : head;
  if (groups.length !== 8) return undefined;
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    const n = parseInt(g, 16);
    bytes[i * 2] = n >> 8;
    bytes[i * 2 + 1] = n & 0xff;
  });
  return bytes;
}

const isPublicV4 = (bytes: Uint8Array): boolean => !V4_REFUSED.some(([start, bits]) => inPrefix(bytes, start, bits));

function isPublicV6(b: Uint8Array): boolean {
  const zeros = (from: number, to: number) => b.subarray(from, to).every((x) => x === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, which also covers :: and ::1): the IPv4 rules.
  if (zeros(0, 10) && ((b[10] === 0xff && b[11] === 0xff) || (b[10] === 0 && b[11] === 0))) return isPublicV4(b.subarray(12));
  // NAT64 (64:ff9b::/96): the IPv4 address it translates to.
  if (inPrefix(b, [0x00, 0x64, 0xff, 0x9b], 32) && zeros(4, 12)) return isPublicV4(b.subarray(12));
  // 6to4 (2002::/16): the IPv4 address of the relay.
  if (inPrefix(b, [0x20, 0x02], 16)) return isPublicV4(b.subarray(2, 6));
  // Global unicast is 2000::/3 only (refuses fc00::/7, fe80::/10, ff00::/8 and the rest).
  if (!inPrefix(b, [0x20], 3)) return false;
  // Within it: IETF protocol assignments with Teredo (2001::/23) and documentation (2001:db8::/32).
  return !inPrefix(b, [0x20, 0x01, 0x00], 23) && !inPrefix(b, [0x20, 0x01, 0x0d, 0xb8], 32);
}

/** True only for a public unicast IPv4 or IPv6 address (a zone id, as in fe80::1%eth0, is refused). */
export function isPublicAddress(ip: string): boolean {
  if (ip.includes('%')) return false;
  const v4 = v4Bytes(ip);
  if (v4) return isPublicV4(v4);
  const v6 = v6Bytes(ip);
  return v6 ? isPublicV6(v6) : false;
}

/** Thrown (through the lookup) when a name resolves to an address the check refuses. */
export class AddressRefused extends Error {
  readonly code = 'EADDRESSREFUSED';
  constructor(readonly address: string) {
    super(`Address refused: ${address}`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http/https and node:net: every address the name resolves to must pass
 * `allowed`, or the connection fails with AddressRefused before any socket is opened.
 */
export function checkedLookup(allowed: (ip: string) => boolean = isPublicAddress) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { family: options.family ?? 0, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((a) => !allowed(a.address));
      if (refused) return callback(new AddressRefused(refused.address), []);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      if (options.all) return callback(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}
