/**
 * The answer to a question about the rates (« c'est quoi mon tarif », « c'est combien ? »), at the
 * menu, in Infos pratiques or at a task's question: the commune's rates of the activity named (of
 * the activity being booked when none is, else of all), with the family's quotient and prices when
 * the resident is signed in and linked (during a booking, no activity named or the one booked: only the family's price of the care booked).
 */
import type { TurnContext } from 'botbuilder';
import { communeTariffs, familyTariff } from '../src/domain/tariffs';
import { activitiesLooselyNamed } from '../src/nlu/activities';
import { prepare } from '../src/nlu/frenchText';
import { tariffChildren } from '../src/nlu/tariffChildren';
import { channelUser, currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import { bookedTariffText, tariffsText, type TariffsFor } from './tariffsText';

/**
 * `activityId`: the activity of the task under way, used when the question names none; `offered`: the options the
 * question shows (the activities asked between: « Garderie du matin ou du soir ? »), used when neither is known.
 */
export async function tariffsAnswer(deps: DialogDeps, ctx: TurnContext, query: string, activityId?: number, offered?: readonly string[]): Promise<string> {
  const commune = await currentCommune(deps, ctx);
  if (!commune) return '';
  const all = await deps.service.listActivities(commune.id);
  const named = deps.understand(query).activity;
  // « c koi le tarif du centre », « combien la garderie »: the activities of that name (Wednesdays and holidays; morning and evening).
  const loose = all.filter((a) => activitiesLooselyNamed(prepare(query)).includes(a.code));
  // The care being booked, asked by name or not (« c'est combien la cantine ? » at the canteen's basket): its price, short.
  const namedOnes = all.filter((a) => a.code === named || loose.includes(a));
  const booked = all.some((a) => a.id === activityId) && namedOnes.every((a) => a.id === activityId);
  // The activities the question offers (not all seven of the commune: one long SMS after another).
  const amongOffered = all.filter((a) => offered?.includes(a.label));
  const activities = all.some((a) => a.code === named) ? all.filter((a) => a.code === named) : loose.length ? loose : booked ? all.filter((a) => a.id === activityId) : amongOffered.length ? amongOffered : all;
  const account = await deps.service.accounts.signedIn(channelUser(ctx));
  const file = account ? await deps.service.familyFile(account) : undefined;
  const whose: TariffsFor = file ? { kind: 'family', family: familyTariff(file.household, activities) } : account ? { kind: 'notLinked' } : { kind: 'guest' };
  // During a booking, no activity named or the one booked: the family's price of the care being booked, short.
  const tariff = communeTariffs(activities)[0];
  // « c combien ? 2 enfants à la cantine »: the day for that many children, said by the whole answer.
  const children = tariffChildren(prepare(query));
  const short = booked && !children && whose.kind === 'family' && tariff ? bookedTariffText(translator(deps, ctx), localeOf(ctx), tariff, whose.family) : undefined;
  if (short) return short;
  // By SMS: the rates and the family's line, the rest on request (a few segments, not five).
  const bySms = ctx.activity.channelId === 'sms';
  // « combien coûte la cantine pr 2 enfants ? »: the day for that many children too.
  return tariffsText(translator(deps, ctx), localeOf(ctx), commune, communeTariffs(activities), whose, deps.service.serviceFor(commune, 'invoices'), bySms, children);
}
