/**
 * The README documents what an operator can set and run: every configuration key the code reads
 * (src/config.ts) is in the README's tables and in .env.example, every admin command
 * (src/admin/commands.ts) is in the README with `npm run admin -- NAME`, and every scheduled job;
 * the README's and docs/'s links to other files lead somewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COMMANDS } from '../src/admin/commands';

const ROOT = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const envExample = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');

/** The keys of the environment schema, read from its source (one `KEY: …` line each). */
function configKeys(): string[] {
  const source = fs.readFileSync(path.join(ROOT, 'src', 'config.ts'), 'utf8');
  const start = source.indexOf('const EnvSchema = z.object({');
  const body = source.slice(start, source.indexOf('\n});', start));
  return [...body.matchAll(/^ {2}([A-Za-z][A-Za-z0-9_]*):/gm)].map((m) => m[1] as string);
}

/** The scheduled jobs' names, read from the scheduler. */
function jobNames(): string[] {
  const source = fs.readFileSync(path.join(ROOT, 'src', 'jobs', 'scheduler.ts'), 'utf8');
  return [...source.matchAll(/\{ name: '([a-z-]+)'/g)].map((m) => m[1] as string);
}

describe('the README documents', () => {
  it('finds what it checks', () => {
    expect(configKeys().length).toBeGreaterThan(40);
    expect(configKeys()).toEqual(expect.arrayContaining(['PORT', 'DATA_DIR', 'DATABASE_URL']));
    expect(Object.keys(COMMANDS).length).toBeGreaterThan(20);
    expect(jobNames()).toEqual(expect.arrayContaining(['invoicing', 'outbox', 'retention']));
  });

  it('every configuration key, in the README and in .env.example', () => {
    const keys = configKeys();
    expect(keys.filter((k) => !readme.includes(`\`${k}\``))).toEqual([]);
    expect(keys.filter((k) => !new RegExp(`^#?\\s*${k}=`, 'm').test(envExample))).toEqual([]);
  });

  it('every admin command, as it is typed', () => {
    expect(Object.keys(COMMANDS).filter((name) => !readme.includes(`npm run admin -- ${name}`))).toEqual([]);
  });

  it('documents that exist where it links to them (README and docs/)', () => {
    const docs = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f));
    expect(docs).toContain(path.join('docs', 'scaling.md'));
    for (const file of ['README.md', ...docs]) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string).filter((l) => !/^[a-z]+:/.test(l));
      expect(links.filter((l) => !fs.existsSync(path.resolve(ROOT, path.dirname(file), l)))).toEqual([]);
    }
    expect(readme).toContain('](docs/scaling.md)');
  });

  it('every scheduled job', () => {
    expect(jobNames().filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
