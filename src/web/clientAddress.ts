/**
 * The address of the client a request comes from, for the limits counted per address (new chat
 * conversations). Behind a TLS proxy or a load balancer, the connection's own address is the
 * proxy's: every resident of the town would share one limit. With TRUST_PROXY, the address is read
 * from X-Forwarded-For, trusting only the proxies named there (a number of hops, or their
 * addresses or subnets): a client cannot choose its address by sending the header itself.
 * proxy-addr (Express's) does the reading.
 */
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

export type ClientAddress = (req: IncomingMessage) => string;

export function clientAddressReader(trust: number | readonly string[] | undefined): ClientAddress {
  if (trust === undefined || trust === 0) return (req) => req.socket.remoteAddress ?? 'unknown';
  const trusted = typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : proxyaddr.compile([...trust]);
  return (req) => {
    if (!req.socket.remoteAddress) return 'unknown';
    try {
      return proxyaddr(req, trusted);
    } catch {
      return req.socket.remoteAddress;
    }
  };
}
