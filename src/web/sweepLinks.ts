/**
 * A one-time link was just used (the password page, the sign-in page, a payment's notification):
 * it leaves the web chat's history now rather than at the next scheduled sweep
 * (src/domain/oneTimeLinks.ts). A sweep that fails is logged; the scheduled one does it again.
 */
import type { MunicipalService } from '../domain/municipalService';
import type { Logger } from '../logger';

export async function sweepLinks(deps: { service: MunicipalService; logger: Logger }): Promise<void> {
  try {
    await deps.service.oneTimeLinks.sweep();
  } catch (e) {
    deps.logger.warn('links.sweep.failed', { error: e instanceof Error ? e.message : String(e) });
  }
}
