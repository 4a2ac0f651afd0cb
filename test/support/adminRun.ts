/** The agents' command (`npm run admin -- …`) run in a test: its exit code and what it wrote on each stream. */
import { main, type CliIo } from '../../src/admin/cli';

export interface AdminRun {
  code: number;
  out: string;
  err: string;
}

export async function runAdmin(argv: string[], env: Record<string, string>, clock?: CliIo['clock']): Promise<AdminRun> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env, ...(clock ? { clock } : {}) });
  return { code, out, err };
}
