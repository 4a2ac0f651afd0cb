/**
 * The admin command piped into a reader that closes early (`… | head -1`): the command finishes
 * with its own exit code, it is not stopped by EPIPE.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../support/harness';

jest.setTimeout(60_000);

function adminWithClosedOutput(args: string[]): Promise<{ code: number; err: string }> {
  const child = spawn(process.execPath, ['--no-deprecation', '-r', path.join(ROOT, 'test', 'support', 'tsRegister.js'), path.join(ROOT, 'src', 'admin', 'cli.ts'), ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The reader goes away before the command writes anything.
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code: code ?? -1, err })));
}

it('ends quietly with its exit code when its reader is gone', async () => {
  const r = await adminWithClosedOutput(['help']);
  expect(r.err).not.toMatch(/EPIPE/);
  expect(r.code).toBe(0);
});
