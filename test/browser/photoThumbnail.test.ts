/// <reference lib="dom" />
/**
 * A photo sent with the paper clip: Web Chat makes its thumbnail in a worker it starts from a blob:
 * URL. The page's Content-Security-Policy must let it (worker-src blob:), or every photo sent logs a
 * CSP violation in the console (and Web Chat falls back to the main thread). Skipped without Chromium.
 */
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { signIn, closeChatPage, openChatPage, type ChatPage } from './chatPage';
import { andThen, say } from './chatDriver';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();
jest.setTimeout(180_000);

/** A real 40×30 grey PNG, made here. */
function png(): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let r = -1;
    for (const x of b) r = (table[(r ^ x) & 255] ?? 0) ^ (r >>> 8);
    return (r ^ -1) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(40, 0);
  header.writeUInt32BE(30, 4);
  header[8] = 8;
  header[9] = 2;
  const raw = Buffer.alloc((40 * 3 + 1) * 30, 200);
  for (let y = 0; y < 30; y += 1) raw[y * (40 * 3 + 1)] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

let chat: ChatPage;
let page: Page;
const logged: string[] = [];

describeBrowser('a photo sent with the paper clip', () => {
  beforeAll(async () => {
    chat = await openChatPage({ viewport: { width: 375, height: 667 }, resident: true, watch: (p) => p.on('console', (m) => logged.push(m.text())) });
    ({ page } = chat);
    await signIn(chat);
  });
  afterAll(() => closeChatPage(chat));

  it('is received as the paper asked, its thumbnail made without any Content-Security-Policy violation', async () => {
    await say(page, 'envoyer un justificatif de domicile', /Joignez le fichier/);
    await andThen(page, async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.webchat__upload-button').first().click()]);
      await chooser.setFiles({ name: 'facture-edf.png', mimeType: 'image/png', buffer: png() });
    }, /facture-edf\.png/);
    const repos = chat.app.core.service.deps.repos;
    const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    // The file's name shows in the resident's own message at once: the paper is stored when the bot's turn ends (10 s at most).
    let papers = await repos.documents.listByHousehold(household?.id as number);
    for (const t0 = Date.now(); papers.length === 0 && Date.now() - t0 < 10_000; papers = await repos.documents.listByHousehold(household?.id as number)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(papers.map((d) => [d.kind, d.fileName, d.mimeType])).toEqual([['justificatif_domicile', 'facture-edf.png', 'image/png']]);
    expect(logged.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });

  it('raised no script error', () => {
    expect(chat.problems).toEqual([]);
  });
});
