import { and, count, desc, eq, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import type { LinkTokenRepository as Port, NewLinkToken } from '../../src/domain/ports';
import type { LinkPurpose, LinkToken } from '../../src/domain/types';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { linkTokens } from '../schema';

type Row = typeof linkTokens.$inferSelect;

const toLink = (r: Row): LinkToken => ({
  id: r.id,
  purpose: r.purpose === 'web_sign_in' ? 'web_sign_in' : 'set_password',
  communeId: r.communeId,
  accountId: r.accountId,
  channelUser: r.channelUser,
  expiresAt: r.expiresAt,
  usedAt: r.usedAt,
  tries: r.tries,
  codeHash: r.codeHash,
  codeExpiresAt: r.codeExpiresAt,
  codeAttempts: r.codeAttempts,
  codeUsedAt: r.codeUsedAt,
  createdAt: r.createdAt,
});

export class LinkTokenRepository implements Port {
  constructor(private readonly db: Db) {}

  async create(link: NewLinkToken): Promise<LinkToken> {
    return writeTransaction(this.db, () => {
      if (link.purpose === 'set_password' && link.accountId !== null) {
        this.db
          .update(linkTokens)
          .set({ usedAt: link.createdAt })
          .where(and(eq(linkTokens.accountId, link.accountId), eq(linkTokens.purpose, 'set_password'), isNull(linkTokens.usedAt)))
          .run();
      }
      return toLink(this.db.insert(linkTokens).values(link).returning().get());
    });
  }

  async findByHash(tokenHash: string): Promise<LinkToken | undefined> {
    const row = this.db.select().from(linkTokens).where(eq(linkTokens.tokenHash, tokenHash)).get();
    return row ? toLink(row) : undefined;
  }

  async countSince(accountId: number, purpose: LinkPurpose, since: string): Promise<number> {
    return (
      this.db
        .select({ n: count() })
        .from(linkTokens)
        .where(and(eq(linkTokens.accountId, accountId), eq(linkTokens.purpose, purpose), gte(linkTokens.createdAt, since)))
        .get()?.n ?? 0
    );
  }

  async recordTry(id: number): Promise<void> {
    this.db.update(linkTokens).set({ tries: sql`${linkTokens.tries} + 1` }).where(eq(linkTokens.id, id)).run();
  }

  async use(id: number, at: string): Promise<boolean> {
    return this.db.update(linkTokens).set({ usedAt: at }).where(and(eq(linkTokens.id, id), isNull(linkTokens.usedAt))).run().changes === 1;
  }

  async useWithCode(id: number, accountId: number, codeHash: string, codeExpiresAt: string, at: string): Promise<boolean> {
    return (
      this.db
        .update(linkTokens)
        .set({ usedAt: at, accountId, codeHash, codeExpiresAt })
        .where(and(eq(linkTokens.id, id), isNull(linkTokens.usedAt)))
        .run().changes === 1
    );
  }

  async latestCode(channelUser: string): Promise<LinkToken | undefined> {
    const row = this.db
      .select()
      .from(linkTokens)
      .where(and(eq(linkTokens.channelUser, channelUser), eq(linkTokens.purpose, 'web_sign_in'), isNotNull(linkTokens.codeHash)))
      .orderBy(desc(linkTokens.id))
      .get();
    return row ? toLink(row) : undefined;
  }

  async recordWrongCode(id: number): Promise<void> {
    this.db.update(linkTokens).set({ codeAttempts: sql`${linkTokens.codeAttempts} + 1` }).where(eq(linkTokens.id, id)).run();
  }

  async useCode(id: number, at: string): Promise<boolean> {
    return this.db.update(linkTokens).set({ codeUsedAt: at }).where(and(eq(linkTokens.id, id), isNull(linkTokens.codeUsedAt))).run().changes === 1;
  }
}
