/** Civil-status and other requests, and the audit trail of who did what. */

export type RequestStatus = 'submitted' | 'in_progress' | 'completed' | 'refused';

export interface CitizenRequest {
  id: number;
  communeId: string;
  reference: string;
  kind: string;
  requesterEmail: string;
  status: RequestStatus;
  createdAt: string;
  /** A civil-status act's request: which act, in which form (requestAct.ts), when read for the resident. */
  act?: { kind: string; format?: string };
}

export interface AuditEntry {
  actor: string;
  action: string;
  communeId?: string | null;
  subject?: string | null;
  details?: Record<string, unknown> | null;
}
