/** A calendar card, in-process: the month view read from the store, then the card and its text equivalent rendered (Léa's canteen, the month after next). */
import { performance } from 'node:perf_hooks';
import { CardRenderer } from '../../../cards/cardRenderer';
import { calendarReply } from '../../../dialogs/calendarCard';
import { shiftMonth } from '../../domain/activityCalendar';
import { parisDay } from '../../domain/parisTime';
import type { Core } from '../../core';
import { percentile } from '../stats';
import { COMMUNE } from './residents';

export async function cardFigures(core: Core): Promise<{ viewMs: number; renderMs: number; bytes: number }> {
  const repos = core.service.deps.repos;
  const household = (await repos.households.findByFileNumber(COMMUNE, 'CSP-F-000101'))!;
  const account = await repos.accounts.create({ communeId: COMMUNE, email: 'bench-card@example.org', civility: null, firstName: 'A', lastName: 'B', phone: null, address: null });
  await repos.accounts.linkHousehold(account.id, household.id);
  const linked = (await repos.accounts.get(account.id))!;
  const lea = (await repos.households.listChildren(household.id)).find((c) => c.firstName === 'Léa')!;
  const canteen = (await core.service.listActivities(COMMUNE)).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
  const month = shiftMonth(parisDay(new Date()).slice(0, 7), 2);
  const renderer = new CardRenderer(core.config.cardsDir);
  const t = core.texts.for('fr');
  const views: number[] = [];
  const renders: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 200; i += 1) {
    const t0 = performance.now();
    const view = await core.service.reservations.calendar(linked, canteen.id, [lea.id], month);
    const t1 = performance.now();
    const activity = renderer.toActivity(calendarReply(t, 'fr', view), 'webchat');
    const t2 = performance.now();
    views.push(t1 - t0);
    renders.push(t2 - t1);
    bytes = Buffer.byteLength(JSON.stringify(activity));
  }
  return { viewMs: percentile(views.slice(20), 50), renderMs: percentile(renders.slice(20), 50), bytes };
}
