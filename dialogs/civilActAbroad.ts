/**
 * An act request that found its event abroad (not the mairie's: Nantes) is kept for the message after: « ah non pardon,
 * elle est née à Carrières-sous-Poissy », « non c'était à Poissy » takes the request up again with what it had (the act,
 * its form, who asks, the person), only the place read again, as at the read-back (civilActCorrection.ts).
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { parisDay } from '../src/domain/parisTime';
import { readActDetails } from '../src/nlu/upfrontDetails';
import { currentCommune, translator, type DialogDeps } from './dialogContext';
import type { Draft } from './civilActDraft';
import { placeRestated } from './civilActCorrection';

/** The request kept when its act is abroad: what it had, its place the words that said abroad (read again when corrected). */
export function keptAbroad(draft: Draft, text: string): Draft {
  const said = text ? readActDetails(text) : {};
  const opened = { ...(said.kind ? { kind: said.kind } : {}), ...(said.format ? { format: said.format } : {}), ...(said.relation ? { relation: said.relation } : {}) };
  return { ...opened, ...draft, place: text || 'abroad' };
}

/**
 * Right after an act found abroad, the place said again (and no other act named): the request asked on from what it had,
 * with the place said; undefined for anything else (abroad again: the intent says so).
 */
export async function actPlaceCorrected(deps: DialogDeps, step: WaterfallStepContext, kept: Draft, text: string, dialogId: string): Promise<DialogTurnResult | undefined> {
  const kind = readActDetails(text).kind;
  if (kind && kept.kind && kind !== kept.kind) return undefined;
  const commune = await currentCommune(deps, step.context);
  if (!commune) return undefined;
  const again = placeRestated(translator(deps, step.context), commune, kept, text, parisDay(deps.service.clock.now()));
  if (!again || again === 'abroad') return undefined;
  return step.beginDialog(dialogId, { ...again, ruled: true });
}
