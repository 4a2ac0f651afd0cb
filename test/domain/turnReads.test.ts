/**
 * A turn's reads of the resident's own rows (src/domain/turnReads.ts): the session with its account
 * and the family file read once however often the turn asks, read again after a write that may
 * change them (a write followed by a read sees the write), kept through writes of other rows, and
 * no longer kept once the turn has ended. Counted as GET /metrics counts statements.
 */
import { fixedClock } from '../../src/domain/clock';
import { openCore, type Core } from '../../src/index';
import { statementsRun } from '../../db/statementCount';
import { tempConfig } from '../support/harness';
import { linkedDurand } from '../support/accounts';
import { lastCode } from '../support/outbox';
import type { Account } from '../../src/domain/types';

const USER = 'turn-reads-user';
let core: Core;
let account: Account;

beforeAll(async () => {
  core = await openCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
  account = await linkedDurand(core);
  const commune = await core.service.getCommune('carrieres-sous-poissy');
  await core.service.accounts.startSignIn(commune, account.email, 'fr');
  const signedIn = await core.service.accounts.confirmSignIn(commune, account.email, lastCode(core.config.outboxDir, account.email), USER);
  if (!signedIn.ok) throw new Error(`not signed in: ${signedIn.reason}`);
  // The account as the sign-in wrote it (its last sign-in, its address verified): what the session's read gives.
  account = signedIn.account;
  // The configuration kept in memory: only the turn's own rows are read below.
  await core.service.reservations.bookable((await core.service.accounts.signedIn(USER))!);
});
afterAll(() => core.close());

// As in a turn: the communes' configuration is checked once, at its start, and not at each read.
let endTurn: () => void;
beforeEach(async () => {
  endTurn = await core.service.beginTurn();
});
afterEach(() => endTurn());

const counted = async <T>(run: () => Promise<T>): Promise<{ value: T; statements: number }> => {
  const before = statementsRun();
  const value = await run();
  return { value, statements: statementsRun() - before };
};

it('reads the session and the family file once in a turn, however often the turn asks', async () => {
  const once = await counted(async () => core.service.reservations.bookable((await core.service.accounts.signedIn(USER))!));
  expect(once.statements).toBe(4);
  const reads = core.service.turnReads();
  try {
    const turn = await counted(async () => {
      const first = await core.service.accounts.signedIn(USER, reads);
      const again = await core.service.accounts.signedIn(USER, reads);
      const [a, b] = [await core.service.reservations.bookable(first!), await core.service.reservations.bookable(again!)];
      return { first, again, a, b };
    });
    expect(turn.statements).toBe(once.statements);
    expect(turn.value.again).toEqual(account);
    expect(turn.value.b).toEqual(once.value);
    expect(turn.value.a).toEqual(once.value);
  } finally {
    reads.end();
  }
});

it('reads again after a write of those rows in the same turn: the write is seen', async () => {
  const reads = core.service.turnReads();
  try {
    const before = (await core.service.accounts.signedIn(USER, reads))!;
    expect((await core.service.familyFile(before))?.household.eInvoice).toBe(false);
    await core.service.accounts.changePhone(before, '0612345678');
    const after = (await core.service.accounts.signedIn(USER, reads))!;
    expect(after.phone).toBe('0612345678');
    await core.service.setEInvoice(after, true);
    expect((await core.service.familyFile(after))?.household.eInvoice).toBe(true);
    // Linked to another family file in the turn: the account read next is that family's, and so is its file.
    const other = (await core.service.deps.repos.households.findByFileNumber('chanteloup-les-vignes', 'CLV-F-000042'))!;
    await core.service.deps.repos.accounts.linkHousehold(account.id, other.id);
    const relinked = (await core.service.accounts.signedIn(USER, reads))!;
    expect(relinked.householdId).toBe(other.id);
    expect((await core.service.familyFile(relinked))?.household.fileNumber).toBe('CLV-F-000042');
  } finally {
    reads.end();
    await core.service.deps.repos.accounts.linkHousehold(account.id, account.householdId!);
    await core.service.deps.repos.households.setEInvoice(account.householdId!, false);
  }
});

it('keeps them through writes of other rows (the audit log), and not after the turn', async () => {
  const reads = core.service.turnReads();
  const signedIn = (await core.service.accounts.signedIn(USER, reads))!;
  await core.service.familyFile(signedIn);
  await core.service.deps.repos.audit.append({ actor: 'test', action: 'test.other', subject: 'x' }, '2026-11-18T14:00:00.000Z');
  expect((await counted(() => core.service.accounts.signedIn(USER, reads))).statements).toBe(0);
  // The representatives are not kept (the family file view alone reads them); the rest is.
  expect((await counted(() => core.service.familyFile(signedIn))).statements).toBe(1);
  reads.end();
  expect((await counted(() => core.service.accounts.signedIn(USER, reads))).statements).toBe(1);
  expect((await counted(() => core.service.familyFile(signedIn))).statements).toBe(4);
});
