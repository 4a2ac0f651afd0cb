/**
 * What understanding costs the first time only: V8 compiles a regular expression at its first use, and the
 * intents' patterns are large (detectIntent's first call took ~90 ms, understand()'s ~175 ms with the learned
 * model, all of it on the event loop of the first resident's turn). Here as small steps, each a few
 * milliseconds, that a warm-up runs one after another between turns (src/warmUps.ts).
 */
import { detectActivity } from './activities';
import { readDates } from './dates';
import { prepare } from './frenchText';
import { combine, intentModel, intentModelCounts } from './intentFallback';
import { detectIntent } from './intents';
import { intentPatterns } from './intentLexicon';
import { MORE_PHRASINGS } from './intentPhrasings';
import { PLAIN_PHRASINGS } from './plainPhrasings';

/** Messages that go through most of the readers (no digit is read as a code). */
const SAMPLES = ['je voudrais réserver la cantine pour Léa le 7 décembre et tous les mardis de janvier', 'horaires de la mairie samedi ?', 'mon fils est malade demain, annulez la garderie'];

/** Any day will do: what is read is thrown away. */
const TODAY = '2026-01-05';

export function understandingWarmSteps(): Array<() => void> {
  const patterns = [...intentPatterns(), ...Object.values(MORE_PHRASINGS), ...Object.values(PLAIN_PHRASINGS)];
  return [
    ...patterns.map((pattern) => () => void pattern.test('a')),
    ...SAMPLES.flatMap((sample) => {
      const prepared = prepare(sample);
      return [
        () => void detectActivity(prepared),
        () => void detectIntent(prepared, true),
        () => void readDates(prepared, { today: TODAY }),
      ];
    }),
    () => void intentModelCounts(),
    () => void intentModel(),
    () => void combine('unknown', prepare(SAMPLES[1] as string), intentModel()),
  ];
}
