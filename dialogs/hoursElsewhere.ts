/**
 * A follow-up that asks the hours (« vous êtes ouvert samedi ? ») right after a service was talked about (« qui appeler pour
 * le menu de la cantine ? »: the SEJ) whose hours the commune's file does not have: the hours of the town hall's reception
 * (the general service) are given, said so, rather than a dead end. A service named in the follow-up itself is answered as asked.
 */
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { parisDay } from '../src/domain/parisTime';
import { followUp } from '../src/nlu/infoFollowUp';
import type { InfoQuery } from '../src/nlu/infoQuery';
import { answerInfo, resolveService } from './infoAnswers';

const ASKS_HOURS: ReadonlySet<string> = new Set(['hours', 'openNow', 'reopens', 'closes', 'opens']);

/** `said` read after `last`: the question asked (remembered for the next follow-up) and its answer. */
export function answerInfoFollowUp(t: Translate, locale: string, commune: Commune, last: InfoQuery, said: InfoQuery, at: Date, short = false): { asked: InfoQuery; text: string } {
  const asked = followUp(last, said, parisDay(at));
  const carried = !said.service && !said.other && asked.service && asked.wants && ASKS_HOURS.has(asked.wants) ? resolveService(commune, asked.service) : undefined;
  const general = carried && !carried.hours ? resolveService(commune, undefined) : undefined;
  // « et le 26 ? » about the same service: what was said of it just before (not held, whom to contact) is not said again.
  const same = !said.service && !said.other && asked.service === last.service && ![asked.wants, last.wants].some((w) => w === 'contact' || w === 'address');
  if (!carried || !general?.hours || general === carried) return { asked, text: answerInfo(t, locale, commune, asked, at, same, short) };
  const instead: InfoQuery = { ...asked, service: general.code };
  return { asked: instead, text: [t('info.hoursGeneralInstead', { service: carried.name }), answerInfo(t, locale, commune, instead, at, false, short)].join('\n') };
}
