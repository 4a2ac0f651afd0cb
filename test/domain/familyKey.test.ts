import { createHmac } from 'node:crypto';
import { CROCKFORD_ALPHABET, formatFamilyKey, generateFamilyKey, hashFamilyKey, normalizeFamilyKey } from '../../src/domain/familyKey';

const SECRET = 'ab'.repeat(32);

describe('generateFamilyKey', () => {
  it('shows 12 Crockford base32 characters as XXXX-XXXX-XXXX', () => {
    for (let i = 0; i < 50; i++) {
      expect(generateFamilyKey()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
  });

  it('carries at least 50 bits: 12 characters of a 32-letter alphabet, all letters used, no repeats', () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
    expect(12 * Math.log2(CROCKFORD_ALPHABET.length)).toBeGreaterThanOrEqual(50);
    const keys = Array.from({ length: 2000 }, () => generateFamilyKey());
    expect(new Set(keys).size).toBe(keys.length);
    const counts = new Map<string, number>();
    for (const ch of keys.join('').replace(/-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    // 24,000 characters: each of the 32 letters is expected 750 times; a biased or short alphabet shows.
    expect(counts.size).toBe(32);
    for (const n of counts.values()) expect(n).toBeGreaterThan(550);
    for (const n of counts.values()) expect(n).toBeLessThan(950);
    expect([...counts.keys()].some((c) => 'ILOU'.includes(c))).toBe(false);
  });

  it('normalizes back to itself', () => {
    const key = generateFamilyKey();
    expect(normalizeFamilyKey(key)).toBe(key.replace(/-/g, ''));
  });
});

describe('normalizeFamilyKey', () => {
  it('accepts a key typed with spaces, lower case and the usual confusions', () => {
    expect(normalizeFamilyKey('7k3q-9x2m-p4hd')).toBe('7K3Q9X2MP4HD');
    expect(normalizeFamilyKey(' 7K3Q 9X2M P4HD ')).toBe('7K3Q9X2MP4HD');
    expect(normalizeFamilyKey('1oO0-ilL1-ABCD')).toBe('10001111ABCD');
    expect(normalizeFamilyKey('O0O0 I1L1 abcd')).toBe('00001111ABCD');
  });

  it('rejects anything that is not 12 base32 characters', () => {
    expect(normalizeFamilyKey('')).toBeUndefined();
    expect(normalizeFamilyKey('7K3Q-9X2M-P4H')).toBeUndefined(); // 11
    expect(normalizeFamilyKey('7K3Q-9X2M-P4HDX')).toBeUndefined(); // 13
    expect(normalizeFamilyKey('7K3Q-9X2M-P4HU')).toBeUndefined(); // U is not in the alphabet
    expect(normalizeFamilyKey('7K3Q-9X2M-P4H!')).toBeUndefined();
    expect(normalizeFamilyKey('7K3Q/9X2M/P4HD')).toBeUndefined();
  });
});

describe('formatFamilyKey', () => {
  it('groups by four', () => {
    expect(formatFamilyKey('7K3Q9X2MP4HD')).toBe('7K3Q-9X2M-P4HD');
  });
});

describe('hashFamilyKey', () => {
  it('is HMAC-SHA256 keyed with the decoded hex secret, stable, and hides the key', () => {
    const h = hashFamilyKey('7K3Q9X2MP4HD', SECRET);
    expect(h).toBe(createHmac('sha256', Buffer.from(SECRET, 'hex')).update('7K3Q9X2MP4HD').digest('hex'));
    expect(h).not.toBe(createHmac('sha256', SECRET).update('7K3Q9X2MP4HD').digest('hex'));
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFamilyKey('7K3Q9X2MP4HD', SECRET)).toBe(h);
    expect(h).not.toContain('7K3Q');
  });

  it('depends on the secret and on the key', () => {
    const h = hashFamilyKey('7K3Q9X2MP4HD', SECRET);
    expect(hashFamilyKey('7K3Q9X2MP4HD', 'cd'.repeat(32))).not.toBe(h);
    expect(hashFamilyKey('7K3Q9X2MP4HE', SECRET)).not.toBe(h);
  });

  it('gives the same hash for a key however it was typed, once normalized', () => {
    const typed = normalizeFamilyKey('7k3q 9x2m p4hd');
    expect(typed && hashFamilyKey(typed, SECRET)).toBe(hashFamilyKey('7K3Q9X2MP4HD', SECRET));
  });

  it('refuses a secret that is not long hexadecimal', () => {
    expect(() => hashFamilyKey('7K3Q9X2MP4HD', '')).toThrow();
    expect(() => hashFamilyKey('7K3Q9X2MP4HD', 'not-hex-'.repeat(8))).toThrow();
    expect(() => hashFamilyKey('7K3Q9X2MP4HD', 'abcd')).toThrow();
  });
});
