/**
 * The open WebSocket streams of Direct Line conversations: each is sent what is after its
 * watermark at once, then each new stored activity (and the passing ones, typing, that are not
 * stored). Rows another process wrote (the admin command telling a decision) are found by a poll.
 */
import type { DirectLineRepository } from '../../db/repositories/directLineRepository';
import type { Logger } from '../logger';

/** A stream's socket, as much of it as the channel needs. */
export interface StreamSocket {
  send(data: string): void;
  readonly readyState: number;
}

interface Stream {
  socket: StreamSocket;
  sent: number;
  busy: Promise<void>;
}

const OPEN = 1;

export class ActivityStreams {
  private readonly streams = new Map<string, Set<Stream>>();
  private poller: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Pick<DirectLineRepository, 'after' | 'lastSeqs'>,
    private readonly logger: Logger,
  ) {}

  /** What a turn wrote (`stored`) and what passes without being stored, to the conversation's streams. */
  publish(conversationId: string, stored: boolean, passing?: readonly unknown[]): void {
    for (const stream of this.streams.get(conversationId) ?? []) {
      if (passing?.length) this.send(stream, { activities: passing });
      if (stored) this.flush(conversationId, stream);
    }
  }

  attach(conversationId: string, watermark: number, socket: StreamSocket): () => void {
    const stream: Stream = { socket, sent: watermark, busy: Promise.resolve() };
    const set = this.streams.get(conversationId) ?? new Set<Stream>();
    set.add(stream);
    this.streams.set(conversationId, set);
    this.flush(conversationId, stream);
    this.poller ??= setInterval(() => void this.poll(), 1000).unref();
    return () => {
      set.delete(stream);
      if (set.size === 0) this.streams.delete(conversationId);
    };
  }

  get open(): number {
    let n = 0;
    for (const set of this.streams.values()) n += set.size;
    return n;
  }

  close(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = undefined;
    this.streams.clear();
  }

  private async poll(): Promise<void> {
    if (this.streams.size === 0) return;
    try {
      const last = await this.store.lastSeqs([...this.streams.keys()]);
      for (const [id, set] of this.streams) for (const stream of set) if ((last.get(id) ?? 0) > stream.sent) this.flush(id, stream);
    } catch (e) {
      this.logger.warn('directline.poll.failed', { error: e instanceof Error ? e.message : String(e) });
    }
  }

  private flush(conversationId: string, stream: Stream): void {
    stream.busy = stream.busy.then(async () => {
      const rows = await this.store.after(conversationId, stream.sent);
      if (rows.length === 0) return;
      stream.sent = rows.at(-1)?.seq ?? stream.sent;
      this.send(stream, { activities: rows.map((r) => r.activity), watermark: String(stream.sent) });
    }).catch((e: unknown) => this.logger.warn('directline.stream.failed', { error: e instanceof Error ? e.message : String(e) }));
  }

  private send(stream: Stream, message: unknown): void {
    if (stream.socket.readyState === OPEN) stream.socket.send(JSON.stringify(message));
  }
}
