/**
 * The library parts loaded at their first use (src/deferredParts.ts), in a real Node process (Jest has
 * its own loader, where the parts are not deferred): botbuilder-core's index, the dialogs' prompts and
 * restify's server load without the Bot Framework connector, Azure's HTTP pipeline, the number
 * recognizer, SPDY, the form and CSV parsers, zod's messages in other languages than English; each
 * stand-in lists what its file exports, no more and no less; and the Azure channels' adapter, which
 * needs them, gets the real classes (one of each, whichever way they are reached).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Answer {
  loadedBefore: string[];
  names: Array<{ file: string; standIn: string[]; real: string[] }>;
  sameAuthentication: boolean;
  adapterExtendsBase: boolean;
  typingIsClass: boolean;
  form: unknown;
  zod: { before: number; says: string; french: string };
}

function run(): Answer {
  const script = `
    require(${JSON.stringify(path.join(ROOT, 'test', 'support', 'tsRegister.js'))});
    const path = require('node:path');
    const { DEFERRED_PARTS, partFile } = require(${JSON.stringify(path.join(ROOT, 'src', 'deferredParts.ts'))});
    // The stand-ins are in the module cache under their part's file: the packages are those of the other files.
    const standIns = new Set(DEFERRED_PARTS.map(partFile));
    const loadedPackages = () => [...new Set(Object.keys(require.cache).filter((f) => !standIns.has(f)).map((f) => f.match(/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//)?.[1]).filter(Boolean))];
    const core = require('botbuilder-core');
    require('botbuilder-dialogs/lib/prompts/attachmentPrompt');
    require(${JSON.stringify(path.join(ROOT, 'src', 'web', 'restifyParts.ts'))});
    const zodLanguages = () => Object.keys(require.cache).filter((f) => f.includes('/zod/v4/locales/') && !f.endsWith('/index.cjs')).length;
    const z = require('zod');
    const zodBefore = zodLanguages();
    const zodSays = z.string().safeParse(1).error.issues[0].message;
    const loadedBefore = loadedPackages();
    const names = DEFERRED_PARTS.map((part) => {
      const file = partFile(part);
      const standIn = require(file);
      const keys = Object.keys(standIn);
      const esModule = standIn.__esModule === true;
      void standIn[part.names[0]];
      const real = require.cache[file].exports;
      return { file: part.request, standIn: [esModule, ...keys], real: [real.__esModule === true, ...Object.keys(real)] };
    });
    const { parse } = require(partFile(DEFERRED_PARTS.find((p) => p.request === 'qs')));
    const botbuilder = require('botbuilder');
    console.log(JSON.stringify({
      loadedBefore,
      names,
      sameAuthentication: botbuilder.ConfigurationBotFrameworkAuthentication === core.ConfigurationBotFrameworkAuthentication,
      adapterExtendsBase: botbuilder.CloudAdapter.prototype instanceof core.CloudAdapterBase,
      typingIsClass: typeof core.ShowTypingMiddleware === 'function',
      form: parse('From=%2B33612345678&Body=bonjour'),
      zod: { before: zodBefore, says: zodSays, french: typeof z.locales.fr },
    }));`;
  const out = execFileSync(process.execPath, ['--no-deprecation', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string) as Answer;
}

it('loads botbuilder-core and the prompts without the connector, and the real parts at their first use', () => {
  const answer = run();
  expect(answer.loadedBefore).toEqual(expect.arrayContaining(['botbuilder-core', 'botbuilder-dialogs', 'botbuilder-stdlib', 'botframework-schema']));
  expect(answer.loadedBefore).toContain('restify');
  for (const deferred of ['botframework-connector', '@azure/msal-node', '@azure/identity', '@azure/core-rest-pipeline', 'axios', '@microsoft/recognizers-text-number', 'spdy', 'spdy-transport', 'qs', 'csv']) {
    expect(answer.loadedBefore).not.toContain(deferred);
  }
  for (const part of answer.names) expect({ file: part.file, names: [...part.standIn].sort() }).toEqual({ file: part.file, names: [...part.real].sort() });
  expect(answer.names).toHaveLength(11);
  // zod with its English messages only (one module), the others there when asked for.
  expect(answer.zod).toEqual({ before: 1, says: 'Invalid input: expected string, received number', french: 'function' });
  expect(answer).toMatchObject({ sameAuthentication: true, adapterExtendsBase: true, typingIsClass: true, form: { From: '+33612345678', Body: 'bonjour' } });
});
