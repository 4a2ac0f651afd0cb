/**
 * The answer to a démarche that is not made in the chat (carte d'identité, passeport, PACS,
 * carte grise, permis de conduire): where to go, with the commune's service and its contacts
 * when it is at the mairie. `priceAsked` (« combien coûte un passeport ? »): its price first, when the chat states one;
 * « c combien ? » right after: that price alone (elsewherePriceAfter).
 */
import { ELSEWHERE_KINDS, PRICE_STATED, whereToGo, type ElsewhereKind } from '../src/domain/demarchesElsewhere';
import type { Reply } from '../cards/cardRenderer';
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { asksHowAlone, asksPriceAlone } from '../src/nlu/elsewherePrice';
import { prepare } from '../src/nlu/frenchText';
import { send, translator, type DialogDeps } from './dialogContext';
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { contactLines } from './infoAnswers';
import { MAIN_FLOW, type MainOptions } from './mainOptions';

const ALONE_BY_SMS: ReadonlySet<ElsewhereKind> = new Set(['passport', 'identity_card']);

/**
 * Where each message is paid for (SMS, `short`): a passport's or identity card's price alone when it is asked,
 * and the service in one line with the means to book the appointment (its phone, else its e-mail, else its portal).
 */
export function elsewhereAnswer(t: Translate, commune: Commune, kind: ElsewhereKind, priceAsked = false): Reply {
  const where = whereToGo(commune, kind);
  const price = priceAsked && PRICE_STATED.has(kind) ? [t(`elsewhere.price.${kind}`)] : [];
  const lines = [...price, t(`elsewhere.${kind}`)];
  // The passport's and the identity card's procedure (ants.gouv.fr) is said when asked (« comment faire un passeport »).
  const brief = price.length && ALONE_BY_SMS.has(kind) ? price : lines;
  if (where.place === 'mairie' && where.service) {
    const { service } = where;
    const means = service.phone ?? service.email ?? t('human.noContact', { portal: commune.portalName, url: commune.portalUrl });
    const inLine = t('elsewhere.atMairieInLine', { commune: commune.name, contact: `${service.name}, ${means}` });
    const text = [...lines, t('elsewhere.atMairie', { commune: commune.name }), contactLines(t, commune, service)].join('\n');
    return { text, short: { text: [...brief, inLine].join('\n') } };
  }
  // No service of the mairie in the commune's configuration: none other is named in its place.
  const rest = where.place === 'mairie' ? [t('elsewhere.askMairie', { commune: commune.name })] : [];
  return { text: [...lines, ...rest].join('\n'), short: { text: [...brief, ...rest].join('\n') } };
}

/**
 * `askedAbout`: what the menu's message before answered (`elsewhere:passport` after the passport explained). « c combien ? »:
 * its price; « et comment on fait ? »: its procedure (by SMS, after its price alone, it was the help and the menu).
 */
export async function elsewherePriceAfter(deps: DialogDeps, step: WaterfallStepContext, askedAbout: string | undefined, text: string): Promise<DialogTurnResult | undefined> {
  const kind = ELSEWHERE_KINDS.find((k) => askedAbout === `elsewhere:${k}`);
  if (!kind) return undefined;
  const prepared = prepare(text);
  const t = translator(deps, step.context);
  if (PRICE_STATED.has(kind) && asksPriceAlone(prepared)) await send(deps, step.context, { text: t(`elsewhere.price.${kind}`) });
  else if (asksHowAlone(prepared)) await send(deps, step.context, { text: t(`elsewhere.${kind}`) });
  else return undefined;
  return step.replaceDialog(MAIN_FLOW, { again: true, askedAbout } satisfies MainOptions);
}
