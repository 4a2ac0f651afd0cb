/**
 * The answer to a démarche that is not made in the chat (carte d'identité, passeport, PACS,
 * carte grise, permis de conduire): where to go, with the commune's service and its contacts
 * when it is at the mairie. `priceAsked` (« combien coûte un passeport ? »): its price first, when the chat states one;
 * « c combien ? » right after: that price alone (elsewherePriceAfter).
 */
import { ELSEWHERE_KINDS, PRICE_STATED, whereToGo, type ElsewhereKind } from '../src/domain/demarchesElsewhere';
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { asksPriceAlone } from '../src/nlu/elsewherePrice';
import { prepare } from '../src/nlu/frenchText';
import { send, translator, type DialogDeps } from './dialogContext';
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { contactLines } from './infoAnswers';
import { MAIN_FLOW, type MainOptions } from './mainOptions';

export function elsewhereAnswer(t: Translate, commune: Commune, kind: ElsewhereKind, priceAsked = false): string {
  const where = whereToGo(commune, kind);
  const lines = [...(priceAsked && PRICE_STATED.has(kind) ? [t(`elsewhere.price.${kind}`)] : []), t(`elsewhere.${kind}`)];
  if (where.place === 'mairie' && where.service) lines.push(t('elsewhere.atMairie', { commune: commune.name }), contactLines(t, commune, where.service));
  // No service of the mairie in the commune's configuration: none other is named in its place.
  else if (where.place === 'mairie') lines.push(t('elsewhere.askMairie', { commune: commune.name }));
  return lines.join('\n');
}

/** `askedAbout`: what the menu's message before answered (`elsewhere:passport` after the passport explained). */
export async function elsewherePriceAfter(deps: DialogDeps, step: WaterfallStepContext, askedAbout: string | undefined, text: string): Promise<DialogTurnResult | undefined> {
  const kind = ELSEWHERE_KINDS.find((k) => askedAbout === `elsewhere:${k}`);
  if (!kind || !PRICE_STATED.has(kind) || !asksPriceAlone(prepare(text))) return undefined;
  await send(deps, step.context, { text: translator(deps, step.context)(`elsewhere.price.${kind}`) });
  return step.replaceDialog(MAIN_FLOW, { again: true, askedAbout } satisfies MainOptions);
}
