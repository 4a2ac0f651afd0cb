/**
 * The demo communes (db/demo/communes/*.yaml): commune files like any other, read through the
 * same checks as `npm run admin -- commune import`. A demo file with a problem stops the start.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CommuneConfig } from '../domain/ports';
import { readCommuneFile } from './communeRead';

export function demoCommunes(dir: string, zones: readonly string[]): CommuneConfig[] {
  const files = fs.readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  return files.map((name) => {
    const read = readCommuneFile(fs.readFileSync(path.join(dir, name), 'utf8'), zones);
    if (!read.ok) throw new Error(`Demo commune file ${name}: ${read.problems.map((p) => `line ${p.line} ${p.path} ${p.code}`).join('; ')}`);
    return read.config;
  });
}
