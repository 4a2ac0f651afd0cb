/**
 * Downloads a file a resident attached in the chat: a data: URL, or an http(s) URL given by the
 * channel. Only from the hosts the channel is expected to use (ATTACHMENT_HOSTS), and never from an
 * address that is not public (src/bot/addressCheck.ts): a name is resolved, every address checked,
 * and the socket connects to the checked address; each redirect (3 at most) is checked again.
 * One deadline covers the whole download (connect, headers, body) and destroys the socket when it
 * fires; the size limit is enforced while the body streams in.
 */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Attachment } from 'botbuilder';
import { AddressRefused, checkedLookup, isPublicAddress } from './addressCheck';

/** `tooMany`: the conversation sent more files than its limit allows for now (src/directline/uploadStore.ts). */
export type Download = { ok: true; name: string; bytes: Uint8Array } | { ok: false; reason: 'tooLarge' | 'unreachable' | 'refused' | 'none' | 'tooMany' };

export interface DownloadPolicy {
  /** Host names the files may come from: `name.example.com`, or `*.example.com` for its subdomains. */
  hosts: readonly string[];
  /** URL schemes allowed besides data: (https: only, by default). */
  protocols?: readonly ('https:' | 'http:')[];
  /** Which resolved addresses may be connected to: public unicast only, by default (tests allow their own server). */
  allowAddress?: (ip: string) => boolean;
  /** The whole download, from the first connection to the last byte. */
  timeoutMs?: number;
  maxRedirects?: number;
}

export const DOWNLOAD_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 3;

/** Whether a host name is in the list: exactly, or under a `*.` pattern (which does not match the bare domain). */
export function hostAllowed(hostname: string, hosts: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return hosts.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.startsWith('*.') ? host.endsWith(p.slice(1)) && host.length > p.length - 1 : host === p;
  });
}

/** The URL's host without the brackets of an IPv6 literal. */
const bareHost = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

class Refused extends Error {}
class TooLarge extends Error {}
class Deadline extends Error {}

function decodeDataUrl(url: string, name: string, maxBytes: number): Download | undefined {
  const data = /^data:[^,]*?(;base64)?,(.*)$/s.exec(url);
  if (!data) return undefined;
  const payload = data[2] ?? '';
  // Base64 gives 3 bytes per 4 characters: no need to decode what is already too long.
  if (data[1] && Math.floor((payload.length * 3) / 4) > maxBytes + 2) return { ok: false, reason: 'tooLarge' };
  let bytes: Buffer;
  try {
    bytes = data[1] ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  return bytes.length > maxBytes ? { ok: false, reason: 'tooLarge' } : { ok: true, name, bytes };
}

/** One GET, without following redirects; rejects with Refused before connecting to a refused address. */
function get(url: URL, policy: Required<DownloadPolicy>, signal: AbortSignal): Promise<IncomingMessage> {
  if (!(policy.protocols as readonly string[]).includes(url.protocol) || !hostAllowed(bareHost(url), policy.hosts)) return Promise.reject(new Refused());
  // An IP literal is not resolved, so node:http would not call the lookup: it is checked here.
  if (net.isIP(bareHost(url)) && !policy.allowAddress(bareHost(url))) return Promise.reject(new Refused());
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(url, { lookup: checkedLookup(policy.allowAddress), signal, agent: false, headers: { accept: '*/*' } }, resolve);
    req.on('error', (e) => reject(e instanceof AddressRefused || (e as { cause?: unknown }).cause instanceof AddressRefused ? new Refused() : e));
  });
}

/** The body, stopped (and its socket destroyed) as soon as it passes maxBytes. */
async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(res.headers['content-length'] ?? 0) > maxBytes) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  }
  if (!res.complete) throw new Error('Body cut short');
  return Buffer.concat(chunks);
}

async function fetchChecked(start: URL, maxBytes: number, policy: Required<DownloadPolicy>, signal: AbortSignal, track: (res: IncomingMessage) => void): Promise<Buffer> {
  let url = start;
  for (let hop = 0; ; hop += 1) {
    const res = await get(url, policy, signal);
    track(res);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.destroy();
      if (hop >= policy.maxRedirects) throw new Error('Too many redirects');
      url = new URL(res.headers.location, url);
      continue;
    }
    if (status !== 200) {
      res.destroy();
      throw new Error(`HTTP ${status}`);
    }
    return readBody(res, maxBytes);
  }
}

export async function downloadAttachment(attachment: Attachment | undefined, maxBytes: number, policy: DownloadPolicy): Promise<Download> {
  const url = attachment?.contentUrl;
  if (!attachment || !url) return { ok: false, reason: 'none' };
  const name = attachment.name ?? 'document';
  const data = decodeDataUrl(url, name, maxBytes);
  if (data) return data;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  const full: Required<DownloadPolicy> = {
    hosts: policy.hosts,
    protocols: policy.protocols ?? ['https:'],
    allowAddress: policy.allowAddress ?? isPublicAddress,
    timeoutMs: policy.timeoutMs ?? DOWNLOAD_TIMEOUT_MS,
    maxRedirects: policy.maxRedirects ?? MAX_REDIRECTS,
  };
  const controller = new AbortController();
  let current: IncomingMessage | undefined;
  const timer = setTimeout(() => {
    controller.abort(new Deadline());
    current?.destroy(new Deadline());
  }, full.timeoutMs);
  try {
    const bytes = await fetchChecked(parsed, maxBytes, full, controller.signal, (res) => (current = res));
    return { ok: true, name, bytes };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: 'refused' };
    if (e instanceof TooLarge) return { ok: false, reason: 'tooLarge' };
    return { ok: false, reason: 'unreachable' };
  } finally {
    clearTimeout(timer);
    current?.destroy();
  }
}

/** The loopback address the tests' file server listens on (allowed only with ATTACHMENT_TEST_LOOPBACK, NODE_ENV=test). */
export const TEST_LOOPBACK = '127.0.0.1';

/** The configuration's policy: https from its hosts, public addresses only; in tests, also http://127.0.0.1. */
export function downloadPolicy(config: { hosts: readonly string[]; timeoutMs: number; testLoopback: boolean }): DownloadPolicy {
  if (!config.testLoopback) return { hosts: config.hosts, timeoutMs: config.timeoutMs };
  return {
    hosts: [...config.hosts, TEST_LOOPBACK],
    protocols: ['https:', 'http:'],
    allowAddress: (ip) => ip === TEST_LOOPBACK || isPublicAddress(ip),
    timeoutMs: config.timeoutMs,
  };
}

/** The bot's downloader, for the hosts of the configuration. */
export const attachmentDownloader =
  (policy: DownloadPolicy) =>
  (attachment: Attachment | undefined, maxBytes: number): Promise<Download> =>
    downloadAttachment(attachment, maxBytes, policy);
