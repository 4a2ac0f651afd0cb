/**
 * One-time links the bot said in the web chat — the password page (/compte/mot-de-passe/<token>),
 * the sign-in page (/connexion/<token>), a payment (/paiement/<token>), an invoice's PDF
 * (/factures/<token>.pdf) — stay in the conversation's history while the resident may still use
 * them (a page reload shows them again), and no longer: once a link is used or expired, its token
 * is replaced by ••• in every history row that holds it.
 *
 * Why a sweep rather than a rewrite where each link is used: a link also dies by expiring, which no
 * request tells; and the row that holds a link is not known where the link is used (a token is
 * stored only as a hash, or not at all for signed links). The sweep reads the rows that mention a
 * link path (a few per conversation that paid or signed in, kept 30 days), asks whether each token
 * still works, and rewrites the rows whose tokens do not. It runs every few minutes
 * (LINK_SWEEP_CRON), in the nightly retention job, and right after a link is used (the password and
 * sign-in pages, a payment's notification), so a used link is gone at once and an expired one
 * within minutes. The store then leaves no old copy of the rewritten rows in its files.
 */
/** What a dead token becomes: « …/paiement/••• ». */
const GONE = '•••';

export type LinkKind = 'password' | 'signIn' | 'payment' | 'invoicePdf';

/** Where each kind of link lives, as the bot writes it. */
const PATHS: Array<[LinkKind, string]> = [
  ['password', '/compte/mot-de-passe/'],
  ['signIn', '/connexion/'],
  ['payment', '/paiement/'],
  ['invoicePdf', '/factures/'],
];

/** A token after one of the paths: base64url (password, sign-in) or signed parts joined by dots. */
const LINK = /\/(compte\/mot-de-passe|connexion|paiement|factures)\/([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)/g;

export interface HistoryRow {
  conversationId: string;
  seq: number;
  activity: Record<string, unknown>;
}

export interface HistoryLinkStore {
  /** History rows whose activity mentions one of these fragments. */
  historyMentioning(fragments: string[]): Promise<HistoryRow[]>;
  /** Replaces a row's activity. */
  rewriteHistory(row: HistoryRow): Promise<void>;
  /**
   * Leaves no earlier copy of rewritten rows in the store's files (SQLite: its log checkpointed and
   * truncated). False when it could not finish (another connection was reading): asked again next time.
   */
  forgetOldCopies(): Promise<boolean>;
}

export interface OneTimeLinkDeps {
  history: HistoryLinkStore;
  /** Whether a link of this kind still works (not used, not expired, not replaced). */
  alive(kind: LinkKind, token: string): Promise<boolean>;
}

export interface LinkSweep {
  rows: number;
  links: number;
}

/** The link tokens a text holds, with their kind (an invoice's « .pdf » is not part of its token). */
export function linkTokens(text: string): Array<{ kind: LinkKind; token: string }> {
  const out: Array<{ kind: LinkKind; token: string }> = [];
  for (const m of text.matchAll(LINK)) {
    const kind = (PATHS.find(([, p]) => p === `/${m[1]}/`) as [LinkKind, string])[0];
    const token = kind === 'invoicePdf' ? (m[2] as string).replace(/\.pdf$/, '') : (m[2] as string);
    out.push({ kind, token });
  }
  return out;
}

export class OneTimeLinks {
  private running: Promise<LinkSweep> | undefined;
  private unforgotten = false;

  constructor(private readonly deps: OneTimeLinkDeps) {}

  /** Sweeps the history; a sweep asked while one runs waits for it and runs once more after it. */
  async sweep(): Promise<LinkSweep> {
    const previous = this.running;
    const next = (async () => {
      await previous?.catch(() => undefined);
      return this.sweepOnce();
    })();
    this.running = next;
    try {
      return await next;
    } finally {
      if (this.running === next) this.running = undefined;
    }
  }

  private async sweepOnce(): Promise<LinkSweep> {
    const rows = await this.deps.history.historyMentioning(PATHS.map(([, p]) => p));
    const verdicts = new Map<string, boolean>();
    let rewritten = 0;
    let links = 0;
    for (const row of rows) {
      let json = JSON.stringify(row.activity);
      let dead = 0;
      for (const { kind, token } of linkTokens(json)) {
        const id = `${kind}:${token}`;
        if (!verdicts.has(id)) verdicts.set(id, await this.deps.alive(kind, token));
        if (verdicts.get(id)) continue;
        json = json.split(token).join(GONE);
        dead += 1;
      }
      if (dead === 0) continue;
      await this.deps.history.rewriteHistory({ ...row, activity: JSON.parse(json) as Record<string, unknown> });
      rewritten += 1;
      links += dead;
    }
    if (rewritten > 0 || this.unforgotten) this.unforgotten = !(await this.deps.history.forgetOldCopies());
    return { rows: rewritten, links };
  }
}
