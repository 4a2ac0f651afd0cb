/** One-time links (set a password, sign in on the web page), on either store (db/store.ts). */
import { and, count, desc, eq, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import type { LinkTokenRepository as Port, NewLinkToken } from '../../src/domain/ports';
import type { LinkPurpose, LinkToken } from '../../src/domain/types';
import type { Db } from '../client';
import type { linkTokens } from '../schema';
import { prepared } from '../prepared';
import { change, lock, one, type Store, type Tx } from '../store';

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
  /** The link of a sign-in's code turn, read at each code typed: built once (db/prepared.ts). */
  private readonly codeLink;

  constructor(private readonly store: Store) {
    const { linkTokens } = store.tables;
    const ofUser = and(eq(linkTokens.channelUser, sql.placeholder('channelUser')), eq(linkTokens.purpose, 'web_sign_in'), isNotNull(linkTokens.codeHash));
    this.codeLink = prepared(store, 'latest_link_code', store.db.select().from(linkTokens).where(ofUser).orderBy(desc(linkTokens.id)).limit(1));
  }

  async create(link: NewLinkToken): Promise<LinkToken> {
    return this.store.write((db) => this.createIn(db, link));
  }

  private *createIn(db: Db, link: NewLinkToken): Tx<LinkToken> {
    const { linkTokens } = this.store.tables;
    if (link.purpose === 'set_password' && link.accountId !== null) {
      yield* lock('passwordLink', link.accountId);
      yield* change(
        db
          .update(linkTokens)
          .set({ usedAt: link.createdAt })
          .where(and(eq(linkTokens.accountId, link.accountId), eq(linkTokens.purpose, 'set_password'), isNull(linkTokens.usedAt))),
      );
    }
    return toLink((yield* one(db.insert(linkTokens).values(link).returning())) as Row);
  }

  async findByHash(tokenHash: string): Promise<LinkToken | undefined> {
    const { linkTokens } = this.store.tables;
    const [row] = await this.store.db.select().from(linkTokens).where(eq(linkTokens.tokenHash, tokenHash)).limit(1);
    return row ? toLink(row) : undefined;
  }

  async countSince(accountId: number, purpose: LinkPurpose, since: string): Promise<number> {
    const { linkTokens } = this.store.tables;
    const [row] = await this.store.db
      .select({ n: count() })
      .from(linkTokens)
      .where(and(eq(linkTokens.accountId, accountId), eq(linkTokens.purpose, purpose), gte(linkTokens.createdAt, since)));
    return row?.n ?? 0;
  }

  async recordTry(id: number): Promise<void> {
    const { linkTokens } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(linkTokens).set({ tries: sql`${linkTokens.tries} + 1` }).where(eq(linkTokens.id, id))));
  }

  async use(id: number, at: string): Promise<boolean> {
    const { linkTokens } = this.store.tables;
    return (await this.store.writeOne((db) => change(db.update(linkTokens).set({ usedAt: at }).where(and(eq(linkTokens.id, id), isNull(linkTokens.usedAt)))))) === 1;
  }

  async useWithCode(id: number, accountId: number, codeHash: string, codeExpiresAt: string, at: string): Promise<boolean> {
    const { linkTokens } = this.store.tables;
    const used = await this.store.writeOne((db) =>
      change(db.update(linkTokens).set({ usedAt: at, accountId, codeHash, codeExpiresAt }).where(and(eq(linkTokens.id, id), isNull(linkTokens.usedAt)))),
    );
    return used === 1;
  }

  async latestCode(channelUser: string): Promise<LinkToken | undefined> {
    const [row] = await this.codeLink({ channelUser });
    return row ? toLink(row) : undefined;
  }
}
