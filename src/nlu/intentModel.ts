/**
 * A multinomial naive Bayes model of the intent, learned from the labelled messages (npm run nlu:train):
 * per feature of intentFeatures.ts, how many messages of each intent have it. Counts are integers, so the
 * model file is exactly what training gives on the same data. Features seen in fewer than MIN_DOCUMENTS
 * messages are left out (they do not generalise, and keep the file small).
 */
import { features } from './intentFeatures';

export interface IntentModel {
  /** The intents learned, in the order of the counts below. */
  intents: string[];
  /** Messages of each intent. */
  documents: number[];
  /** Feature → [intent index, count, intent index, count, …]. */
  counts: Record<string, number[]>;
}

export interface Labelled {
  /** The message as prepare() leaves it. */
  prepared: string;
  intent: string;
}

export const MIN_DOCUMENTS = 2;
const ALPHA = 0.1;

export function train(examples: readonly Labelled[], intentOrder: readonly string[]): IntentModel {
  const intents = intentOrder.filter((i) => examples.some((e) => e.intent === i));
  const index = new Map(intents.map((intent, i) => [intent, i]));
  const documents = intents.map(() => 0);
  const table = new Map<string, number[]>();
  for (const e of examples) {
    const c = index.get(e.intent);
    if (c === undefined) continue;
    documents[c] = (documents[c] ?? 0) + 1;
    for (const f of features(e.prepared)) {
      const row = table.get(f) ?? intents.map(() => 0);
      row[c] = (row[c] ?? 0) + 1;
      table.set(f, row);
    }
  }
  const counts: Record<string, number[]> = {};
  for (const f of [...table.keys()].sort()) {
    const row = table.get(f) ?? [];
    if (row.reduce((a, b) => a + b, 0) < MIN_DOCUMENTS) continue;
    counts[f] = row.flatMap((n, c) => (n > 0 ? [c, n] : []));
  }
  return { intents, documents, counts };
}

export interface Guess {
  intent: string;
  probability: number;
  /** What the model gives another intent (0 for one it never learned). */
  probabilityOf(intent: string): number;
}

/** The model ready to score: log-probabilities per feature and intent. */
export interface Scorer {
  guess(prepared: string): Guess;
  /** Whether the model learned this word (a word of modelWords()) from its messages. */
  knows(word: string): boolean;
}

/**
 * Scores are the naive Bayes log-likelihoods divided by √(features present): with hundreds of overlapping
 * n-grams, the plain posterior is always near 1; this one is spread enough to tell sure from unsure.
 */
export function scorer(model: IntentModel): Scorer {
  const k = model.intents.length;
  const rows = model.counts;
  const vocabulary = Object.keys(rows).length;
  const totals = model.intents.map(() => 0);
  let most = 0;
  for (const row of Object.values(rows)) {
    for (let i = 0; i < row.length; i += 2) {
      totals[row[i] as number] = (totals[row[i] as number] ?? 0) + (row[i + 1] as number);
      most = Math.max(most, row[i + 1] as number);
    }
  }
  const all = model.documents.reduce((a, b) => a + b, 0);
  const prior = model.documents.map((d) => Math.log(d / all));
  /** A feature's log-probability where the intent never had it, and how much more for each message that had it. */
  const unseen = totals.map((t) => Math.log(ALPHA / (t + ALPHA * vocabulary)));
  const lift = Array.from({ length: most + 1 }, (_, n) => Math.log((n + ALPHA) / ALPHA));
  return {
    knows: (word: string) => Object.hasOwn(rows, `w ${word}`),
    guess(prepared: string): Guess {
      const scores = prior.slice();
      let present = 0;
      for (const f of features(prepared)) {
        const row = Object.hasOwn(rows, f) ? rows[f] : undefined;
        if (!row) continue;
        present++;
        for (let i = 0; i < row.length; i += 2) scores[row[i] as number] = (scores[row[i] as number] as number) + (lift[row[i + 1] as number] as number);
      }
      if (present === 0) return { intent: 'unknown', probability: 0, probabilityOf: () => 0 };
      for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + present * (unseen[c] as number);
      const scale = 1 / Math.sqrt(present);
      const best = scores.reduce((b, s, c) => (s > (scores[b] as number) ? c : b), 0);
      const top = scores[best] as number;
      const sum = scores.reduce((a, s) => a + Math.exp((s - top) * scale), 0);
      const probabilityOf = (intent: string) => {
        const c = model.intents.indexOf(intent);
        return c < 0 ? 0 : Math.exp(((scores[c] as number) - top) * scale) / sum;
      };
      return { intent: model.intents[best] as string, probability: 1 / sum, probabilityOf };
    },
  };
}
