/**
 * The outbox messages that follow a change of a démarche (src/domain/outboxMessages.ts):
 * - requestUpdate { eventId }: an agent's decision on a démarche, mailed to the requester (the
 *   conversation is told by the request-notices job, src/domain/requestService.ts).
 */
import type { Mailer } from './mail';
import type { OutboxHandler } from './outbox';
import type { CommuneRepository, RequestRepository } from './ports';

export interface RequestMessageDeps {
  communes: Pick<CommuneRepository, 'get'>;
  requests: Pick<RequestRepository, 'decision'>;
  mailer: Pick<Mailer, 'sendRequestUpdate'>;
}

export function requestHandlers(deps: RequestMessageDeps): Record<'requestUpdate', OutboxHandler> {
  const requestUpdate = async (payload: Record<string, unknown>) => {
    const decision = await deps.requests.decision(Number(payload.eventId));
    const commune = decision && (await deps.communes.get(decision.communeId));
    if (!decision || !commune) return;
    const { reference, kind, requesterEmail, status, message } = decision;
    await deps.mailer.sendRequestUpdate({ to: requesterEmail, reference, kind, status, message, commune, locale: decision.locale ?? 'fr' });
  };

  return { requestUpdate };
}
