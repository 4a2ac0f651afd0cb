/**
 * The normalisers test/db/pgSchema.test.ts compares the two live databases with: what each store
 * prints for the same thing reads the same, and what differs still differs (else the comparison
 * would pass whatever the databases hold).
 */
import { normaliseDefault, normalisePredicate, typeClass } from '../support/schemaShape';

describe('normalisePredicate', () => {
  it("reads SQLite's and PostgreSQL's spelling of one predicate the same", () => {
    expect(normalisePredicate("kind = 'monthly'")).toBe("kind='monthly'");
    expect(normalisePredicate("(kind = 'monthly'::text)")).toBe("kind='monthly'");
    expect(normalisePredicate('"kind" = \'monthly\'')).toBe("kind='monthly'");
    expect(normalisePredicate('(revoked_at IS NULL)')).toBe(normalisePredicate('revoked_at is null'));
    expect(normalisePredicate("((status = 'open'::text) AND (late = false))")).toBe(normalisePredicate("status = 'open' and late = false"));
  });

  it('keeps apart what differs: the value, the column, a partial index and a full one', () => {
    expect(normalisePredicate("kind = 'Monthly'")).not.toBe(normalisePredicate("kind = 'monthly'"));
    expect(normalisePredicate("status = 'monthly'")).not.toBe(normalisePredicate("kind = 'monthly'"));
    expect(normalisePredicate("kind <> 'monthly'")).not.toBe(normalisePredicate("kind = 'monthly'"));
    expect(normalisePredicate(null)).toBeNull();
  });
});

describe('normaliseDefault', () => {
  it('gives SQLite\'s strftime and PostgreSQL\'s to_char of now the one class now-iso', () => {
    expect(normaliseDefault("strftime('%Y-%m-%dT%H:%M:%fZ','now')", 'text')).toBe('now-iso');
    expect(normaliseDefault("(strftime('%Y-%m-%dT%H:%M:%fZ','now'))", 'text')).toBe('now-iso');
    // As information_schema.columns prints the default of db/pg/tables/columns.ts.
    expect(normaliseDefault('to_char((now() AT TIME ZONE \'UTC\'::text), \'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"\'::text)', 'text')).toBe('now-iso');
  });

  it('keeps another instant format, and other values, apart', () => {
    expect(normaliseDefault("strftime('%Y-%m-%dT%H:%M:%SZ','now')", 'text')).not.toBe('now-iso');
    expect(normaliseDefault("to_char(now(), 'YYYY-MM-DD')", 'text')).not.toBe('now-iso');
    expect(normaliseDefault("'all'::text", 'text')).toBe("'all'");
    expect(normaliseDefault("'all'", 'text')).toBe("'all'");
    expect(normaliseDefault("'pending'", 'text')).not.toBe("'all'");
    expect(normaliseDefault('0', 'integer')).toBe('0');
    expect(normaliseDefault('1', 'integer')).not.toBe('0');
    expect(normaliseDefault(null, 'text')).toBeNull();
  });

  it('reads a boolean default as false or true however the store wrote it', () => {
    expect(normaliseDefault('false', 'boolean')).toBe('false');
    expect(normaliseDefault('0', 'boolean')).toBe('false');
    expect(normaliseDefault('true', 'boolean')).toBe('true');
    expect(normaliseDefault('false', 'integer')).not.toBe(normaliseDefault('0', 'integer'));
  });
});

describe('typeClass', () => {
  it("puts each store's type names in the class of values the bot keeps", () => {
    expect(['integer', 'INTEGER', 'int4'].map(typeClass)).toEqual(['integer', 'integer', 'integer']);
    expect(['text', 'character varying'].map(typeClass)).toEqual(['text', 'text']);
    expect(['boolean', 'jsonb', 'json'].map(typeClass)).toEqual(['boolean', 'json', 'json']);
    expect(typeClass('timestamp with time zone')).toBe('timestamp with time zone');
  });
});
