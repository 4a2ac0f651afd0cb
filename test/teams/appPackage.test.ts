/**
 * The Teams app package: appPackage/manifest.json keeps to the schema 1.17 limits and lists the
 * bot's real commands; the icons have the sizes Teams wants (the outline only white or fully
 * transparent pixels); scripts/teams-package.js fills the placeholders into the zip, and refuses
 * a missing or malformed MicrosoftAppId.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { detectCommand } from '../../src/nlu/commands';
import { matchMenuChoice } from '../../src/nlu/menuChoice';
import { LEGAL_PATHS } from '../../src/web/legalLinks';

const root = path.resolve(__dirname, '..', '..');
const appPackage = path.join(root, 'appPackage');
const script = path.join(root, 'scripts', 'teams-package.js');
const GUID = '0b5f4a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b';

interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  bots: Array<{
    botId: string;
    scopes: string[];
    supportsFiles: boolean;
    isNotificationOnly: boolean;
    commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }>;
  }>;
  permissions?: string[];
  validDomains: string[];
  localizationInfo: { defaultLanguageTag: string };
}

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  /** The filter type byte of each row. */
  filters: number[];
  /** 4 bytes per pixel, rows as stored (valid as pixels when every filter is 0). */
  rgba: Buffer;
}

/** Reads an 8-bit RGBA PNG without unfiltering: enough for our encoder, which writes filter 0. */
function readPng(file: string): Png {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') ihdr = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  if (!ihdr) throw new Error(`${file}: no IHDR chunk`);
  const png = { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4), bitDepth: ihdr.readUInt8(8), colorType: ihdr.readUInt8(9), interlace: ihdr.readUInt8(12) };
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = png.width * 4;
  expect(raw.length).toBe((stride + 1) * png.height);
  const filters: number[] = [];
  const rgba = Buffer.alloc(stride * png.height);
  for (let y = 0; y < png.height; y++) {
    filters.push(raw.readUInt8(y * (stride + 1)));
    raw.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { ...png, filters, rgba };
}

function pixels(png: Png): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  for (let i = 0; i < png.rgba.length; i += 4) out.push([png.rgba.readUInt8(i), png.rgba.readUInt8(i + 1), png.rgba.readUInt8(i + 2), png.rgba.readUInt8(i + 3)]);
  return out;
}

/** Runs the package script with only the given environment (nothing inherited but PATH). */
function runPackage(env: Record<string, string>): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [script], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string };
    return { status: failed.status ?? -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('Teams manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(appPackage, 'manifest.json'), 'utf8')) as Manifest;
  const bot = manifest.bots[0];
  const fr = JSON.parse(fs.readFileSync(path.join(root, 'locales', 'fr.json'), 'utf8')) as Record<string, string>;

  it('is a 1.17 manifest whose app id and bot id are the placeholder', () => {
    expect(manifest.$schema).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json');
    expect(manifest.manifestVersion).toBe('1.17');
    expect(manifest.version).toBe('1.0.0');
    expect(manifest.id).toBe('{{MicrosoftAppId}}');
    expect(manifest.bots).toHaveLength(1);
    expect(bot?.botId).toBe('{{MicrosoftAppId}}');
  });

  it('has the required fields within their length limits', () => {
    expect(manifest.developer.name).toBe('Espace Citoyens');
    expect(manifest.developer.name.length).toBeLessThanOrEqual(32);
    for (const url of [manifest.developer.websiteUrl, manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl]) expect(url).toMatch(/^(https:\/\/|\{\{PUBLIC_URL\}\})/);
    expect(manifest.name.short).toBe('Espace Citoyens');
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeGreaterThan(0);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeGreaterThan(0);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeGreaterThan(manifest.description.short.length);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.accentColor).toBe('#00626E');
    // the bot uses no resource-specific or legacy permission: the resident's name comes with each activity
    expect(manifest.permissions).toBeUndefined();
    expect(manifest.validDomains).toEqual(['{{PUBLIC_HOST}}']);
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('fr-fr');
  });

  it("links the bot's own privacy notice and terms of use, for the commune of the package when it names one", () => {
    expect(manifest.developer.privacyUrl).toBe(`{{PUBLIC_URL}}${LEGAL_PATHS.privacy}{{COMMUNE_QUERY}}`);
    expect(manifest.developer.termsOfUseUrl).toBe(`{{PUBLIC_URL}}${LEGAL_PATHS.terms}{{COMMUNE_QUERY}}`);
    expect(manifest.developer.websiteUrl).toBe('{{PUBLIC_URL}}/{{COMMUNE_QUERY}}');
  });

  it('declares a personal bot with at most 10 commands, titles ≤ 32 and descriptions ≤ 128 characters', () => {
    expect(bot?.scopes).toEqual(['personal']);
    expect(bot?.supportsFiles).toBe(true);
    expect(bot?.isNotificationOnly).toBe(false);
    expect(bot?.commandLists).toHaveLength(1);
    for (const list of bot?.commandLists ?? []) {
      expect(list.scopes).toEqual(['personal']);
      expect(list.commands.length).toBeGreaterThan(0);
      expect(list.commands.length).toBeLessThanOrEqual(10);
      expect(new Set(list.commands.map((c) => c.title)).size).toBe(list.commands.length);
      for (const { title, description } of list.commands) {
        expect(title.trim().length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(32);
        expect(description.trim().length).toBeGreaterThan(0);
        expect(description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('offers commands the bot understands: menu labels, « aide » and « menu »', () => {
    const titles = bot?.commandLists[0]?.commands.map((c) => c.title) ?? [];
    expect(titles).toEqual(['Réserver ou annuler', 'Mes factures', 'Démarches sans compte', 'Infos pratiques', 'Me connecter', 'aide', 'menu']);
    for (const title of titles.filter((t) => t !== 'aide' && t !== 'menu')) {
      const item = matchMenuChoice(title, undefined);
      expect(item).toBeDefined();
      expect(fr[`menu.item.${item}`]).toBe(title);
    }
    expect(detectCommand('aide')).toBe('help');
    expect(detectCommand('menu')).toBe('menu');
  });
});

describe('Teams icons', () => {
  it('color.png is a 192×192 opaque RGBA icon: a white shape on #00626E', () => {
    const png = readPng(path.join(appPackage, 'color.png'));
    expect([png.width, png.height, png.bitDepth, png.colorType, png.interlace]).toEqual([192, 192, 8, 6, 0]);
    expect(png.filters.every((f) => f === 0)).toBe(true);
    const all = pixels(png);
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    expect(all[0]).toEqual([0x00, 0x62, 0x6e, 255]);
    expect(all[all.length - 1]).toEqual([0x00, 0x62, 0x6e, 255]);
    expect(all.some(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
  });

  it('outline.png is a 32×32 RGBA icon with only white or fully transparent pixels', () => {
    const png = readPng(path.join(appPackage, 'outline.png'));
    expect([png.width, png.height, png.bitDepth, png.colorType, png.interlace]).toEqual([32, 32, 8, 6, 0]);
    expect(png.filters.every((f) => f === 0)).toBe(true);
    const all = pixels(png);
    const white = all.filter(([r, g, b, a]) => r === 255 && g === 255 && b === 255 && a === 255);
    const transparent = all.filter(([, , , a]) => a === 0);
    expect(white.length + transparent.length).toBe(32 * 32);
    expect(white.length).toBeGreaterThan(100);
    expect(transparent.length).toBeGreaterThan(100);
  });
});

describe('teams-package script', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('writes a zip with the filled manifest and both icons at its root', () => {
    const out = tempDir();
    const run = runPackage({ MicrosoftAppId: GUID, PUBLIC_URL: 'https://mairie.example.fr', TEAMS_PACKAGE_DIR: out });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const zipPath = path.join(out, 'espace-citoyens-teams.zip');
    expect(fs.existsSync(zipPath)).toBe(true);

    const files = unzipSync(fs.readFileSync(zipPath));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const text = strFromU8(files['manifest.json'] ?? new Uint8Array());
    expect(text).not.toContain('{{');
    const manifest = JSON.parse(text) as Manifest;
    expect(manifest.id).toBe(GUID);
    expect(manifest.bots[0]?.botId).toBe(GUID);
    expect(manifest.validDomains).toEqual(['mairie.example.fr']);
    expect(manifest.developer.websiteUrl).toBe('https://mairie.example.fr/');
    expect(manifest.developer.privacyUrl).toBe('https://mairie.example.fr/confidentialite');
    expect(manifest.developer.termsOfUseUrl).toBe('https://mairie.example.fr/conditions');
    expect(manifest.permissions).toBeUndefined();
    expect(manifest.description.full).toContain('« aide »');
    for (const icon of ['color.png', 'outline.png']) expect(Buffer.from(files[icon] ?? [])).toEqual(fs.readFileSync(path.join(appPackage, icon)));
  });

  it('names the commune in the website, privacy and terms URLs with TEAMS_COMMUNE', () => {
    const out = tempDir();
    const run = runPackage({ MicrosoftAppId: GUID, PUBLIC_URL: 'https://mairie.example.fr', TEAMS_COMMUNE: 'carrieres-sous-poissy', TEAMS_PACKAGE_DIR: out });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const manifest = JSON.parse(strFromU8(unzipSync(fs.readFileSync(path.join(out, 'espace-citoyens-teams.zip')))['manifest.json'] ?? new Uint8Array())) as Manifest;
    expect(manifest.developer).toMatchObject({
      websiteUrl: 'https://mairie.example.fr/?commune=carrieres-sous-poissy',
      privacyUrl: 'https://mairie.example.fr/confidentialite?commune=carrieres-sous-poissy',
      termsOfUseUrl: 'https://mairie.example.fr/conditions?commune=carrieres-sous-poissy',
    });
  });

  it('fails with exit code 1 when TEAMS_COMMUNE is not a commune id', () => {
    const out = tempDir();
    const run = runPackage({ MicrosoftAppId: GUID, PUBLIC_URL: 'https://mairie.example.fr', TEAMS_COMMUNE: 'Carrières?x=1', TEAMS_PACKAGE_DIR: out });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('TEAMS_COMMUNE');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('fails with exit code 1, naming the key, without MicrosoftAppId', () => {
    const out = tempDir();
    const run = runPackage({ PUBLIC_URL: 'https://mairie.example.fr', TEAMS_PACKAGE_DIR: out });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('MicrosoftAppId');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('fails with exit code 1 when MicrosoftAppId is not a GUID', () => {
    const run = runPackage({ MicrosoftAppId: 'my-bot', PUBLIC_URL: 'https://mairie.example.fr', TEAMS_PACKAGE_DIR: tempDir() });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/MicrosoftAppId: "my-bot" is not a GUID/);
  });

  it('fails with exit code 1 when PUBLIC_URL is not https', () => {
    const run = runPackage({ MicrosoftAppId: GUID, PUBLIC_URL: 'http://mairie.example.fr', TEAMS_PACKAGE_DIR: tempDir() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PUBLIC_URL');
  });
});
