#!/usr/bin/env node
/**
 * Web Chat's ready browser bundle (botframework-webchat's dist/webchat.js), which the bot serves
 * itself at /webchat/webchat.js: no CDN, no request outside the commune's site.
 *
 * Installing botframework-webchat as a dependency would pull React and about 480 MB for one file,
 * so this script (run by npm's postinstall) takes the package's tarball from the npm registry with
 * `npm pack`, checks it against the integrity pinned below, and keeps only dist/webchat.js in
 * node_modules/.cache/webchat/. It does nothing when the file is already there and intact.
 *
 * It also writes the bundle compressed once and for all, next to it (`.br`: brotli quality 11,
 * `.gz`: gzip level 9), which the bot sends to browsers that accept them (src/web/compressedAsset.ts
 * checks that they decompress to the bundle). `node scripts/fetch-webchat.js --precompress <file>`
 * does only that, for any file.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const zlib = require('node:zlib');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const VERSION = '4.18.1';
const TARBALL_INTEGRITY = 'sha512-7jpEUJ7olT62Xm+8eh7BhhIcXVfU2xD4pZDaeBt8K4XcNy6K/83UGIxE9BFkXmHMZ4hDEVOzs5cre07GWuaXzg==';
const root = path.resolve(__dirname, '..');
const target = path.join(root, 'node_modules', '.cache', 'webchat', `webchat-${VERSION}.js`);
const digestFile = `${target}.sha512`;

const sha512 = (file) => createHash('sha512').update(fs.readFileSync(file)).digest('base64');

function intact() {
  return fs.existsSync(target) && fs.existsSync(digestFile) && fs.readFileSync(digestFile, 'utf8').trim() === sha512(target);
}

function fetchBundle() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['pack', `botframework-webchat@${VERSION}`, '--pack-destination', work, '--silent', '--ignore-scripts'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = path.join(work, `botframework-webchat-${VERSION}.tgz`);
    const integrity = `sha512-${sha512(tarball)}`;
    if (integrity !== TARBALL_INTEGRITY) throw new Error(`botframework-webchat-${VERSION}.tgz does not match its pinned integrity (got ${integrity}).`);
    execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/dist/webchat.js']);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(work, 'package', 'dist', 'webchat.js'), target);
    fs.writeFileSync(digestFile, `${sha512(target)}\n`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Writes `<file>.br` and `<file>.gz` unless they already decompress to the file. */
function precompress(file) {
  const content = fs.readFileSync(file);
  const encodings = [
    { ext: '.br', pack: (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }), unpack: zlib.brotliDecompressSync },
    { ext: '.gz', pack: (b) => zlib.gzipSync(b, { level: 9 }), unpack: zlib.gunzipSync },
  ];
  for (const { ext, pack, unpack } of encodings) {
    const out = `${file}${ext}`;
    try {
      if (unpack(fs.readFileSync(out)).equals(content)) continue;
    } catch {
      // Missing or unreadable: written below.
    }
    fs.writeFileSync(`${out}.tmp`, pack(content));
    fs.renameSync(`${out}.tmp`, out);
  }
}

if (process.argv[2] === '--precompress') {
  for (const file of process.argv.slice(3)) precompress(path.resolve(file));
  process.exit(0);
}
try {
  if (!intact()) {
    fetchBundle();
    process.stdout.write(`Web Chat ${VERSION} bundle ready: ${path.relative(root, target)}\n`);
  }
} catch (e) {
  process.stderr.write(`Could not get Web Chat's browser bundle (botframework-webchat@${VERSION}) from the npm registry: ${e.message}\nThe bot still runs, but the chat page at / cannot open. Run "npm run webchat:fetch" when the registry is reachable.\n`);
  process.exit(1);
}
try {
  precompress(target);
} catch (e) {
  process.stderr.write(`Could not write Web Chat's bundle compressed next to it: ${e.message}\nThe bot compresses it itself at the first request.\n`);
}
