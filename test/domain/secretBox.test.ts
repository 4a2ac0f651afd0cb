/** Secrets sealed at rest (AES-256-GCM, key from SECRET_KEY by HKDF) open only with the same key, purpose and owner, unaltered. */
import { seal, unseal } from '../../src/domain/secretBox';
import { matchTotp, totpCodeAt, totpStepAt } from '../../src/domain/totp';

const KEY = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);

it('opens what it sealed, and nothing else', () => {
  const sealed = seal(KEY, 'agent-totp', 'agent:1', 'JBSWY3DPEHPK3PXP');
  expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
  expect(seal(KEY, 'agent-totp', 'agent:1', 'JBSWY3DPEHPK3PXP')).not.toBe(sealed);
  expect(unseal(KEY, 'agent-totp', 'agent:1', sealed)).toBe('JBSWY3DPEHPK3PXP');
  expect(unseal(OTHER, 'agent-totp', 'agent:1', sealed)).toBeUndefined();
  expect(unseal(KEY, 'agent-totp', 'agent:2', sealed)).toBeUndefined();
  expect(unseal(KEY, 'other', 'agent:1', sealed)).toBeUndefined();
  const raw = Buffer.from(sealed.slice(3), 'base64url');
  raw[raw.length - 1] = (raw[raw.length - 1] as number) ^ 1;
  expect(unseal(KEY, 'agent-totp', 'agent:1', `v1.${raw.toString('base64url')}`)).toBeUndefined();
  for (const bad of ['', 'v1.', 'v2.abc', 'v1.abc', 'v1.a.b', 'v1.!!!!']) expect([bad, unseal(KEY, 'agent-totp', 'agent:1', bad)]).toEqual([bad, undefined]);
  expect(() => seal('abc', 'agent-totp', 'agent:1', 'x')).toThrow();
});

it('matches an app code of the step, one before or one after, and gives its step', () => {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const at = new Date('2026-11-18T14:00:10Z');
  const step = totpStepAt(at);
  const codeOf = (steps: number) => totpCodeAt(secret, new Date(at.getTime() + steps * 30_000));
  expect([-1, 0, 1].map((d) => matchTotp(secret, codeOf(d), at))).toEqual([step - 1, step, step + 1]);
  expect(matchTotp(secret, codeOf(-2), at)).toBeUndefined();
  expect(matchTotp(secret, codeOf(2), at)).toBeUndefined();
  expect(matchTotp(secret, `${codeOf(0).slice(0, 3)} ${codeOf(0).slice(3)}`, at)).toBe(step);
  for (const bad of ['', '12345', '1234567', 'abcdef']) expect(matchTotp(secret, bad, at)).toBeUndefined();
});
