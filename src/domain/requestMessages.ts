/**
 * The outbox messages that follow a change of a démarche (src/domain/outboxMessages.ts):
 * - requestConfirmation { reference }: a démarche was sent: its reference mailed to the address
 *   given for it, in the resident's language (none when the resident gave no e-mail);
 * - requestUpdate { eventId }: an agent's decision on a démarche, mailed to the requester (the
 *   conversation is told by the request-notices job, src/domain/requestService.ts).
 */
import type { Mailer } from './mail';
import type { OutboxHandler } from './outbox';
import type { CommuneRepository, RequestRepository } from './ports';

export interface RequestMessageDeps {
  communes: Pick<CommuneRepository, 'get'>;
  requests: Pick<RequestRepository, 'decision' | 'findByReference'>;
  mailer: Pick<Mailer, 'sendRequestConfirmation' | 'sendRequestUpdate'>;
}

export function requestHandlers(deps: RequestMessageDeps): Record<'requestConfirmation' | 'requestUpdate', OutboxHandler> {
  const requestConfirmation = async (payload: Record<string, unknown>) => {
    const request = await deps.requests.findByReference(String(payload.reference ?? ''));
    const commune = request && (await deps.communes.get(request.communeId));
    // A request made without an e-mail (a civil-status act goes by post): nothing to mail.
    if (!request || !commune || !request.requesterEmail) return;
    await deps.mailer.sendRequestConfirmation({ to: request.requesterEmail, reference: request.reference, kind: request.kind, commune, locale: request.locale ?? 'fr' });
  };

  const requestUpdate = async (payload: Record<string, unknown>) => {
    const decision = await deps.requests.decision(Number(payload.eventId));
    const commune = decision && (await deps.communes.get(decision.communeId));
    if (!decision || !commune || !decision.requesterEmail) return;
    const { reference, kind, requesterEmail, status, message } = decision;
    await deps.mailer.sendRequestUpdate({ to: requesterEmail, reference, kind, status, message, commune, locale: decision.locale ?? 'fr' });
  };

  return { requestConfirmation, requestUpdate };
}
