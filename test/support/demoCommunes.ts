/** The demo communes as the bot holds them (db/demo/communes/*.yaml through the commune file's checks), for tests without a database. */
import path from 'node:path';
import { demoCommunes } from '../../src/communes/demoCommunes';
import type { CommuneConfig } from '../../src/domain/ports';
import type { Commune } from '../../src/domain/types';

const ROOT = path.resolve(__dirname, '../..');
export const DEMO_COMMUNES_DIR = path.join(ROOT, 'db/demo/communes');
export const ZONES = ['A', 'B', 'C'];

export const demoCommuneConfigs = (): CommuneConfig[] => demoCommunes(DEMO_COMMUNES_DIR, ZONES);
export const demoCommuneList = (): Commune[] => demoCommuneConfigs().map((c) => c.commune);
