/** The démarches' store: requests, their events and the agents' decisions. The store's side of them is in db/repositories/. */
import type { CitizenRequest, RequestStatus } from './types';
import type { NewOutboxMessage } from './outbox';

export interface NewRequest {
  communeId: string;
  kind: string;
  requesterEmail: string;
  accountId: number | null;
  data: Record<string, unknown>;
  createdAt: string;
  /** The resident's language and conversation, to tell the agents' decisions there. */
  locale?: string;
  conversationRef?: unknown;
  /** Papers attached in the chat (kept before), linked to the request with their kind. */
  papers?: ReadonlyArray<{ documentId: number; kind: string }>;
}

/** An agent's decision not yet told in the resident's conversation. */
export interface UntoldDecision {
  eventId: number;
  reference: string;
  kind: string;
  communeId: string;
  status: RequestStatus;
  message: string | null;
  accountId: number | null;
  locale: string | null;
  conversationRef: unknown;
}

/** An agent's decision on a request, as it is mailed. */
export interface RequestDecision {
  reference: string;
  kind: string;
  communeId: string;
  requesterEmail: string;
  locale: string | null;
  status: RequestStatus;
  message: string | null;
}

/** A conversation of a channel user, as a request's stored conversation reference names it. */
export interface ConversationWhere {
  channelId: string;
  conversationId: string;
  userId: string;
}

export interface RequestRepository {
  listByStatus(communeId: string | undefined, statuses: RequestStatus[]): Promise<CitizenRequest[]>;
  /**
   * Stores a submitted request and its first event, numbered after the last one of the same
   * prefix and year (CSP-2026-000123), and queues what `after` asks for it, in one transaction.
   * Returns the reference.
   */
  create(referencePrefix: string, request: NewRequest, after?: (reference: string) => NewOutboxMessage[]): Promise<string>;
  findByReference(reference: string): Promise<(CitizenRequest & { data: Record<string, unknown>; locale: string | null }) | undefined>;
  /** The account's requests and those made with its e-mail in its commune (e-mails compared normalised), newest first. */
  listMine(accountId: number, communeId: string, email: string): Promise<CitizenRequest[]>;
  /** The requests made with this e-mail in this commune (compared normalised), newest first. */
  listByEmail(communeId: string, email: string): Promise<CitizenRequest[]>;
  /** The requests made in this commune from this conversation of this channel user (as stored with each request), newest first. */
  listInConversation(communeId: string, where: ConversationWhere): Promise<CitizenRequest[]>;
  /** The last decision on a request (not its submission), with the agent's message. */
  lastDecision(requestId: number): Promise<{ status: RequestStatus; message: string | null; at: string } | undefined>;
  /** Sets the status and records the event (with the agent's message), and queues what `after` asks for that event, in one transaction. */
  /**
   * The new status with its event (and the messages that follow it). `from`: only if the request is
   * still in that status; false when it was not (another agent decided meanwhile), nothing written.
   */
  setStatus(requestId: number, status: RequestStatus, message: string | null, actor: string, at: string, after?: (eventId: number) => NewOutboxMessage[], from?: RequestStatus): Promise<boolean>;
  /** An agent's decision (an event) with what its mail needs of the request. */
  decision(eventId: number): Promise<RequestDecision | undefined>;
  /** Agents' decisions not yet told, oldest first. */
  untoldDecisions(limit: number): Promise<UntoldDecision[]>;
  /**
   * Marks a decision told (by: conversation, or none when no conversation could be reached).
   * Returns false when another process marked it first; `again` overwrites an earlier mark.
   */
  markTold(eventId: number, by: 'conversation' | 'none', at: string, options?: { again: boolean }): Promise<boolean>;
  /** The papers stored with a request. */
  papersOf(requestId: number): Promise<Array<{ kind: string; fileName: string; mimeType: string; sizeBytes: number; storagePath: string }>>;
}
