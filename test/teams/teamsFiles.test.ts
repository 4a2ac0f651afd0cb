/**
 * Papers attached in Teams (manifest `supportsFiles`): Teams sends a file as an attachment
 * `application/vnd.microsoft.teams.file.download.info` with a pre-authenticated `downloadUrl`; the
 * bot downloads it with the checks of any upload (type from the content, 10 MB while streaming, a
 * deadline, listed https hosts, the conversation's files an hour) and stores it where a web chat
 * upload goes. A file server on 127.0.0.1 plays SharePoint: the configuration allows it only for
 * tests (ATTACHMENT_TEST_LOOPBACK with NODE_ENV=test). Each failure leaves nothing stored and asks for
 * the same paper again; the next good file is taken.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { UPLOADS_PER_HOUR } from '../../src/index';
import { TEAMS_FILE } from '../../src/bot/paperAttachment';
import { signedInChat } from '../support/accounts';
import { ROOT, startChat, type Chat } from '../support/harness';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300, 32)]);
/** What /big.pdf would send in all; the bot must hang up long before (10 MB, plus what the sockets' buffers hold). */
const ENDLESS = 64 * 1024 * 1024;
const TEST_ENV = { NODE_ENV: 'test', ATTACHMENT_TEST_LOOPBACK: 'true', ATTACHMENT_TIMEOUT_MS: '800' };

interface FileServer {
  base: string;
  hits: Record<string, number>;
  /** Bytes of /big written before the bot hung up. */
  bigSent: number;
  close(): Promise<void>;
}

let server: FileServer;
beforeAll(async () => {
  const sockets: Socket[] = [];
  const state = { hits: {} as Record<string, number>, bigSent: 0 };
  const srv = http.createServer((req, res) => {
    const route = (req.url ?? '').split('?')[0] ?? '';
    state.hits[route] = (state.hits[route] ?? 0) + 1;
    if (route === '/ok.pdf') {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': PDF.length });
      res.end(PDF);
    } else if (route === '/big.pdf') {
      // Chunked, no length announced: the limit must hold while the body streams in.
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const chunk = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64 * 1024 - 9, 32)]);
      const pump = () => {
        while (state.bigSent < ENDLESS) {
          state.bigSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    } else if (route === '/program.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(Buffer.from('MZ\x90\x00 an executable named like a PDF'));
    } else if (route === '/slow.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.write('%PDF-1.7\n'); // …and never more.
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  srv.on('connection', (s: Socket) => sockets.push(s));
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  server = {
    base: `http://127.0.0.1:${port}`,
    hits: state.hits,
    get bigSent() {
      return state.bigSent;
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => srv.close(() => resolve()));
    },
  };
});
afterAll(() => server.close());

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** A message as Teams sends a file: its text/html copy first, then the file's download info. */
const teamsFile = (downloadUrl: string, name = 'avis 2025.pdf') => ({
  text: '',
  attachments: [
    { contentType: 'text/html', content: '<div><div><span></span></div></div>' },
    {
      contentType: TEAMS_FILE,
      // The file in the resident's OneDrive: it needs their sign-in, the bot never reads it.
      contentUrl: 'https://contoso-my.sharepoint.com/personal/francoise_contoso_fr/Documents/Applications/Espace Citoyens/avis.pdf',
      name,
      content: { downloadUrl, uniqueId: '1150d938-8870-4044-9f2c-5bbdeba70c9d', fileType: 'pdf', etag: '1150d938-8870-4044-9f2c-5bbdeba70c9d' },
    },
  ],
});

const documents = (c: Chat) => c.core.db.$client.prepare('select kind, file_name, mime_type, size_bytes, storage_path from documents').all() as Array<Record<string, unknown>>;

async function atFileQuestion(env: Record<string, string> = TEST_ENV): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId: 'msteams', linkFile: 'CSP-F-000101', env });
  await c.say('envoyer un document');
  const asked = c.text(await c.say('Avis d\'imposition'));
  expect(asked).toContain(c.core.texts.for('fr')('documents.askFile', { kind: c.core.texts.for('fr')('documents.kind.avis_imposition') }));
  return c;
}

describe('Teams files', () => {
  it('downloads the file Teams links to and stores it as the avis d\'imposition', async () => {
    const before = server.hits['/ok.pdf'] ?? 0;
    const c = await atFileQuestion();
    await c.say(teamsFile(`${server.base}/ok.pdf?tempauth=abc`));
    const [row] = documents(c);
    expect(row).toMatchObject({ kind: 'avis_imposition', file_name: 'avis 2025.pdf', mime_type: 'application/pdf', size_bytes: PDF.length });
    expect(fs.readFileSync(path.join(c.core.config.uploadsDir, String(row?.storage_path))).equals(PDF)).toBe(true);
    expect(server.hits['/ok.pdf']).toBe(before + 1);
  });

  it.each([
    ['too big (cut while streaming)', '/big.pdf', 'documents.tooLarge'],
    ['not a PDF, JPEG or PNG by its content', '/program.pdf', 'documents.refused.badType'],
    ['missing (404)', '/missing.pdf', 'documents.unreachable'],
    ['too slow (past the deadline)', '/slow.pdf', 'documents.unreachable'],
  ])('a file %s: nothing stored, a French answer, the same paper asked again, then the good file taken', async (_label, route, key) => {
    // 10 MB on a loaded machine may take longer than the short deadline the other cases use.
    const c = await atFileQuestion(route === '/big.pdf' ? { ...TEST_ENV, ATTACHMENT_TIMEOUT_MS: '30000' } : TEST_ENV);
    const t = c.core.texts.for('fr');
    const started = Date.now();
    const reply = c.text(await c.say(teamsFile(`${server.base}${route}`)));
    // The deadline (800 ms here) ends a download that stalls: the answer comes well before the test's own limit.
    if (route === '/slow.pdf') expect(Date.now() - started).toBeLessThan(5000);
    expect(reply).toContain(t(key));
    expect(reply).toContain(t('documents.askFile', { kind: t('documents.kind.avis_imposition') }));
    expect(documents(c)).toEqual([]);
    if (route === '/big.pdf') expect(server.bigSent).toBeLessThan(ENDLESS);
    await c.say(teamsFile(`${server.base}/ok.pdf`));
    expect(documents(c)).toMatchObject([{ kind: 'avis_imposition', size_bytes: PDF.length }]);
  });

  it('never downloads from a host not listed, nor from 127.0.0.1 without the tests\' setting', async () => {
    const c = await atFileQuestion();
    const t = c.core.texts.for('fr');
    expect(c.text(await c.say(teamsFile('https://files.example.org/avis.pdf')))).toContain(t('documents.sourceRefused'));
    expect(c.text(await c.say(teamsFile(`${server.base.replace('127.0.0.1', 'localhost')}/ok.pdf`)))).toContain(t('documents.sourceRefused'));
    expect(documents(c)).toEqual([]);

    const before = server.hits['/ok.pdf'] ?? 0;
    const plain = await atFileQuestion({ NODE_ENV: 'test' });
    expect(plain.text(await plain.say(teamsFile(`${server.base}/ok.pdf`)))).toContain(t('documents.sourceRefused'));
    expect(server.hits['/ok.pdf'] ?? 0).toBe(before);
    expect(documents(plain)).toEqual([]);
  });

  it('takes no text/html copy of a typed message for a file', async () => {
    const c = await atFileQuestion();
    const reply = c.text(await c.say({ text: 'voilà', attachments: [{ contentType: 'text/html', content: '<p>voilà</p>' }] }));
    expect(reply).toContain(c.core.texts.for('fr')('documents.noFile'));
    expect(documents(c)).toEqual([]);
  });

  it(`counts Teams files in the conversation's ${UPLOADS_PER_HOUR} an hour: beyond, nothing is downloaded`, async () => {
    const c = await atFileQuestion();
    for (let i = 0; i < UPLOADS_PER_HOUR; i += 1) await c.say(teamsFile(`${server.base}/missing.pdf`));
    const before = server.hits['/ok.pdf'] ?? 0;
    expect(c.text(await c.say(teamsFile(`${server.base}/ok.pdf`)))).toContain(c.core.texts.for('fr')('documents.tooMany'));
    expect(server.hits['/ok.pdf'] ?? 0).toBe(before);
    expect(documents(c)).toEqual([]);
  });

  it('takes a démarche\'s paper from Teams, after a failed one, and files it with the request', async () => {
    const c = startChat({ channelId: 'msteams', env: TEST_ENV });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('je voudrais un duplicata du livret de famille');
    for (const said of ['Perte, vol ou destruction', 'oui', 'oui', 'Durand', 'Françoise', 'Marc Durand', '15/06/2012', 'deux', 'francoise@example.org']) await c.say(said);
    expect(c.text(await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy'))).toContain('Joignez votre pièce d\'identité');
    expect(c.text(await c.say(teamsFile(`${server.base}/missing.pdf`, 'cni.pdf')))).toContain(c.core.texts.for('fr')('demarche.file.unreachable'));
    expect(c.text(await c.say(teamsFile(`${server.base}/ok.pdf`, 'cni.pdf')))).toContain('Pièce d\'identité : reçu (cni.pdf)');
    expect(c.text(await c.say('oui'))).toContain('CSP-2026-');
    const [paper] = c.core.db.$client.prepare('select request_id, kind, file_name, size_bytes from documents').all() as Array<Record<string, unknown>>;
    expect(paper).toMatchObject({ kind: 'piece_identite', file_name: 'cni.pdf', size_bytes: PDF.length });
    expect(paper?.request_id).not.toBeNull();
  });

  it('refuses the tests\' loopback setting outside the tests', () => {
    expect(() => loadConfig({ DATA_DIR: '/tmp/unused', ATTACHMENT_TEST_LOOPBACK: 'true', NODE_ENV: 'production' }, ROOT)).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: '/tmp/unused', ATTACHMENT_TEST_LOOPBACK: 'true' }, ROOT)).toThrow(ConfigError);
  });
});
