/**
 * Downloads a file a resident attached in the chat: a data: URL, or an http(s) URL given by the
 * channel, read as a stream and stopped as soon as it passes the limit (10 s at most).
 */
import type { Attachment } from 'botbuilder';

export type Download = { ok: true; name: string; bytes: Uint8Array } | { ok: false; reason: 'tooLarge' | 'unreachable' | 'none' };

export async function downloadAttachment(attachment: Attachment | undefined, maxBytes: number, timeoutMs = 10_000): Promise<Download> {
  const url = attachment?.contentUrl;
  if (!attachment || !url) return { ok: false, reason: 'none' };
  const name = attachment.name ?? 'document';
  const data = /^data:[^,]*?(;base64)?,(.*)$/s.exec(url);
  if (data) {
    const bytes = data[1] ? Buffer.from(data[2] ?? '', 'base64') : Buffer.from(decodeURIComponent(data[2] ?? ''), 'utf8');
    return bytes.length > maxBytes ? { ok: false, reason: 'tooLarge' } : { ok: true, name, bytes };
  }
  if (!/^https?:\/\//.test(url)) return { ok: false, reason: 'unreachable' };
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (!res.ok || !res.body) return { ok: false, reason: 'unreachable' };
    if (Number(res.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, reason: 'tooLarge' };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) return { ok: false, reason: 'tooLarge' };
      chunks.push(chunk);
    }
    return { ok: true, name, bytes: Buffer.concat(chunks) };
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
}
