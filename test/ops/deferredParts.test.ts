/**
 * The library parts loaded at their first use (src/deferredParts.ts), in a real Node process (Jest has
 * its own loader, where the parts are not deferred): botbuilder-core's index and the dialogs' prompts
 * load without the Bot Framework connector, Azure's HTTP pipeline or the number recognizer; each
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
}

function run(): Answer {
  const script = `
    require(${JSON.stringify(path.join(ROOT, 'test', 'support', 'tsRegister.js'))});
    const path = require('node:path');
    const { DEFERRED_PARTS } = require(${JSON.stringify(path.join(ROOT, 'src', 'deferredParts.ts'))});
    const loadedPackages = () => [...new Set(Object.keys(require.cache).map((f) => f.match(/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//)?.[1]).filter(Boolean))];
    const core = require('botbuilder-core');
    require('botbuilder-dialogs/lib/prompts/attachmentPrompt');
    const loadedBefore = loadedPackages();
    const folder = (name) => path.dirname(require.resolve(name + '/package.json', { paths: [path.dirname(require.resolve('botbuilder-core/package.json'))] }));
    const names = DEFERRED_PARTS.map((part) => {
      const file = path.join(folder(part.from), part.file);
      const standIn = require(file);
      const keys = Object.keys(standIn);
      void standIn[part.names[0]];
      return { file: part.file, standIn: keys, real: Object.keys(require.cache[file].exports) };
    });
    const botbuilder = require('botbuilder');
    console.log(JSON.stringify({
      loadedBefore,
      names,
      sameAuthentication: botbuilder.ConfigurationBotFrameworkAuthentication === core.ConfigurationBotFrameworkAuthentication,
      adapterExtendsBase: botbuilder.CloudAdapter.prototype instanceof core.CloudAdapterBase,
      typingIsClass: typeof core.ShowTypingMiddleware === 'function',
    }));`;
  const out = execFileSync(process.execPath, ['--no-deprecation', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string) as Answer;
}

it('loads botbuilder-core and the prompts without the connector, and the real parts at their first use', () => {
  const answer = run();
  expect(answer.loadedBefore).toEqual(expect.arrayContaining(['botbuilder-core', 'botbuilder-dialogs', 'botbuilder-stdlib', 'botframework-schema']));
  for (const deferred of ['botframework-connector', '@azure/msal-node', '@azure/identity', '@azure/core-rest-pipeline', 'axios', '@microsoft/recognizers-text-number']) {
    expect(answer.loadedBefore).not.toContain(deferred);
  }
  for (const part of answer.names) expect({ file: part.file, names: [...part.standIn].sort() }).toEqual({ file: part.file, names: [...part.real].sort() });
  expect(answer.names).toHaveLength(7);
  expect(answer).toMatchObject({ sameAuthentication: true, adapterExtendsBase: true, typingIsClass: true });
});
