/**
 * npm run nlu:train — learns the intent model from test/nlu/corpus.jsonl and the held-out sets and writes
 * src/nlu/intentCounts.json (the same file for the same data).
 */
import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from '../config';
import { INTENTS } from '../nlu/intents';
import { train } from '../nlu/intentModel';
import { trainingExamples } from './intentData';
import { modelFile } from './intentModelFile';

const root = findRootDir();
const model = train(trainingExamples(root), INTENTS);
const file = path.join(root, 'src', 'nlu', 'intentCounts.json');
fs.writeFileSync(file, modelFile(model));
process.stdout.write(`${path.relative(root, file)}: ${model.intents.length} intents, ${Object.keys(model.counts).length} features, ${fs.statSync(file).size} bytes\n`);
