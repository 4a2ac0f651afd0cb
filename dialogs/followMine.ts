/**
 * « Mes demandes » of an account signed in, as the portal's « Dernières demandes »: the requests made signed in and
 * those made with its e-mail (requestService.mine). Without an account signed in, the question offers both ways:
 * signing in to see them all, or the request's number (`readsOwn`: « me connecter », « j'ai un compte », « pas de
 * compte » are this question's answers, never another task; src/nlu/accountAtFollow.ts).
 */
import type { TurnContext } from 'botbuilder-core';
import type { Account, CitizenRequest } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { localeOf, translator, type DialogDeps } from './dialogContext';
import { parisDateTime } from './dateWords';

/** What the reference's question reads itself when it offers to sign in (ownWords.ts). */
export const FOLLOW_ACCOUNT_WORDS = 'followAccount';

export function describeRequest(t: Translate, locale: string, r: CitizenRequest): string {
  const date = parisDateTime(locale, r.createdAt).date;
  return t('follow.line', { reference: r.reference, kind: kindSaid(t, r), date, status: t(`request.status.${r.status}`) });
}

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);

/** « acte de naissance, copie intégrale » for a civil-status act's request (which act, in which form); the request's kind otherwise. */
function kindSaid(t: Translate, r: CitizenRequest): string {
  if (!r.act || !['birth', 'marriage', 'death'].includes(r.act.kind)) return t(`request.kind.${r.kind}`);
  const act = lowerFirst(t(`civilAct.kind.${r.act.kind}`));
  const formats = ['full_copy', 'extract_with_parents', 'extract_without_parents'];
  return r.act.format && formats.includes(r.act.format) ? t('follow.actKind', { act, format: lowerFirst(t(`civilAct.format.${r.act.format}`)) }) : act;
}

/** The account's requests in words (« Vous n'avez fait aucune demande » when none), and how many there are. */
export async function mineText(deps: DialogDeps, context: TurnContext, account: Account): Promise<{ text: string; count: number }> {
  const t = translator(deps, context);
  const mine = await deps.service.requests.mine(account);
  const lines = mine.map((r) => describeRequest(t, localeOf(context), r));
  return { text: mine.length ? [t('follow.mine'), ...lines].join('\n') : t('follow.noneMine'), count: mine.length };
}
