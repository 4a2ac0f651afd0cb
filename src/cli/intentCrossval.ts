/**
 * npm run nlu:crossval — how much the learned model adds on messages it has not learned: for each opened labelled
 * file left out in turn, a model trained on the other training files (intentData.ts), then the file's intent
 * accuracy with the rules alone, with the full recognizer (rules + that model, as understand() combines them) and
 * with the model alone. Its first figure, the mean over the files of the full recognizer's intent accuracy, is the
 * leave-one-set-out estimate of a fresh set's intents: optimistic, since the rules of today were tuned on every
 * file, but it ranks model variants (features, data, thresholds). Then the same with the rules as they were before
 * each held-out set was written (test/nlu/unseenRules, npm run nlu:unseen-rules), which estimates the gain on new
 * messages, and the totals of the second for other thresholds, from which the thresholds were chosen. About 5 min
 * on one free core (every opened file, none sampled).
 */
import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from '../config';
import { combine, POLICY, type Policy } from '../nlu/intentFallback';
import { scorer, train, type Scorer } from '../nlu/intentModel';
import { INTENTS, type Intent } from '../nlu/intents';
import { keyAlone, understand } from '../nlu/understand';
import { OPENED_FILES, trainingExamples, TRAINING_FILES, type Example } from './intentData';

const root = findRootDir();
const examples = trainingExamples(root, OPENED_FILES);
const learned = new Set(TRAINING_FILES);

interface Fold {
  file: string;
  set: Example[];
  model: Scorer;
  /** The rules of today on the set, and those of the day the set was written (none for the corpus). */
  today: Intent[];
  /** The messages understand() gives the rules' intent whatever the model (a family key alone). */
  keys: boolean[];
  unseen?: Intent[];
}

const unseenRules = (file: string): Intent[] | undefined => {
  const at = path.join(root, 'test', 'nlu', 'unseenRules', file.replace('.jsonl', '.json'));
  return fs.existsSync(at) ? (JSON.parse(fs.readFileSync(at, 'utf8')) as { intents: Intent[] }).intents : undefined;
};

/** The model of the files not learned: one for all of them. */
let unlearned: Scorer | undefined;
const folds: Fold[] = OPENED_FILES.map((file) => {
  const set = examples.filter((e) => e.file === file);
  const learn = () => scorer(train(examples.filter((e) => learned.has(e.file) && e.file !== file), INTENTS));
  const model = learned.has(file) ? learn() : (unlearned ??= learn());
  const today = set.map((e) => understand(e.text, { today: e.today, fallback: false, model: false }).intent);
  return { file, set, model, today, keys: set.map((e) => keyAlone(e.text)), unseen: unseenRules(file) };
});

const right = (fold: Fold, rules: Intent[], policy?: Policy) =>
  fold.set.filter((e, i) => (policy && !fold.keys[i] ? combine(rules[i] as Intent, e.prepared, fold.model, policy) : rules[i]) === e.intent).length;
/** True `unknown` messages (off-topic) the combination gives an intent. */
const offTopicTaken = (fold: Fold, rules: Intent[], policy: Policy) =>
  fold.set.filter((e, i) => e.intent === 'unknown' && rules[i] === 'unknown' && combine('unknown', e.prepared, fold.model, policy) !== 'unknown').length;
const cell = (n: number, total: number) => `${n}/${total} (${((100 * n) / total).toFixed(1)} %)`.padEnd(20);
const out = (line: string) => process.stdout.write(`${line}\n`);

/** The mean over the files of each column's accuracy (in %). */
const mean = (rates: number[][], column: number) => rates.reduce((s, r) => s + (r[column] as number), 0) / rates.length;

function table(title: string, rulesOf: (f: Fold) => Intent[] | undefined): void {
  out(`\n${title}\n${'left-out set'.padEnd(16)}${'rules alone'.padEnd(20)}${'rules + model'.padEnd(20)}model alone`);
  const sum = [0, 0, 0, 0];
  const rates: number[][] = [];
  for (const fold of folds) {
    const rules = rulesOf(fold);
    if (!rules) continue;
    const n = fold.set.length;
    const alone = fold.set.filter((e) => fold.model.guess(e.prepared).intent === e.intent).length;
    const [a, b] = [right(fold, rules), right(fold, rules, POLICY)];
    [n, a, b, alone].forEach((v, i) => (sum[i] = (sum[i] as number) + v));
    rates.push([a, b, alone].map((v) => (100 * v) / n));
    out(`${fold.file.replace('.jsonl', '').padEnd(16)}${cell(a, n)}${cell(b, n)}${cell(alone, n)}`);
  }
  const [n, a, b, alone] = sum as [number, number, number, number];
  out(`${'all'.padEnd(16)}${cell(a, n)}${cell(b, n)}${cell(alone, n)}`);
  out(`${'mean of sets'.padEnd(16)}${[0, 1, 2].map((c) => `${mean(rates, c).toFixed(2)} %`.padEnd(20)).join('')}`);
}

out(`thresholds: unknown → model at ${POLICY.unknownThreshold}, confusable pairs at ${POLICY.pairThreshold}, any other intent at ${POLICY.anyThreshold}`);
table(`Rules of today (tuned on every set), ${OPENED_FILES.length} files, model learned from ${learned.size}:`, (f) => f.today);
table('Rules as they were before each held-out set was written:', (f) => f.unseen);

out('\nThresholds (rules before each set; right intents of all sets, true off-topic messages given an intent):');
const unseenFolds = folds.filter((f) => f.unseen);
for (const unknownThreshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
  const row = [0.6, 0.7, 0.8, 0.9, 1.01].map((pairThreshold) => {
    const policy = { ...POLICY, unknownThreshold, pairThreshold };
    const ok = unseenFolds.reduce((s, f) => s + right(f, f.unseen as Intent[], policy), 0);
    const taken = unseenFolds.reduce((s, f) => s + offTopicTaken(f, f.unseen as Intent[], policy), 0);
    return `pairs ${pairThreshold > 1 ? 'off' : pairThreshold.toFixed(1)}: ${ok} (${taken})`.padEnd(22);
  });
  out(`unknown ${unknownThreshold.toFixed(1)}  ${row.join('')}`);
}

out(`\nAny other intent of the rules replaced when the model is surer than this and gives the rules' intent at most ${POLICY.rulesImpossible} (rules before each set / rules of today):`);
const todayTotal = (policy: Policy) => folds.reduce((s, f) => s + right(f, f.today, policy), 0);
out(
  [0.95, 0.98, 0.99, 0.995, 0.999, 1.01]
    .map((anyThreshold) => {
      const policy = { ...POLICY, anyThreshold };
      const ok = unseenFolds.reduce((s, f) => s + right(f, f.unseen as Intent[], policy), 0);
      return `${anyThreshold > 1 ? 'off' : anyThreshold}: ${ok} / ${todayTotal(policy)}`;
    })
    .join('   '),
);
