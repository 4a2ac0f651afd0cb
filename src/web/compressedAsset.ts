/**
 * A static file the chat page loads (Web Chat's bundle, the page's script), named by its content
 * and kept compressed: brotli (quality 11) and gzip (level 9), with node:zlib only.
 *
 * The hash is taken when the asset is loaded (the page must name it). The compressed bodies are
 * made once, at the first request that asks for them, off the event loop (zlib's thread pool), and
 * kept in memory. For Web Chat's bundle, `npm install` already wrote them next to it
 * (scripts/fetch-webchat.js: `<file>.br`, `<file>.gz`): they are used when they decompress to the
 * file itself. Otherwise a large file first gets a quick brotli (quality 5, a fifth of a second for
 * Web Chat's 3.9 MB) and quality 11 (about ten seconds) replaces it when ready.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
const brotli = promisify(zlib.brotliCompress);
const unbrotli = promisify(zlib.brotliDecompress);

/** Above this size, a quick brotli comes first and quality 11 follows in the background. */
const QUICK_FIRST_BYTES = 512 * 1024;

const brotliAt = (content: Buffer, quality: number) =>
  brotli(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length } });

export class CompressedAsset {
  /** The first 12 hexadecimal digits of the content's SHA-256: a new version, a new name. */
  readonly hash: string;
  private readonly bodies = new Map<Encoding, Promise<Buffer | undefined>>();
  /** Quality 11 under way after a quick brotli. */
  private upgrade: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    readonly content: Buffer,
    readonly type: string,
  ) {
    this.hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  }

  /** `name.ext` → `name.<hash>.ext`. */
  hashedName(name: string): string {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? `${name}.${this.hash}` : `${name.slice(0, dot)}.${this.hash}${name.slice(dot)}`;
  }

  /** The body in that encoding; undefined when compressing does not make it smaller. */
  encoded(encoding: Encoding): Promise<Buffer | undefined> {
    let body = this.bodies.get(encoding);
    if (!body) {
      body = this.make(encoding).catch(() => undefined);
      this.bodies.set(encoding, body);
    }
    return body;
  }

  /** Resolves once both encodings are made at their best (quality 11 included). */
  async ready(): Promise<void> {
    await Promise.all([this.encoded('br'), this.encoded('gzip')]);
    await this.upgrade;
  }

  private async make(encoding: Encoding): Promise<Buffer | undefined> {
    const ready = await this.sidecar(encoding);
    if (ready) return ready;
    if (encoding === 'gzip') return this.smaller(await gzip(this.content, { level: 9 }));
    if (this.content.length <= QUICK_FIRST_BYTES) return this.smaller(await brotliAt(this.content, 11));
    const quick = await brotliAt(this.content, 5);
    this.upgrade = brotliAt(this.content, 11).then(
      (best) => this.bodies.set('br', Promise.resolve(this.smaller(best))),
      () => undefined,
    );
    return this.smaller(quick);
  }

  /** `<file>.br` or `<file>.gz` written at install, when it is this very content compressed. */
  private async sidecar(encoding: Encoding): Promise<Buffer | undefined> {
    const file = `${this.file}.${encoding === 'br' ? 'br' : 'gz'}`;
    try {
      const body = await fs.promises.readFile(file);
      const plain = encoding === 'br' ? await unbrotli(body) : await gunzip(body);
      return plain.equals(this.content) ? this.smaller(body) : undefined;
    } catch {
      return undefined;
    }
  }

  private smaller(body: Buffer): Buffer | undefined {
    return body.length < this.content.length ? body : undefined;
  }
}

const loaded = new Map<string, { mtimeMs: number; size: number; asset: CompressedAsset }>();

/**
 * The asset of a file, read now; the same object while the file is unchanged (its compressed
 * bodies are shared by every server of the process). Undefined when the file cannot be read.
 */
export function loadAsset(file: string, type: string, transform?: (text: string) => string): CompressedAsset | undefined {
  try {
    const stat = fs.statSync(file);
    const known = loaded.get(file);
    if (!transform && known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.asset;
    const raw = fs.readFileSync(file);
    const asset = new CompressedAsset(file, transform ? Buffer.from(transform(raw.toString('utf8'))) : raw, type);
    if (!transform) loaded.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, asset });
    return asset;
  } catch {
    return undefined;
  }
}
