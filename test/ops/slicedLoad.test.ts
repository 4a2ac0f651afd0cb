/**
 * A library loaded in slices in the order noted at a whole load (src/slicedLoad.ts), in real Node
 * processes (Jest has its own loader): each module sees what it saw at the whole load, a module of a
 * cycle half made as then, a module that extends a class of a cycle whole; and the card templating
 * library, loaded that way, expands the bot's cards with expressions as when loaded whole.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sliced-load-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `body` in a process with `sliced` (src/slicedLoad.ts) and `dir`; returns what it printed last, parsed. */
function run(body: string): unknown {
  const script = `
    require(${JSON.stringify(path.join(ROOT, 'test', 'support', 'tsRegister.js'))});
    const sliced = require(${JSON.stringify(path.join(ROOT, 'src', 'slicedLoad.ts'))});
    const dir = ${JSON.stringify(dir)};
    (async () => { ${body} })().catch((e) => { console.log(JSON.stringify({ error: e.message })); });`;
  const out = execFileSync(process.execPath, ['--no-deprecation', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string);
}

it('gives each module what it saw at the whole load, cycles included', () => {
  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  // A cycle: base requires mid, which requires helper, which requires base back and sees it half made (nothing yet).
  write('base.js', "const mid = require('./mid');\nexports.mid = mid.value;\nexports.derived = require('./derived').kind;\nclass Base { kind() { return 'base'; } }\nexports.Base = Base;\n");
  write('mid.js', "const helper = require('./helper');\nexports.value = 'mid saw ' + helper.saw;\n");
  write('helper.js', "const base = require('./base');\nexports.saw = Object.keys(base).join(',') || 'nothing';\n");
  // Ends inside the cycle's load, requiring a module of it whole: alone, it would load the cycle from the wrong end.
  write('derived.js', "exports.kind = 'derived from ' + require('./mid').value;\n");
  // Ends after the cycle and extends its class: alone, before base, it would find no class.
  write('extended.js', "const { Base } = require('./base');\nclass Extended extends Base {}\nexports.kind = new Extended().kind();\n");
  write('leaf.js', "globalThis.order = (globalThis.order || []).concat('leaf');\nexports.value = 42;\n");
  write('index.js', "const leaf = require('./leaf');\nconst base = require('./base');\nmodule.exports = { leaf: leaf.value, mid: base.mid, derived: base.derived, extended: require('./extended').kind };\n");
  const whole = run(`
    const files = sliced.loadNoting(() => require(dir + '/index.js'));
    console.log(JSON.stringify({ files, got: require(dir + '/index.js') }));`) as { files: string[]; got: unknown };
  expect(whole.got).toEqual({ leaf: 42, mid: 'mid saw nothing', derived: 'derived from mid saw nothing', extended: 'base' });
  // helper, mid and derived load with base; extended loads alone once base is whole.
  expect(whole.files.map((f) => path.basename(f))).toEqual(['leaf.js', 'base.js', 'extended.js', 'index.js']);

  const inSlices = run(`
    let turns = 0;
    const files = ${JSON.stringify(whole.files)};
    const counting = setInterval(() => turns++, 0);
    await sliced.loadInSlices(files, () => require(dir + '/index.js'));
    clearInterval(counting);
    console.log(JSON.stringify({ got: require(dir + '/index.js'), order: globalThis.order }));`);
  expect(inSlices).toEqual({ got: whole.got, order: ['leaf'] });
});

it('loads the card templating library in slices that expand the cards as the whole library does', () => {
  const cards = ['calendar', 'sections', 'invoice'];
  const expand = `
    const ACData = require('adaptivecards-templating');
    const cards = ${JSON.stringify(cards)}.map((name) => new ACData.Template(require(${JSON.stringify(path.join(ROOT, 'cards'))} + '/' + name + '.json')).expand({ $root: { weeks: [], items: [], title: 'T', previous: '', next: 'n' } }));`;
  const whole = run(`
    const files = sliced.loadNoting(() => require('adaptivecards-templating'));
    ${expand}
    console.log(JSON.stringify({ files, cards }));`) as { files: string[]; cards: unknown[] };
  expect(whole.files.length).toBeGreaterThan(100);
  const inSlices = run(`
    let slices = 0;
    const files = ${JSON.stringify(whole.files)};
    const counting = setInterval(() => slices++, 0);
    let left = true;
    await sliced.loadInSlices(files, () => {
      left = !require.cache[require.resolve('adaptivecards-templating')];
      require('adaptivecards-templating');
    });
    clearInterval(counting);
    ${expand}
    console.log(JSON.stringify({ cards, slices: slices > 1, left }));`);
  // Nothing was left for the whole load at the end.
  expect(inSlices).toEqual({ cards: whole.cards, slices: true, left: false });
});
