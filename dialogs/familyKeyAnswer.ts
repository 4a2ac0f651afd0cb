/**
 * What the family key is and who gives it (« c'est quoi la clé enfance ? », « j'ai pas de clé »), said the same
 * wherever it is asked: at the menu (familyKeyDialog.ts) and where the sign-in asks for the e-mail or the code
 * (signInDialog.ts), where the key is not needed yet.
 */
import type { TurnContext } from 'botbuilder-core';
import type { FamilyKeyQuestion } from '../src/nlu/familyKeyQuestions';
import { currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import { contactLines, openNow } from './infoAnswers';

/**
 * `key` (with `lead` before it) and the service that issues keys: its contacts and whether it is open now; when it is
 * reachable only by e-mail, the accueil too. Empty when the commune is not known.
 */
export async function whoGivesTheKey(deps: DialogDeps, ctx: TurnContext, key: string, lead = ''): Promise<string> {
  const t = translator(deps, ctx);
  const commune = await currentCommune(deps, ctx);
  if (!commune) return '';
  const service = deps.service.serviceFor(commune, 'familyKey');
  const now = deps.service.clock.now();
  // By SMS (each message paid for): a contact in one line, without its address nor whether it is open now.
  const short = deps.renderer.isPaid(ctx.activity.channelId);
  const lines = [`${lead}${t(key, { service: service.name, keyName: commune.familyKeyName })}`, contactLines(t, commune, service, short)];
  if (service.hours && !short) lines.push(openNow(t, localeOf(ctx), service, now));
  // A service reachable only by e-mail: also the accueil, by phone and in person.
  const general = deps.service.serviceFor(commune, 'general');
  if ((!service.phone || !service.hours) && general.code !== service.code) {
    lines.push(contactLines(t, commune, general, short));
    if (general.hours && !short) lines.push(openNow(t, localeOf(ctx), general, now));
  }
  return lines.join('\n');
}

/** The answer to a question about the key: what it is (for « c'est quoi ? »), then who gives it. */
export async function familyKeyAnswer(deps: DialogDeps, ctx: TurnContext, question: FamilyKeyQuestion): Promise<string> {
  const commune = await currentCommune(deps, ctx);
  if (!commune) return '';
  const what = question === 'what' ? `${translator(deps, ctx)('familyKey.what', { keyName: commune.familyKeyName })}\n` : '';
  return whoGivesTheKey(deps, ctx, 'familyKey.notReceived', what);
}
