/**
 * restify's body reader calls the deprecated Buffer() at every request, and Node checks each call's stack (its first
 * 10,000) until it has warned once: the server has it warn once, silently, at start (src/web/restifyParts.ts). Run in
 * a process of its own, without --no-deprecation: the warning is neither printed nor sent to 'warning' listeners, the
 * flag is as it was, and Node has then stopped checking (a later call from the application's own code warns no more).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function run(given: boolean): { warnings: string[]; stderr: string; flag: string } {
  const script = `
    const warnings = [];
    process.on('warning', (w) => warnings.push(w.name + ':' + (w.code ?? '')));
    ${given ? `require(${JSON.stringify(path.join(ROOT, 'src', 'web', 'restifyParts.ts'))}).bufferWarningGiven();` : ''}
    const flag = String(process.noDeprecation);
    void new Buffer(0);
    setImmediate(() => process.stdout.write(JSON.stringify({ warnings, flag })));`;
  const out = spawnSync(process.execPath, ['-r', path.join(ROOT, 'test', 'support', 'tsRegister.js'), '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { ...(JSON.parse(out.stdout) as { warnings: string[]; flag: string }), stderr: out.stderr };
}

describe('the Buffer() deprecation warning', () => {
  it('is given once at start, silently: no later call is checked or warned about', () => {
    const given = run(true);
    expect(given.warnings.filter((w) => w.includes('DEP0005'))).toEqual([]);
    expect(given.stderr).not.toMatch(/DEP0005/);
    expect(given.flag).not.toBe('true');
  });

  it('is given at the first call otherwise (what the check above tells apart)', () => {
    expect(run(false).warnings).toContain('DeprecationWarning:DEP0005');
  });
});
