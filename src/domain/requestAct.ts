/**
 * Which civil-status act a request asks for (its data's `kind`: birth, marriage, death; its `format`: full copy or
 * extract), so that « mes demandes » names it (« acte de naissance, copie intégrale ») instead of « acte d'état civil ».
 */
import type { CitizenRequest } from './requestTypes';

export interface ActAsked {
  kind: string;
  format?: string;
}

/** The act a civil-status request's data asks for; undefined for another request, or data without it. */
export function actAsked(kind: string, data: Record<string, unknown> | undefined): ActAsked | undefined {
  if (kind !== 'civil_status_act' || typeof data?.kind !== 'string') return undefined;
  return { kind: data.kind, ...(typeof data.format === 'string' ? { format: data.format } : {}) };
}

/** The request with the act it asks for, when it is a civil-status act's (its data read with `dataOf`). */
export async function withAct<R extends CitizenRequest>(request: R, dataOf: (reference: string) => Promise<Record<string, unknown> | undefined>): Promise<R> {
  if (request.kind !== 'civil_status_act') return request;
  const act = actAsked(request.kind, await dataOf(request.reference));
  return act ? { ...request, act } : request;
}
