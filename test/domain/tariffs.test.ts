/** The rates of every demo commune as its file sets them (db/demo/communes/*.yaml), and a family's band by its quotient familial. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { communeTariffs, familyTariff } from '../../src/domain/tariffs';
import type { Activity } from '../../src/domain/types';
import { DEMO_COMMUNES_DIR, demoCommuneConfigs } from '../support/demoCommunes';

type FileActivity = { label: string; late: string; surchargePercent?: number; tariffs: Array<{ fromQf: number; toQf?: number; price: number }> };
const configs = demoCommuneConfigs();
const activitiesOf = (id: string): Activity[] =>
  (configs.find((c) => c.commune.id === id)?.activities ?? []).map((a, i) => ({ ...a, id: i + 1, communeId: id }) as Activity);
const fileOf = (id: string): FileActivity[] => (parse(fs.readFileSync(path.join(DEMO_COMMUNES_DIR, `${id}.yaml`), 'utf8')) as { activities: FileActivity[] }).activities;

describe.each(configs.map((c) => c.commune.id))('%s', (id) => {
  it('each activity: the bands and prices of the file, the late surcharge or none', () => {
    const tariffs = communeTariffs(activitiesOf(id));
    expect(tariffs.map((a) => [a.activity.label, a.bands.map((b) => [b.fromQf, b.toQf, b.priceCents]), a.latePercent])).toEqual(
      fileOf(id).map((a) => [a.label, a.tariffs.map((t) => [t.fromQf, t.toQf, Math.round(t.price * 100)]), a.late === 'surcharge' ? a.surchargePercent : undefined]),
    );
  });

  it('a family pays the band of its quotient, the highest without one', () => {
    const activities = activitiesOf(id);
    for (const a of fileOf(id)) {
      const second = a.tariffs[1]!;
      const at = (qf: number | null) => familyTariff({ quotientFamilial: qf }, activities).prices.find((p) => p.activity.label === a.label)?.band.priceCents;
      expect(at(second.fromQf)).toBe(Math.round(second.price * 100));
      expect(at(0)).toBe(Math.round(a.tariffs[0]!.price * 100));
      expect(at(null)).toBe(Math.max(...a.tariffs.map((t) => Math.round(t.price * 100))));
    }
  });
});
