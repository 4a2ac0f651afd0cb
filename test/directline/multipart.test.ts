/**
 * The upload body reader on its own (src/directline/multipart.ts), fed by hand: what it returns for
 * the body Web Chat sends, and each limit, checked as the bytes arrive (a body that never ends
 * gives up at its deadline).
 */
import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { readUpload, type UploadLimits } from '../../src/directline/multipart';

const LIMITS: UploadLimits = { fileBytes: 1000, files: 2, activityBytes: 300, totalBytes: 4000, timeoutMs: 2000 };
const B = 'bnd';

function request(headers: Record<string, string> = {}): PassThrough & IncomingMessage {
  const req = new PassThrough() as PassThrough & IncomingMessage;
  req.headers = { 'content-type': `multipart/form-data; boundary=${B}`, ...headers };
  return req;
}
const part = (name: string, body: string | Buffer, filename?: string, type = 'application/octet-stream') =>
  Buffer.concat([Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\nContent-Type: ${type}\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n')]);
const end = Buffer.from(`--${B}--\r\n`);

it('reads the activity (as a blob part or a field) and the files', async () => {
  const req = request();
  const reading = readUpload(req, LIMITS);
  req.end(Buffer.concat([part('activity', '{"type":"message","text":"voici"}', 'blob', 'application/vnd.microsoft.activity'), part('file', '%PDF-1.4 x', 'avis.pdf', 'application/pdf'), end]));
  expect(await reading).toEqual({ ok: true, activity: { type: 'message', text: 'voici' }, files: [{ fileName: 'avis.pdf', declaredType: 'application/pdf', bytes: Buffer.from('%PDF-1.4 x') }] });

  const asField = request();
  const second = readUpload(asField, LIMITS);
  asField.end(Buffer.concat([part('activity', '{"type":"message"}'), part('file', 'abc', 'a.png', 'image/png'), end]));
  expect(await second).toMatchObject({ ok: true, activity: { type: 'message' }, files: [{ fileName: 'a.png' }] });
});

it('refuses each limit passed: file, activity (part or field), number of files, whole body, unknown field', async () => {
  const cases: Array<[Buffer, number]> = [
    [Buffer.concat([part('file', Buffer.alloc(1001, 1), 'big.pdf'), end]), 413],
    [Buffer.concat([part('activity', `{"text":"${'x'.repeat(400)}"}`, 'blob'), part('file', 'a', 'a.pdf'), end]), 413],
    [Buffer.concat([part('activity', `{"text":"${'x'.repeat(400)}"}`), part('file', 'a', 'a.pdf'), end]), 413],
    [Buffer.concat([part('file', 'a', '1.pdf'), part('file', 'b', '2.pdf'), part('file', 'c', '3.pdf'), end]), 400],
    [Buffer.concat([part('other', 'x', undefined, 'text/plain'), part('file', 'a', 'a.pdf'), end]), 400],
  ];
  const statuses: number[] = [];
  for (const [body] of cases) {
    const req = request();
    const reading = readUpload(req, LIMITS);
    req.end(body);
    const read = await reading;
    statuses.push(read.ok ? 200 : read.status);
  }
  expect(statuses).toEqual(cases.map(([, status]) => status));
  // The whole body, counted as it arrives (no length announced): five files of 900 bytes pass 4000.
  const many = request();
  const reading = readUpload(many, { ...LIMITS, files: 5 });
  many.end(Buffer.concat([...Array.from({ length: 5 }, (_, i) => part('file', Buffer.alloc(900, 1), `${i}.pdf`)), end]));
  expect(await reading).toMatchObject({ ok: false, status: 413 });
  // A length announced over the whole limit: refused before reading anything.
  expect(await readUpload(request({ 'content-length': '5000' }), LIMITS)).toMatchObject({ ok: false, status: 413 });
});

it('gives up on a body that never ends, at its deadline', async () => {
  const req = request();
  const started = Date.now();
  const reading = readUpload(req, { ...LIMITS, timeoutMs: 200 });
  req.write(part('file', 'abc', 'a.pdf'));
  expect(await reading).toMatchObject({ ok: false, status: 408 });
  expect(Date.now() - started).toBeLessThan(2000);
});

it('refuses a body cut short, and a multipart type without a boundary', async () => {
  const req = request();
  const reading = readUpload(req, LIMITS);
  req.end(Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF`));
  expect(await reading).toMatchObject({ ok: false, status: 400 });
  expect(await readUpload(request({ 'content-type': 'multipart/form-data' }), LIMITS)).toMatchObject({ ok: false, status: 400 });
});
