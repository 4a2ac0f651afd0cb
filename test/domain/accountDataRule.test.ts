/** The export's own rule (src/domain/accountData.ts), without a store: secret fields never pass, settings are read from their key. */
import { buildAccountExport, EXPORT_FORMAT, userStateKey, type AccountRecords } from '../../src/domain/accountData';

const empty: AccountRecords = {
  account: { id: 7, email: 'a@example.org' },
  household: null,
  representatives: [], children: [], enrolments: [], familyKeys: [], reservations: [], baskets: [], absences: [], documents: [],
  invoices: [], invoiceLines: [], payments: [], requests: [], requestEvents: [], reminders: [], sessions: [], oneTimeCodes: [],
  linkTokens: [], conversations: [], userStates: [], auditLog: [], activities: [],
};

describe('the « mes données » document', () => {
  it('leaves out secret fields even when a repository gives them', () => {
    const doc = buildAccountExport({
      ...empty,
      account: { id: 7, email: 'a@example.org', passwordHash: 'scrypt$abc' },
      familyKeys: [{ id: 1, keyHash: 'f00d', selector: 'ABCD', createdAt: '2026-01-01T00:00:00.000Z' }],
      oneTimeCodes: [{ id: 2, purpose: 'sign_in', codeHash: 'beef' }],
      linkTokens: [{ id: 3, purpose: 'set_password', tokenHash: 'cafe', codeHash: null }],
    }, '2026-11-18T14:00:00.000Z');
    expect(doc.account).toEqual({ id: 7, email: 'a@example.org' });
    expect(doc.familyKeys).toEqual([{ id: 1, createdAt: '2026-01-01T00:00:00.000Z' }]);
    expect(doc.oneTimeCodes).toEqual([{ id: 2, purpose: 'sign_in' }]);
    expect(doc.linkTokens).toEqual([{ id: 3, purpose: 'set_password' }]);
    expect(JSON.stringify(doc)).not.toMatch(/scrypt|f00d|ABCD|beef|cafe/);
  });

  it('keeps its keys in a stable order, with no household when none is linked', () => {
    const doc = buildAccountExport(empty, '2026-11-18T14:00:00.000Z');
    expect(doc.format).toBe(EXPORT_FORMAT);
    expect(doc.household).toBeNull();
    expect(Object.keys(doc).slice(0, 5)).toEqual(['format', 'exportedAt', 'account', 'household', 'representatives']);
  });

  it('reads each channel user\'s settings from its state key, a user id with slashes included', () => {
    const doc = buildAccountExport({
      ...empty,
      userStates: [{ key: userStateKey('msteams', '29:a/b'), data: JSON.stringify({ profile: { communeId: 'x', plain: true } }), updatedAt: '2026-11-18T14:00:00.000Z' }],
    }, '2026-11-18T14:00:00.000Z');
    expect(doc.channelSettings).toEqual([{ channelId: 'msteams', userId: '29:a/b', settings: { profile: { communeId: 'x', plain: true } }, updatedAt: '2026-11-18T14:00:00.000Z' }]);
  });
});
