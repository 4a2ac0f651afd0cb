import { and, count, inArray, isNotNull, isNull, like, lt, or } from 'drizzle-orm';
import type { RetentionRepository as Port } from '../../src/domain/retention';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { botState, conversationRefs, directLineActivities, directLineConversations, documents, jobRuns, linkTokens, oneTimeCodes, reminders, sessions } from '../schema';

/** Reminders still to be sent are never purged. */
const DEALT_WITH = ['sent', 'stopped', 'expired', 'interrupted'];

export class RetentionRepository implements Port {
  constructor(private readonly db: Db) {}

  async purgeDirectLine(before: string): Promise<{ conversations: number; activities: number }> {
    return writeTransaction(this.db, () => {
      const old = this.db.select({ id: directLineConversations.id }).from(directLineConversations).where(lt(directLineConversations.lastActiveAt, before)).all().map((r) => r.id);
      if (old.length === 0) return { conversations: 0, activities: 0 };
      let activities = 0;
      let conversations = 0;
      // In slices: SQLite takes at most 32 766 parameters per statement.
      for (let i = 0; i < old.length; i += 500) {
        const slice = old.slice(i, i + 500);
        activities += this.db.select({ n: count() }).from(directLineActivities).where(inArray(directLineActivities.conversationId, slice)).get()?.n ?? 0;
        this.db.delete(directLineActivities).where(inArray(directLineActivities.conversationId, slice)).run();
        conversations += this.db.delete(directLineConversations).where(inArray(directLineConversations.id, slice)).run().changes;
      }
      return { conversations, activities };
    });
  }

  async purgeBotState(kind: 'conversations' | 'users', before: string): Promise<number> {
    return this.db.delete(botState).where(and(like(botState.key, `%/${kind}/%`), lt(botState.updatedAt, before))).run().changes;
  }

  async purgeSecrets(before: string): Promise<{ codes: number; links: number; sessions: number }> {
    return writeTransaction(this.db, () => ({
      codes: this.db.delete(oneTimeCodes).where(lt(oneTimeCodes.expiresAt, before)).run().changes,
      links: this.db.delete(linkTokens).where(and(lt(linkTokens.expiresAt, before), or(isNull(linkTokens.codeExpiresAt), lt(linkTokens.codeExpiresAt, before)))).run().changes,
      sessions: this.db.delete(sessions).where(or(and(isNotNull(sessions.endedAt), lt(sessions.endedAt, before)), lt(sessions.lastSeenAt, before))).run().changes,
    }));
  }

  async loosePapers(before: string): Promise<Array<{ id: number; storagePath: string }>> {
    return this.db
      .select({ id: documents.id, storagePath: documents.storagePath })
      .from(documents)
      .where(and(isNull(documents.requestId), isNull(documents.householdId), lt(documents.createdAt, before)))
      .all();
  }

  async deletePaper(id: number): Promise<void> {
    this.db.delete(documents).where(and(inArray(documents.id, [id]), isNull(documents.requestId), isNull(documents.householdId))).run();
  }

  async purgeProfile(before: string): Promise<{ conversationRefs: number; reminders: number; jobRuns: number }> {
    return writeTransaction(this.db, () => ({
      conversationRefs: this.db.delete(conversationRefs).where(lt(conversationRefs.updatedAt, before)).run().changes,
      reminders: this.db.delete(reminders).where(and(inArray(reminders.status, DEALT_WITH), lt(reminders.expiresOn, before.slice(0, 10)))).run().changes,
      jobRuns: this.db.delete(jobRuns).where(and(lt(jobRuns.startedAt, before), isNotNull(jobRuns.finishedAt))).run().changes,
    }));
  }
}
