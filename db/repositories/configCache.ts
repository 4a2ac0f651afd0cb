/**
 * The communes and their activities, kept in memory: every turn reads them, often several times,
 * and they change a few times a year. Each change of either table, whoever makes it (an import
 * here, the admin command in another process, another instance, a hand-written statement), adds
 * one to `config_version` through the tables' triggers; what is kept is dropped when that number
 * has changed.
 *
 * When the number is read: at the start of each turn (`beginTurn`, once); while at least one
 * turn is in flight, what is kept is used as is (a turn sees the configuration as it was when the
 * newest turn started); with no turn in flight (a web page, a job, the admin command), before each
 * read. So a change is seen by the next turn, here and on every other instance, and a read outside
 * turns is never older than the database. A change written through this cache drops it at once.
 *
 * The number is read before what it covers, so a configuration read while it changes is at worst
 * read again at the next turn. What is returned is frozen (shared by every turn); lists are copies.
 */
import { eq } from 'drizzle-orm';
import type { ActivityRepository as ActivityPort, CommuneConfig, CommuneRepository as CommunePort, CommuneSaved } from '../../src/domain/ports';
import type { Activity, Commune } from '../../src/domain/types';
import { prepared } from '../prepared';
import type { Store } from '../store';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class ConfigCache {
  private version: number | undefined;
  private communeList?: Promise<readonly Commune[]>;
  private readonly communeById = new Map<string, Promise<Commune | undefined>>();
  private readonly activitiesOf = new Map<string, Promise<readonly Activity[]>>();
  private turnsInFlight = 0;
  private readonly readVersion: () => Promise<Array<{ version: number }>>;

  constructor(
    store: Store,
    private readonly source: { communes: CommunePort; activities: ActivityPort },
  ) {
    const { configVersion } = store.tables;
    this.readVersion = prepared(store, 'config_version', store.db.select({ version: configVersion.version }).from(configVersion).where(eq(configVersion.id, 1)));
  }

  /** Reads the version (one statement) and drops what is kept if it changed. */
  async refresh(): Promise<void> {
    this.seen((await this.readVersion())[0]?.version);
  }

  /** The version as just read: what is kept is dropped if it changed. */
  private seen(version: number | undefined): void {
    if (version === undefined || version !== this.version) this.drop();
    this.version = version;
  }

  /**
   * A turn starts: the version is read once (or given, as read at the turn's start with its states: src/bot/sqlStorage.ts);
   * until the turn ends (the function returned), what is kept is used as is.
   */
  async beginTurn(versionRead?: number): Promise<() => void> {
    if (versionRead === undefined) await this.refresh();
    else this.seen(versionRead);
    this.turnsInFlight += 1;
    let ended = false;
    return () => {
      if (!ended) this.turnsInFlight -= 1;
      ended = true;
    };
  }

  private drop(): void {
    this.communeList = undefined;
    this.communeById.clear();
    this.activitiesOf.clear();
  }

  private async fresh(): Promise<void> {
    if (this.turnsInFlight === 0) await this.refresh();
  }

  /** What is kept under the key, or what `load` gives (kept unless it fails). */
  private keep<K, V>(map: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
    let found = map.get(key);
    if (!found) {
      found = load().then(deepFreeze);
      map.set(key, found);
      found.catch(() => {
        if (map.get(key) === found) map.delete(key);
      });
    }
    return found;
  }

  readonly communes: CommunePort = {
    list: async () => {
      await this.fresh();
      if (!this.communeList) {
        const list = this.source.communes.list().then(deepFreeze);
        this.communeList = list;
        list.catch(() => {
          if (this.communeList === list) this.communeList = undefined;
        });
      }
      return [...(await this.communeList)];
    },
    get: async (id: string) => {
      await this.fresh();
      return this.keep(this.communeById, id, () => this.source.communes.get(id));
    },
    save: async (config: CommuneConfig): Promise<CommuneSaved> => {
      try {
        return await this.source.communes.save(config);
      } finally {
        this.drop();
        this.version = undefined;
      }
    },
    beginTurn: (versionRead?: number) => this.beginTurn(versionRead),
  };

  readonly activities: ActivityPort = {
    listByCommune: async (communeId: string) => {
      await this.fresh();
      return [...(await this.keep(this.activitiesOf, communeId, () => this.source.activities.listByCommune(communeId)))];
    },
  };
}
