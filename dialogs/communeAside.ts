/**
 * A message at the commune question that names no commune and is no request of its own: thanks or
 * a goodbye (answered politely), « ok » or a greeting (the question asked again, nothing said
 * wrong), a follow-up of the request kept (« et lundi 25 ? » after « c ouvert samedi ? »: kept with
 * it, both answered once the commune is known), or a question that cannot be placed yet (« et
 * lundi 25 ? » alone: the commune is needed first, then the question asked again, since nothing
 * tells what it is about). None of them is « Je ne connais pas cette commune ».
 */
import type { TurnContext } from 'botbuilder';
import { closingAtQuestion } from '../src/nlu/closing';
import { parseInfoQuery, saysWhenOrWhere } from '../src/nlu/infoQuery';
import { onlyNamesAPlace } from '../src/nlu/placeAnswer';
import type { AnyInput } from './anyInputPrompt';
import { closingText } from './closingText';
import { translator, type DialogDeps } from './dialogContext';

/** The intents whose answer a follow-up (« et demain ? ») completes. */
const FOLLOWED = new Set(['opening_hours', 'contact']);

export interface CommuneAside {
  /** Said before the question is asked again (thanks answered). */
  said?: string;
  /** The question's lead instead of « Je ne connais pas cette commune ». */
  leadKey?: string;
  /** The request kept, with the follow-up added. */
  kept?: AnyInput;
  /** A goodbye: taken leave, the question not asked again (the next message answers it). */
  quiet?: boolean;
}

export function communeAside(deps: DialogDeps, ctx: TurnContext, text: string, kept: AnyInput | undefined): CommuneAside | undefined {
  const closing = closingAtQuestion(text);
  const t = translator(deps, ctx);
  if (closing === 'thanks') return { said: t('menu.closing.welcome') };
  if (closing === 'goodbye') return { said: closingText(t, text, deps.service.clock.now()), quiet: true };
  const understood = deps.understand(text);
  if (closing === 'ack' || understood.intent === 'greeting') return {};
  // « Poissy ? »: a place, not served (« Je ne connais pas cette commune »).
  if (understood.intent !== 'unknown' || onlyNamesAPlace(text.replace(/[?!.\s]+$/, ''))) return undefined;
  const asked = parseInfoQuery(text);
  const follows = saysWhenOrWhere(asked) || asked.wants === 'reopens' || asked.wants === 'address';
  if (kept && follows && FOLLOWED.has(deps.understand(kept.text).intent)) return { kept: { ...kept, followUps: [...(kept.followUps ?? []), text] } };
  // A day, or a sentence asked (« poissy ? » is a place): a question, not a commune's name.
  const sentence = /\?\s*$/.test(text) && text.replace(/\?/g, ' ').trim().split(/\s+/).length >= 3;
  if (understood.dates.length > 0 || follows || sentence) return kept ? {} : { leadKey: 'commune.first' };
  return undefined;
}
