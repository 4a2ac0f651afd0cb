/**
 * Whether the browser tests can run: Debian's Chromium (playwright-core never downloads a browser)
 * at CHROMIUM_PATH or /usr/bin/chromium. Without it a browser test file is skipped, saying so,
 * unless REQUIRE_BROWSER=1 (set by .ci/run, which installs Chromium): then it fails.
 */
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `describe` when Chromium is there, `describe.skip` (with a warning) when it is not; throws when REQUIRE_BROWSER=1 and it is not. */
export function browserDescribe(): jest.Describe {
  if (fs.existsSync(CHROMIUM)) return describe;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`Chromium is required here but missing at ${CHROMIUM}: apt-get install -y chromium`);
  console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  return describe.skip;
}
