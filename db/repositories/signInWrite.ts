/**
 * A right code's sign-in as one write transaction (AccountRepository.signIn, src/domain/signingIn.ts),
 * on either store: the try given back and the code used (one update: the try was counted on the
 * code), the last sign-in read and set with the address verified, the channel user's sessions ended
 * and one begun, the audit entry and the conversation's reference. They were seven transactions and a write of the reference of its own, each a commit
 * (on PostgreSQL, a BEGIN and a COMMIT each). The locks are those the separate writes took, in
 * one order: the channel user's sessions, then the account's last sign-in.
 */
import type { Session } from '../../src/domain/types';
import type { SignInWrite } from '../../src/domain/ports';
import type { Db } from '../client';
import { change, lock, one, type Store, type Tx } from '../store';
import { auditInsert } from './auditRepository';
import { conversationRefSave } from './conversationRefRepository';
import type { SignInQueries } from './signInQueries';
import { releaseTries } from './tryRepository';

/** Whether the try to give back is the one counted on the code itself (the mailed code's, the sign-in page's): then one update gives it back and uses the code. */
function ownTry(w: SignInWrite): boolean {
  const [counter, ...more] = w.release.counters;
  return w.release.auditIds.length === 0 && more.length === 0 && counter?.kind === w.code.kind && counter.id === w.code.id;
}

export type SignedIn = { previousSignIn: string | null; session: Session } | undefined;

/** The sign-in's transaction on this store, with its queries (signInQueries.ts). */
export function signInWrite(store: Store, q: SignInQueries): (write: SignInWrite) => Promise<SignedIn> {
  const audit = auditInsert(store);
  const saveRef = conversationRefSave(store);
  function* body(db: Db, w: SignInWrite): Tx<SignedIn> {
    yield* lock('session', w.channelUser);
    yield* lock('signIn', w.accountId);
    if (ownTry(w)) {
      // The code used and its try given back by one update; a code used meanwhile gets its try back alone, as before.
      if ((yield* change(q.useGivingBack(db, w.code, w.at))) !== 1) {
        yield* releaseTries(db, store.tables, w.release);
        return undefined;
      }
    } else {
      yield* releaseTries(db, store.tables, w.release);
      const used = w.code.kind === 'emailCode' ? q.useCode(db, w.code.id, w.at) : q.useLinkCode(db, w.code.id, w.at);
      if ((yield* change(used)) !== 1) return undefined;
    }
    const previousSignIn = (yield* one(q.lastLogin(db, w.accountId)))?.last ?? null;
    yield* change(w.verify ? q.setLastLoginVerified(db, w.accountId, w.at) : q.setLastLogin(db, w.accountId, w.at));
    yield* change(q.endSessions(db, w.channelUser, w.at));
    const session = yield* one(q.addSession(db, w.accountId, w.channelUser, w.at));
    yield* change(audit(db, w.audit, w.at));
    if (w.conversation) yield* change(saveRef(db, w.conversation));
    return { previousSignIn, session: { id: (session as { id: number }).id, accountId: w.accountId, channelUser: w.channelUser, lastSeenAt: w.at } };
  }
  return (write) => store.write((db) => body(db, write));
}
