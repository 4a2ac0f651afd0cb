/**
 * Test support: reads what a PDF tells assistive technology, from its bytes alone (no library):
 * the catalog (language, /MarkInfo, /ViewerPreferences, the info's title), and the structure tree
 * in reading order, each element with its type and the text of its marked content (MCIDs looked
 * up in the pages' inflated content streams; hex and literal strings read as WinAnsi).
 * Enough for pdfkit's output: objects are plain `n 0 obj … endobj`, streams Flate-compressed.
 */
import zlib from 'node:zlib';

export interface StructNode {
  type: string;
  /** The text of this element's own marked content (its MCIDs), in order. */
  text: string;
  children: StructNode[];
}

export interface PdfFacts {
  version: string;
  catalog: string;
  /** A dictionary entry of the catalog, an indirect object's body when it is a reference. */
  entry(name: string): string | undefined;
  /** The document information's title, decoded (PDFDocEncoding or UTF-16BE). */
  title: string | undefined;
  pages: number;
  /** The structure tree's root element(s) under /StructTreeRoot. */
  tree: StructNode[];
}

const REF = /(\d+) 0 R/g;

function objects(pdf: Buffer): Map<number, string> {
  const s = pdf.toString('latin1');
  const out = new Map<number, string>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) out.set(Number(m[1]), m[2] ?? '');
  return out;
}

/** A key's raw value in a dictionary body: a reference, an array, a dictionary, a name or a string. */
function value(body: string, key: string): string | undefined {
  const m = new RegExp(`/${key}\\s*(\\d+ 0 R|\\[[^\\]]*\\]|<<[\\s\\S]*?>>|/\\w+|\\([^)]*\\)|\\d+)`).exec(body);
  return m?.[1];
}

const refs = (text: string | undefined): number[] => [...(text ?? '').matchAll(REF)].map((m) => Number(m[1]));

/** WinAnsi's 0x80–0x9F (Node's TextDecoder reads them as Latin-1 controls); the rest is Latin-1. */
const WIN_ANSI_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsi = (bytes: Buffer): string => [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_HIGH[b - 0x80] : String.fromCharCode(b))).join('');

function decodeString(token: string): string {
  if (token.startsWith('<')) return winAnsi(Buffer.from(token.slice(1, -1), 'hex'));
  return winAnsi(Buffer.from(token.slice(1, -1).replace(/\\([()\\])/g, '$1'), 'latin1'));
}

/** The text of each MCID of one content stream. */
function markedTexts(content: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of content.matchAll(/\/\w+\s*<<\s*\/MCID (\d+)\s*>>\s*BDC([\s\S]*?)EMC/g)) {
    const strings = [...(m[2] ?? '').matchAll(/<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)/g)].map((s) => decodeString(s[0]));
    out.set(Number(m[1]), strings.join(''));
  }
  return out;
}

/** A PDF text string `(…)`: UTF-16BE after its byte-order mark, else Latin-1 (enough for titles). */
function textString(token: string | undefined): string | undefined {
  if (!token?.startsWith('(')) return undefined;
  const bytes = Buffer.from(token.trim().slice(1, -1).replace(/\\([()\\])/g, '$1'), 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
}

function streamOf(body: string): string {
  const start = body.indexOf('stream\n');
  const data = Buffer.from(body.slice(start + 7, body.lastIndexOf('endstream')), 'latin1');
  return (/FlateDecode/.test(body.slice(0, start)) ? zlib.inflateSync(data) : data).toString('latin1');
}

export function readPdf(pdf: Buffer): PdfFacts {
  const objs = objects(pdf);
  const get = (id: number) => objs.get(id) ?? '';
  const catalogId = [...objs].find(([, b]) => /\/Type \/Catalog/.test(b))?.[0] ?? -1;
  const catalog = get(catalogId);
  const resolve = (v: string | undefined) => (v && /^\d+ 0 R$/.test(v) ? get(refs(v)[0] ?? -1) : v);
  const infoId = refs(/\/Info (\d+ 0 R)/.exec(pdf.toString('latin1'))?.[1])[0] ?? -1;

  // MCIDs are per page: (page object id, mcid) → text.
  const texts = new Map<string, string>();
  const pageIds = [...objs].filter(([, b]) => /\/Type \/Page\b/.test(b)).map(([id]) => id);
  for (const page of pageIds) {
    for (const content of refs(value(get(page), 'Contents'))) for (const [mcid, text] of markedTexts(streamOf(get(content)))) texts.set(`${page}:${mcid}`, text);
  }

  const node = (id: number): StructNode => {
    const body = get(id);
    const page = refs(value(body, 'Pg'))[0];
    const kids = value(body, 'K') ?? '';
    const children: StructNode[] = [];
    let text = '';
    // Kids in order: element references, or MCIDs (integers) of the element's page.
    for (const m of kids.matchAll(/(\d+) 0 R|(\d+)/g)) {
      if (m[1]) children.push(node(Number(m[1])));
      else text += texts.get(`${page}:${m[2]}`) ?? '';
    }
    return { type: value(body, 'S')?.slice(1) ?? '?', text, children };
  };
  const root = get(refs(value(catalog, 'StructTreeRoot'))[0] ?? -1);
  return {
    version: pdf.subarray(0, 8).toString('latin1'),
    catalog,
    entry: (name) => resolve(value(catalog, name)),
    title: textString(resolve(value(get(infoId), 'Title'))),
    pages: pageIds.length,
    tree: refs(value(root, 'K')).map(node),
  };
}

/** Every element of a tree, depth first (reading order). */
export const flatten = (nodes: StructNode[]): StructNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);
