/** The model as written to src/nlu/intentCounts.json: one feature a line, so a retraining reads as a diff. */
import type { IntentModel } from '../nlu/intentModel';

export function modelFile(model: IntentModel): string {
  const counts = Object.entries(model.counts).map(([f, row]) => `${JSON.stringify(f)}:${JSON.stringify(row)}`);
  return `{"intents":${JSON.stringify(model.intents)},\n"documents":${JSON.stringify(model.documents)},\n"counts":{\n${counts.join(',\n')}\n}}\n`;
}
