import type { HealthProbe } from '../../src/domain/ports';
import type { Store } from '../store';

/** Whether the database answers, on either store (db/store.ts). */
export class HealthRepository implements HealthProbe {
  constructor(private readonly store: Store) {}

  async ping(): Promise<void> {
    await this.store.ping();
  }
}
