/**
 * Instructions a process runs, counted by valgrind's callgrind (user space, all its threads): a figure
 * that does not move with what else the machine runs, unlike CPU time. The process is started under
 * valgrind (startOptions), its counters zeroed before a piece of work and dumped after it
 * (callgrind_control); each dump is a profile callgrind_annotate reads.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface InstructionCounter {
  startOptions: { wrapper: string[]; startTimeoutMs: number };
  zero(pid: number): void;
  /** The instructions run since the last zero(), read from the dump it writes. */
  dump(pid: number): number;
}

/** The full path of a command found on PATH (the bot is started with an environment of its own, without PATH). */
function which(command: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${command} not found on PATH (install valgrind)`);
  }
}

export function instructionCounter(dir: string): InstructionCounter {
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, 'callgrind.out');
  const control = which('callgrind_control');
  let counting = false;
  const dumps = () => new Set(fs.readdirSync(dir).filter((f) => f.startsWith('callgrind.out.')));
  return {
    startOptions: { wrapper: [which('valgrind'), '--tool=callgrind', `--callgrind-out-file=${out}`, '--quiet', '--instr-atstart=no'], startTimeoutMs: 900_000 },
    zero: (pid) => {
      // Counting starts at the first piece of work: the start-up runs uninstrumented, several times faster.
      if (!counting) execFileSync(control, ['-i', 'on', String(pid)], { stdio: 'ignore' });
      counting = true;
      execFileSync(control, ['-z', String(pid)], { stdio: 'ignore' });
    },
    dump: (pid) => {
      const before = dumps();
      execFileSync(control, ['-d', String(pid)], { stdio: 'ignore' });
      const file = [...dumps()].find((f) => !before.has(f));
      if (!file) throw new Error('callgrind wrote no dump');
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const total = /^(?:summary|totals): (\d+)/m.exec(text)?.[1];
      if (!total) throw new Error(`no total in ${file}`);
      return Number(total);
    },
  };
}
