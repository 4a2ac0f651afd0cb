/**
 * Sends a static asset in the best encoding the browser accepts (brotli, then gzip, else as is),
 * with `Vary: Accept-Encoding` so that caches keep one copy per encoding, a weak ETag (the
 * content's hash: the same for every encoding) and 304 when the browser already has it.
 *
 * Cache-Control is the caller's: a year and `immutable` for a name that holds the content's hash
 * (a new version is a new name), a few minutes for a fixed name.
 */
import type restify from 'restify';
import type { CompressedAsset, Encoding } from './compressedAsset';

/** For names with the content's hash in them: never asked again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The encodings of an Accept-Encoding header with a q-value above 0, by preference (br first). */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (e: Encoding) => q.get(e) ?? q.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a));
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET). */
function notModified(req: restify.Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return String(header).split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export async function sendAsset(req: restify.Request, res: restify.Response, asset: CompressedAsset, cacheControl: string): Promise<void> {
  const etag = `W/"${asset.hash}"`;
  const common = { 'Cache-Control': cacheControl, Vary: 'Accept-Encoding', ETag: etag, 'X-Content-Type-Options': 'nosniff' };
  if (notModified(req, etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  for (const encoding of acceptedEncodings(req.headers['accept-encoding'] as string | undefined)) {
    const body = await asset.encoded(encoding);
    if (body) {
      res.sendRaw(200, body, { ...common, 'Content-Type': asset.type, 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
      return;
    }
  }
  res.sendRaw(200, asset.content, { ...common, 'Content-Type': asset.type, 'Content-Length': String(asset.content.length) });
}
