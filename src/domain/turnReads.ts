/**
 * What a resident's turn reads of their own rows, read once per turn: the session with its account,
 * and that account's family file (household, children, enrolments). A turn asks for them from many
 * places (each dialog step asks who is signed in; the calendar, the basket and its confirmation
 * each check the household): without this, a booking turn read the session three times and the
 * family file twice.
 *
 * Created where the turn starts (src/bot/citizenBot.ts, through MunicipalService.turnReads) and kept
 * in the turn's state; ended with the turn. The account it gives out is known to it: the domain's
 * reads of that account's family file (familyReader) go through it, any other account's straight
 * to the store.
 *
 * A row is kept with the count of writes at the moment its read began (Repositories.writes: every
 * write of this process that may change these rows, whatever its table, counts once it has ended);
 * once the count moved, it is read again. So a write followed by a read, in the same turn or in
 * another turn of this process, is always seen; a change made by another process is seen by the
 * next turn, as before. Writes that touch none of these rows (the bot's state, the audit log, the
 * outbox, baskets) say so and leave what is kept.
 */
import type { AccountRepository, HouseholdRepository } from './ports';
import type { Account, Child, Enrolment, Household, Session } from './types';

type ActiveSession = (Session & { account: Account }) | undefined;

/** The reads of a family file a turn keeps. */
export type FamilyReads = Pick<HouseholdRepository, 'get' | 'listChildren' | 'listEnrolments'>;

export interface TurnReadsDeps {
  accounts: Pick<AccountRepository, 'activeSession'>;
  households: FamilyReads;
  /** Repositories.writes; absent, nothing is kept. */
  writes?: () => number;
}

interface Kept<T> {
  writes: number;
  value: Promise<T>;
}

/** The turn whose signed-in account this is (the same object the turn gave out). */
const turnOfAccount = new WeakMap<Account, TurnReads>();

/** The family file's reads for this account: its turn's, when a turn gave it out and has not ended; else the store's. */
export function familyReader<K extends keyof FamilyReads>(account: Account, households: Pick<FamilyReads, K>): Pick<FamilyReads, K> {
  return turnOfAccount.get(account)?.live() ?? households;
}

export class TurnReads implements FamilyReads {
  private readonly kept = new Map<string, Kept<unknown>>();
  private ended = false;

  constructor(private readonly deps: TurnReadsDeps) {}

  /** This turn's reads while it lasts. */
  live(): this | undefined {
    return this.ended ? undefined : this;
  }

  /** The turn is over: nothing more is kept, and its accounts' reads go to the store. */
  end(): void {
    this.ended = true;
    this.kept.clear();
  }

  /** The channel user's open session with its account (AccountRepository.activeSession). */
  async activeSession(channelUser: string): Promise<ActiveSession> {
    const session = await this.keep(`session:${channelUser}`, () => this.deps.accounts.activeSession(channelUser));
    if (session && !this.ended) turnOfAccount.set(session.account, this);
    return session;
  }

  /**
   * The turn has just signed the channel user in: its new session, as written, is what it reads from
   * now on (not read again after its own write).
   */
  signedIn(channelUser: string, session: Session & { account: Account }): void {
    const writes = this.deps.writes?.();
    if (writes === undefined || this.ended) return;
    this.kept.set(`session:${channelUser}`, { writes, value: Promise.resolve(session) });
    turnOfAccount.set(session.account, this);
  }

  get(id: number): Promise<Household | undefined> {
    return this.keep(`household:${id}`, () => this.deps.households.get(id));
  }

  listChildren(householdId: number): Promise<Child[]> {
    return this.keep(`children:${householdId}`, () => this.deps.households.listChildren(householdId)).then((list) => [...list]);
  }

  listEnrolments(householdId: number): Promise<Enrolment[]> {
    return this.keep(`enrolments:${householdId}`, () => this.deps.households.listEnrolments(householdId)).then((list) => [...list]);
  }

  /** What is kept under the key, if no write ended since its read began; else read now (and kept, unless it fails). */
  private keep<T>(key: string, read: () => Promise<T>): Promise<T> {
    const writes = this.deps.writes?.();
    if (writes === undefined || this.ended) return read();
    const found = this.kept.get(key) as Kept<T> | undefined;
    if (found && found.writes === writes) return found.value;
    const value = read();
    const kept = { writes, value };
    this.kept.set(key, kept);
    value.catch(() => {
      if (this.kept.get(key) === kept) this.kept.delete(key);
    });
    return value;
  }
}
