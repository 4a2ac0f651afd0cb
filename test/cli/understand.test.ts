/** The understand command's contract: one JSON line per input line, in order, nothing else. */
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/understand';

const ROOT = path.resolve(__dirname, '../..');

async function run(lines: string[], args = ['--today', '2026-11-23']): Promise<{ code: number; out: string[]; err: string }> {
  const output = new PassThrough();
  const errors = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (c: Buffer) => (out += c.toString()));
  errors.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(args, Readable.from([lines.join('\n') + '\n']), output, errors, ROOT);
  return { code, out: out.split('\n').slice(0, -1), err };
}

const UNKNOWN = { intent: 'unknown', dates: [], activity: null };

describe('npm run understand', () => {
  it('answers each line in order with exactly the three fields', async () => {
    const { code, out, err } = await run(['jveux annuler la cantine de Léa vendredi', 'bonjour', 'réserver l’accueil du soir tous les mardis de décembre']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.map((l) => JSON.parse(l) as unknown)).toEqual([
      { intent: 'cancel_booking', dates: ['2026-11-27'], activity: 'canteen' },
      { intent: 'greeting', dates: [], activity: null },
      { intent: 'book', dates: ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'], activity: 'evening' },
    ]);
    expect(Object.keys(JSON.parse(out[0] as string) as object)).toEqual(['intent', 'dates', 'activity']);
  });

  it('never drops or crashes on bad lines', async () => {
    const bad = ['', '   ', 'x'.repeat(10_000), '😀🎉', 'مرحبا', '你好世界', '\u0007\u0001\u001b[2J', '\uFFFF\uD800'];
    const { code, out } = await run([...bad, 'cantine demain']);
    expect(code).toBe(0);
    expect(out).toHaveLength(bad.length + 1);
    for (const line of out.slice(0, bad.length)) expect(JSON.parse(line)).toEqual(UNKNOWN);
    expect(JSON.parse(out[bad.length] as string)).toEqual({ intent: 'book', dates: ['2026-11-24'], activity: 'canteen' });
  });

  it('reads Windows line ends', async () => {
    const { out } = await run(['cantine demain\r', 'bonjour\r']);
    expect(out.map((l) => (JSON.parse(l) as { intent: string }).intent)).toEqual(['book', 'greeting']);
  });

  it.each([
    [['--today', '23/11/2026'], '--today must be a day written YYYY-MM-DD'],
    [['--today', '2026-02-30'], '--today must be a day written YYYY-MM-DD'],
    [['--tomorrow'], 'Usage'],
  ])('refuses %j with exit code 2 and says why on stderr', async (args, message) => {
    const { code, out, err } = await run(['cantine demain'], args);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toContain(message);
  });
});
