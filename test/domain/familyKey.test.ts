import { createHmac } from 'node:crypto';
import { CROCKFORD_ALPHABET, SECRET_LENGTH, formatFamilyKey, generateFamilyKey, hashFamilyKey, keySelector, normalizeFamilyKey } from '../../src/domain/familyKey';

const SECRET = 'ab'.repeat(32);

describe('generateFamilyKey', () => {
  it('shows 16 Crockford base32 characters as XXXX-XXXX-XXXX-XXXX', () => {
    for (let i = 0; i < 50; i++) {
      expect(generateFamilyKey()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
  });

  it('carries at least 50 secret bits after its 4-character selector: 12 characters of a 32-letter alphabet, all letters used, no repeats', () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
    expect(SECRET_LENGTH).toBe(12);
    expect(SECRET_LENGTH * Math.log2(CROCKFORD_ALPHABET.length)).toBeGreaterThanOrEqual(50);
    const keys = Array.from({ length: 2000 }, () => generateFamilyKey());
    expect(new Set(keys).size).toBe(keys.length);
    const counts = new Map<string, number>();
    for (const ch of keys.join('').replace(/-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    // 32,000 characters: each of the 32 letters is expected 1,000 times; a biased or short alphabet shows.
    expect(counts.size).toBe(32);
    for (const n of counts.values()) expect(n).toBeGreaterThan(780);
    for (const n of counts.values()) expect(n).toBeLessThan(1220);
    expect([...counts.keys()].some((c) => 'ILOU'.includes(c))).toBe(false);
  });

  it('normalizes back to itself, and its selector is its first 4 characters', () => {
    const key = generateFamilyKey();
    expect(normalizeFamilyKey(key)).toBe(key.replace(/-/g, ''));
    expect(keySelector(key.replace(/-/g, ''))).toBe(key.slice(0, 4));
    expect(keySelector('7K3Q9X2MP4HD')).toBeUndefined(); // an older 12-character key names no household
  });
});

describe('normalizeFamilyKey', () => {
  it('accepts a key typed with spaces, lower case and the usual confusions', () => {
    expect(normalizeFamilyKey('7k3q-9x2m-p4hd')).toBe('7K3Q9X2MP4HD');
    expect(normalizeFamilyKey(' 7K3Q 9X2M P4HD ')).toBe('7K3Q9X2MP4HD');
    expect(normalizeFamilyKey('1oO0-ilL1-ABCD')).toBe('10001111ABCD');
    expect(normalizeFamilyKey('O0O0 I1L1 abcd')).toBe('00001111ABCD');
  });

  it('accepts the 16-character form', () => {
    expect(normalizeFamilyKey('7k3q 9x2m p4hd abcd')).toBe('7K3Q9X2MP4HDABCD');
  });

  it('rejects anything that is not 12 or 16 base32 characters', () => {
    expect(normalizeFamilyKey('7K3Q-9X2M-P4HD-ABC')).toBeUndefined(); // 15
    expect(normalizeFamilyKey('7K3Q-9X2M-P4HD-ABCDE')).toBeUndefined(); // 17
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
