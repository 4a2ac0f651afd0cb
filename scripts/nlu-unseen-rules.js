#!/usr/bin/env node
/**
 * npm run nlu:unseen-rules — for each held-out set, the intents the rules gave it before they were ever tuned
 * on it: the rules as they were at the commit that added the set, run on the set as labelled today. Written to
 * test/nlu/unseenRules/<set>.json; nlu:crossval combines them with a model that did not learn the set, which
 * estimates the gain on messages nobody has seen (the rules of today are at 100 % on every set).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
/** The commit that added each set, with the rules of that day. */
const ADDED = {
  'heldout.jsonl': '572a13c',
  'heldout2.jsonl': 'dd75fb3',
  'heldout3.jsonl': '772c9d2',
  'heldout4.jsonl': '475b98c',
  'heldout5.jsonl': '623894f',
  'heldout6.jsonl': '0309fea',
  'heldout7.jsonl': '3e87116',
  'heldout8.jsonl': '2f57129',
  'heldout9.jsonl': '8993fda',
};
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

for (const [set, short] of Object.entries(ADDED)) {
  const commit = git('rev-parse', short);
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'rules-'));
  fs.rmSync(tree, { recursive: true });
  git('worktree', 'add', '--detach', tree, commit);
  try {
    fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules')), path.join(tree, 'node_modules'));
    const program = `
      const fs = require('node:fs');
      const { understand } = require('./src/nlu/understand');
      const lines = fs.readFileSync(${JSON.stringify(path.join(root, 'test', 'nlu', set))}, 'utf8').split('\\n').filter((l) => l.trim());
      const intents = lines.map((l) => { const u = JSON.parse(l); return understand(u.text, { today: u.today, fallback: false, model: false }).intent; });
      process.stdout.write(JSON.stringify(intents));`;
    const intents = JSON.parse(execFileSync(tsx, ['-e', program], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 24 }));
    fs.writeFileSync(path.join(root, 'test', 'nlu', 'unseenRules', set.replace('.jsonl', '.json')), `${JSON.stringify({ set, commit, intents })}\n`);
    process.stdout.write(`${set}: rules of ${short}, ${intents.length} messages\n`);
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}
