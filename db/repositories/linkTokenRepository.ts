/** One-time links (set a password, sign in on the web page), on either store (db/store.ts). */
import { and, count, desc, eq, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import type { LinkTokenRepository as Port, NewLinkToken } from '../../src/domain/ports';
import type { LinkPurpose, LinkToken } from '../../src/domain/types';
import type { Db } from '../client';
import type { linkTokens } from '../schema';
import { prepared, preparedWrite } from '../prepared';
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
  /** A new link's insert (every « Me connecter »): prepared once on SQLite, built in its transaction on PostgreSQL. */
  private readonly insertLink;

  constructor(private readonly store: Store) {
    const { linkTokens } = store.tables;
    const ofUser = and(eq(linkTokens.channelUser, sql.placeholder('channelUser')), eq(linkTokens.purpose, 'web_sign_in'), isNotNull(linkTokens.codeHash));
    this.codeLink = prepared(store, 'latest_link_code', store.db.select().from(linkTokens).where(ofUser).orderBy(desc(linkTokens.id)).limit(1));
    const p = sql.placeholder;
    const fields = { purpose: p('purpose'), tokenHash: p('tokenHash'), communeId: p('communeId'), accountId: p('accountId'), channelUser: p('channelUser'), expiresAt: p('expiresAt'), createdAt: p('createdAt') };
    this.insertLink = preparedWrite<Row[]>(store, store.db.insert(linkTokens).values(fields).returning());
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
    const row: NewLinkToken = { purpose: link.purpose, tokenHash: link.tokenHash, communeId: link.communeId, accountId: link.accountId ?? null, channelUser: link.channelUser ?? null, expiresAt: link.expiresAt, createdAt: link.createdAt };
    return toLink((yield* one(this.insertLink?.({ ...row }) ?? db.insert(linkTokens).values(row).returning())) as Row);
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
