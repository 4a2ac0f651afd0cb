/**
 * Requests the commune instructs (démarches, a change of postal address): sent with or without an
 * account, numbered, confirmed by e-mail, followed by reference and e-mail, decided by an agent.
 * The confirmation of a démarche is queued in the outbox with the request (sent right after the
 * commit, in the background: the resident's answer does not wait for the mail server). An agent's
 * decision is queued in the outbox with the change (mailed at once after it, or by the outbox job when
 * the mail server is down: src/domain/outbox.ts) and told in the resident's conversation by
 * tellDecisions() (decisionTelling.ts).
 */
import type { Clock } from './clock';
import { tellDecisions, type ConversationTarget, type DecisionTeller } from './decisionTelling';
import { requestRefusal } from './eligibility';
import { DomainError } from './errors';
import type { OutboxService } from './outbox';
import { parisDay } from './parisTime';
import type { AuditRepository, CommuneRepository, ConversationRefRepository, ConversationWhere, RequestRepository, TryRepository } from './ports';
import { actAsked, withAct } from './requestAct';
import { proveRequest, reserveFollowTry, type RequestProof } from './requestProof';
import { normalizeReference, referenceNumberIn, referencePrefix } from './requests';
import { stripControls, stripControlsDeep } from './text';
import type { Account, CitizenRequest, Commune, RequestStatus } from './types';

export type { ConversationTarget, DecisionTeller } from './decisionTelling';

export interface RequestServiceDeps {
  requests: RequestRepository;
  communes: CommuneRepository;
  conversationRefs: ConversationRefRepository;
  audit: AuditRepository;
  /** Wrong tries at following a request without an e-mail, counted per reference (src/domain/requestProof.ts). */
  tries: TryRepository;
  /** Sends the mails queued with a request or a decision, right after the commit. */
  outbox: Pick<OutboxService, 'flush' | 'kick'>;
  clock: Clock;
}

export interface Submission {
  commune: Commune;
  kind: string;
  email: string;
  data: Record<string, unknown>;
  locale: string;
  account?: Account;
  /** The conversation it was sent from, to tell the decision there. */
  conversation?: ConversationTarget;
  papers?: ReadonlyArray<{ documentId: number; kind: string }>;
}

/** A request followed with its reference and e-mail: with the message the agent gave with the last decision. */
export type FollowedRequest = CitizenRequest & { message: string | null };

/** Who decides from the back office: `agent:<id>`, their commune, the status their page showed. */
export interface AgentDecider {
  actor: string;
  communeId: string;
  seen?: RequestStatus;
}

export type RequestDetail = CitizenRequest & {
  data: Record<string, unknown>;
  papers: Array<{ kind: string; fileName: string; mimeType: string; sizeBytes: number; storagePath: string }>;
  message: string | null;
};

export class RequestService {
  constructor(private readonly deps: RequestServiceDeps) {}

  private async record(actor: string, action: string, communeId: string, subject: string): Promise<void> {
    await this.deps.audit.append({ actor, action, communeId, subject }, this.deps.clock.now().toISOString());
  }

  /** A démarche sent without an account (or with one): stored with its papers, numbered, confirmed by e-mail. */
  async submit(s: Submission): Promise<string> {
    const now = this.deps.clock.now();
    // The rules the bot states, checked again here: a request that breaks one is never stored.
    const refusal = requestRefusal(s.kind, s.data, s.commune, parisDay(now));
    if (refusal) throw new DomainError(`request.${refusal}`, { kind: s.kind });
    const requesterEmail = stripControls(s.email).trim().toLowerCase();
    const reference = await this.deps.requests.create(referencePrefix(s.commune.requestPrefix, now), {
      communeId: s.commune.id,
      kind: s.kind,
      requesterEmail,
      accountId: s.account?.id ?? null,
      // Free text is stored without control characters, whichever channel or form it came from.
      data: stripControlsDeep(s.data),
      createdAt: now.toISOString(),
      locale: s.locale,
      conversationRef: s.conversation ?? null,
      papers: s.papers ?? [],
    }, (ref) => [{ kind: 'requestConfirmation', payload: { reference: ref } }]);
    this.deps.outbox.kick();
    await this.record(s.account ? `account:${s.account.id}` : 'resident', 'request.submitted', s.commune.id, reference);
    return reference;
  }

  /** A change of postal address is a request the commune validates; returns its reference. */
  async submitAddressChange(account: Account, commune: Commune, address: string): Promise<string> {
    const now = this.deps.clock.now();
    const reference = await this.deps.requests.create(referencePrefix(commune.requestPrefix, now), {
      communeId: commune.id,
      kind: 'contact_address',
      requesterEmail: account.email,
      accountId: account.id,
      data: { address: stripControls(address), householdId: account.householdId },
      createdAt: now.toISOString(),
    });
    await this.record(`account:${account.id}`, 'request.submitted', commune.id, reference);
    return reference;
  }

  /**
   * « Où en est ma demande ? » without an account: the request when the reference and the e-mail
   * used for it both match, undefined otherwise (without saying which one did not). The number
   * alone (« 000123 », « 123 ») is looked for among the requests made with that e-mail in this
   * commune only (the newest when two years share it): it never finds another's request. 'locked': too many
   * wrong tries at this reference from any conversation, as with a name and a date (requestProof.ts).
   */
  async follow(commune: Commune, typedReference: string, email: string): Promise<FollowedRequest | 'locked' | undefined> {
    const mail = email.trim().toLowerCase();
    const tried = await reserveFollowTry(this.deps, commune, typedReference, this.deps.clock.now());
    if (tried === 'locked') return 'locked';
    const reference = normalizeReference(typedReference);
    const number = reference ? undefined : referenceNumberIn(typedReference);
    const byNumber = async () => (number ? (await this.deps.requests.listByEmail(commune.id, mail)).find((r) => r.reference.endsWith(`-${number}`)) : undefined);
    const request = reference ? await this.deps.requests.findByReference(reference) : await byNumber();
    // A request made without an e-mail is never found by an empty one.
    const matches = request && mail !== '' && request.communeId === commune.id && request.requesterEmail === mail;
    if (!matches) return undefined;
    if (tried) await this.deps.tries.release(tried.reservation);
    // The agent's message with the last decision (a refusal always has one): the resident is told why.
    const decision = await this.deps.requests.lastDecision(request.id);
    // Found by its number alone, its data is read to name the act it asks for (« acte de naissance »).
    const data = 'data' in request ? (request.data as Record<string, unknown>) : request.kind === 'civil_status_act' ? (await this.deps.requests.findByReference(request.reference))?.data : undefined;
    const act = actAsked(request.kind, data);
    return { ...request, ...(act ? { act } : {}), message: decision?.message ?? null };
  }

  /**
   * A request made without an e-mail, followed from any conversation: the request when its reference,
   * a name and a date (or, for a request without a date, its postal address) written in it all match
   * (src/domain/requestProof.ts), `wrong` otherwise (without saying which did not), `locked` after too
   * many wrong tries at this reference from any conversation. A request made with an e-mail is followed with that e-mail only.
   */
  async followWithoutEmail(commune: Commune, typedReference: string, proof: RequestProof): Promise<FollowedRequest | 'wrong' | 'locked'> {
    const check = await proveRequest(this.deps, commune, typedReference, proof, this.deps.clock.now());
    if (!check.ok) return check.reason;
    const decision = await this.deps.requests.lastDecision(check.request.id);
    const { data: _data, locale: _locale, ...shown } = check.request;
    return { ...shown, message: decision?.message ?? null };
  }

  /**
   * An agent's decision on a request: taken (in progress), completed or refused, with a message
   * for the resident, who is told by e-mail now and in the conversation by tellDecisions().
   * A completed or refused request stays as it is. `by`: the agent of the back office, whose
   * commune the request must be of (else unknown), and the status their page showed (else stale:
   * someone decided meanwhile). The write happens only if the status is still the one read.
   */
  async decide(reference: string, status: Exclude<RequestStatus, 'submitted'>, message: string | null, by?: AgentDecider): Promise<CitizenRequest> {
    const request = await this.deps.requests.findByReference(normalizeReference(reference) ?? reference);
    if (!request || (by && request.communeId !== by.communeId)) throw new DomainError('request.unknown', { reference });
    if (by?.seen !== undefined && request.status !== by.seen) throw new DomainError('request.stale', { reference, status: request.status });
    if (request.status === 'completed' || request.status === 'refused') throw new DomainError('request.closed', { reference, status: request.status });
    const said = message === null ? null : stripControls(message);
    if (status === 'refused' && !said?.trim()) throw new DomainError('request.refusalNeedsMessage', { reference });
    if (!(await this.deps.communes.get(request.communeId))) throw new DomainError('commune.unknown', { id: request.communeId });
    const actor = by?.actor ?? 'admin';
    const written = await this.deps.requests.setStatus(request.id, status, said, actor, this.deps.clock.now().toISOString(), (eventId) => [{ kind: 'requestUpdate', payload: { eventId } }], request.status);
    if (!written) throw new DomainError('request.stale', { reference, status: request.status });
    await this.record(actor, `request.${status}`, request.communeId, request.reference);
    await this.deps.outbox.flush();
    return { ...request, status };
  }

  /** A request of this commune, with the answers given and the papers sent, for an agent. */
  async detail(reference: string, communeId: string): Promise<RequestDetail | undefined> {
    const request = await this.deps.requests.findByReference(normalizeReference(reference) ?? reference);
    if (!request || request.communeId !== communeId) return undefined;
    const papers = await this.deps.requests.papersOf(request.id);
    const decision = await this.deps.requests.lastDecision(request.id);
    return { ...request, papers, message: decision?.message ?? null };
  }

  /** Tells the decisions not told yet in the resident's conversation (decisionTelling.ts). */
  tellDecisions(teller: DecisionTeller): Promise<{ told: number; unreachable: number; held: boolean }> {
    return tellDecisions(this.deps, teller);
  }

  /**
   * « Mes demandes »: the requests made by a signed-in account, and those made with its e-mail in
   * its commune without being signed in (the account proved it holds that address), newest first.
   */
  async mine(account: Account): Promise<CitizenRequest[]> {
    const mine = await this.deps.requests.listMine(account.id, account.communeId, account.email);
    // « acte de naissance, copie intégrale », not « acte d'état civil »: the act each asks for.
    return Promise.all(mine.map((r) => withAct(r, async (reference) => (await this.deps.requests.findByReference(reference))?.data)));
  }

  /** The postal address given with the latest request made in this conversation (« la même que tout à l'heure »), if any. */
  async addressGivenHere(commune: Commune, where: ConversationWhere): Promise<string | undefined> {
    for (const made of await this.deps.requests.listInConversation(commune.id, where)) {
      const address = (await this.deps.requests.findByReference(made.reference))?.data.address;
      if (typeof address === 'string' && address) return address;
    }
    return undefined;
  }

  /**
   * « Où en est ma demande ? » without an account, in the conversation where the requests were made:
   * each with the agent's last message (the decisions are told in this same conversation anyway).
   */
  async madeInConversation(commune: Commune, where: ConversationWhere): Promise<FollowedRequest[]> {
    const made = await this.deps.requests.listInConversation(commune.id, where);
    return Promise.all(made.map(async (r) => ({ ...r, message: (await this.deps.requests.lastDecision(r.id))?.message ?? null })));
  }

  /** Démarches still waiting for an agent (submitted or in progress), oldest first. */
  pending(communeId?: string): Promise<CitizenRequest[]> {
    return this.deps.requests.listByStatus(communeId, ['submitted', 'in_progress']);
  }
}
