/**
 * The labelled messages the intent model learns from: the corpus and the held-out sets of test/nlu, in this
 * order, each message with the file it comes from (cross-validation leaves one file out at a time).
 */
import fs from 'node:fs';
import path from 'node:path';
import { prepare } from '../nlu/frenchText';

export const TRAINING_FILES = ['corpus.jsonl', 'heldout.jsonl', 'heldout2.jsonl', 'heldout3.jsonl', 'heldout4.jsonl', 'heldout5.jsonl', 'heldout6.jsonl', 'heldout7.jsonl', 'heldout8.jsonl', 'heldout9.jsonl'];

export interface Example {
  file: string;
  text: string;
  today: string;
  prepared: string;
  intent: string;
}

export function trainingExamples(root: string): Example[] {
  return TRAINING_FILES.flatMap((file) =>
    fs
      .readFileSync(path.join(root, 'test', 'nlu', file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const { text, today, intent } = JSON.parse(l) as { text: string; today: string; intent: string };
        return { file, text, today, prepared: prepare(text), intent };
      }),
  );
}
