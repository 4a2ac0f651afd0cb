/**
 * An agent's authenticator app (TOTP, RFC 6238), from the back office's « Sécurité » page:
 * - enrolment: a new secret is shown (QR code and text) and carried by the form sealed for this
 *   agent (src/domain/secretBox.ts, 15 minutes): nothing is stored until the agent types a right
 *   code; then the secret is stored sealed under SECRET_KEY and never shown again. Wrong codes
 *   while enrolling are counted as the sign-in codes are (5 per 15 minutes, then locked);
 * - removal: the password again (counted against the password's limit), then the code is mailed
 *   at sign-in again;
 * - reset, for a lost phone: `admin agent reset-2fa` (src/domain/agentTeam.ts).
 * Every step is written to the audit log under the agent.
 */
import type { AgentAccess } from './agentAccess';
import { TOTP_SEAL } from './agentAccess';
import type { Agent, AgentRepository } from './agents';
import type { TryRepository } from './accountPorts';
import type { Clock } from './clock';
import { seal, unseal } from './secretBox';
import { groupedSecret, matchTotp, newTotpSecret, totpUri } from './totp';

export const ENROL_MINUTES = 15;
export const ENROL_TRIES = 5;
const ENROL_SEAL = 'agent-totp-enrolment';
const MINUTE = 60_000;

export interface AgentSecurityDeps {
  agents: AgentRepository;
  tries: TryRepository;
  clock: Clock;
  secretKey: string;
  access: AgentAccess;
}

export interface TotpEnrolment {
  /** The otpauth:// URI the QR code carries. */
  uri: string;
  /** The secret in groups of 4, to type by hand. */
  grouped: string;
  /** The secret sealed for this agent, sent back with the code (a hidden field). */
  pending: string;
}

export type EnrolmentResult = 'enrolled' | 'wrong' | 'locked' | 'expired' | 'already';
export type RemovalResult = 'removed' | 'wrong' | 'locked' | 'none';

export class AgentSecurity {
  constructor(private readonly deps: AgentSecurityDeps) {}

  /** A new secret for the agent's app, shown once; nothing is stored yet. */
  startEnrolment(agent: Agent, issuer: string): TotpEnrolment {
    const secret = newTotpSecret();
    const expires = this.deps.clock.now().getTime() + ENROL_MINUTES * MINUTE;
    return { uri: totpUri(secret, issuer, agent.email), grouped: groupedSecret(secret), pending: seal(this.deps.secretKey, ENROL_SEAL, `agent:${agent.id}`, JSON.stringify({ secret, expires })) };
  }

  /** The same enrolment shown again (a wrong code), or undefined when the pending value is not this agent's or has expired. */
  pendingEnrolment(agent: Agent, issuer: string, pending: string): TotpEnrolment | undefined {
    const secret = this.pendingSecret(agent, pending);
    return secret ? { uri: totpUri(secret, issuer, agent.email), grouped: groupedSecret(secret), pending } : undefined;
  }

  private pendingSecret(agent: Agent, pending: string): string | undefined {
    const opened = unseal(this.deps.secretKey, ENROL_SEAL, `agent:${agent.id}`, pending);
    if (!opened) return undefined;
    const { secret, expires } = JSON.parse(opened) as { secret: string; expires: number };
    return expires > this.deps.clock.now().getTime() ? secret : undefined;
  }

  /** The code the app shows for the pending secret: right, the secret is stored (sealed) and the app used from the next sign-in. */
  async confirmEnrolment(agent: Agent, pending: string, typed: string): Promise<EnrolmentResult> {
    if (agent.totpEnrolledAt) return 'already';
    const secret = this.pendingSecret(agent, pending);
    if (!secret) return 'expired';
    const now = this.deps.clock.now();
    const subject = `agent:${agent.id}`;
    const since = new Date(now.getTime() - ENROL_MINUTES * MINUTE).toISOString();
    const granted = await this.deps.tries.reserve([{ kind: 'audit', entry: { actor: subject, action: 'agent.totpEnrolFailed', communeId: agent.communeId, subject }, since, max: ENROL_TRIES }], now.toISOString());
    if (!granted.ok) return 'locked';
    const step = matchTotp(secret, typed, now);
    if (step === undefined) return 'wrong';
    await this.deps.tries.release(granted.reservation);
    await this.deps.agents.setTotp(agent.id, { sealed: seal(this.deps.secretKey, TOTP_SEAL, subject, secret), step, at: now.toISOString() });
    await this.deps.access.record(agent, 'agent.totpEnrolled', subject);
    return 'enrolled';
  }

  /** Removes the agent's app once the password is given again; the code is then mailed at sign-in. */
  async remove(agent: Agent, password: string): Promise<RemovalResult> {
    if (!agent.totpEnrolledAt) return 'none';
    const checked = await this.deps.access.checkPassword(agent, password);
    if (checked !== 'right') return checked;
    await this.deps.agents.setTotp(agent.id, null);
    await this.deps.access.record(agent, 'agent.totpRemoved', `agent:${agent.id}`);
    return 'removed';
  }
}
