/**
 * « J'ai perdu ma référence »: the references of the requests made with an e-mail in a commune are
 * mailed to that e-mail, and only to it. The answer in the chat is the same whether or not the
 * address made requests, so that no one learns who asked the commune for what. Asking is limited
 * per e-mail and per hour, counted in the audit log like the other limits (src/domain/ports.ts,
 * TryLimit): the address is kept there as a keyed hash, never in clear.
 */
import { normalizeEmail } from './accounts';
import type { Clock } from './clock';
import { keyedHash } from './familyKey';
import type { Mailer } from './mail';
import type { RequestRepository, TryRepository } from './ports';
import type { Commune } from './types';

/** The audit action counting the mails of references asked (keyed hash of the address, no address). */
export const REFERENCES_ASKED = 'request.referencesAsked';

/** Mails of references per e-mail and commune per hour. */
export const REFERENCE_MAILS_PER_HOUR = 3;

const HOUR = 60 * 60_000;

export interface LostReferencesDeps {
  requests: RequestRepository;
  tries: TryRepository;
  mailer: Mailer;
  clock: Clock;
  secretKey: string;
}

export class LostReferences {
  constructor(private readonly deps: LostReferencesDeps) {}

  /**
   * Mails the references of the requests made with this e-mail in this commune, newest first,
   * at most REFERENCE_MAILS_PER_HOUR times an hour. Resolves the same way when there are none.
   */
  async mail(commune: Commune, email: string, locale: string): Promise<void> {
    const to = normalizeEmail(email);
    const now = this.deps.clock.now();
    const subject = `email:${keyedHash(`lostReferences:${commune.id}:${to}`, this.deps.secretKey)}`;
    const since = new Date(now.getTime() - HOUR).toISOString();
    // Counted before the requests are looked up: asks sent at once cannot go past the limit.
    const granted = await this.deps.tries.reserve([{ kind: 'audit', entry: { actor: 'resident', action: REFERENCES_ASKED, communeId: commune.id, subject }, since, max: REFERENCE_MAILS_PER_HOUR }], now.toISOString());
    if (!granted.ok) return;
    const requests = await this.deps.requests.listByEmail(commune.id, to);
    if (requests.length === 0) return;
    await this.deps.mailer.sendRequestReferences({ to, commune, locale, requests: requests.map(({ reference, kind, status, createdAt }) => ({ reference, kind, status, createdAt })) });
  }
}
