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
  return t('follow.line', { reference: r.reference, kind: t(`request.kind.${r.kind}`), date, status: t(`request.status.${r.status}`) });
}

/** The account's requests in words (« Vous n'avez fait aucune demande » when none), and how many there are. */
export async function mineText(deps: DialogDeps, context: TurnContext, account: Account): Promise<{ text: string; count: number }> {
  const t = translator(deps, context);
  const mine = await deps.service.requests.mine(account);
  const lines = mine.map((r) => describeRequest(t, localeOf(context), r));
  return { text: mine.length ? [t('follow.mine'), ...lines].join('\n') : t('follow.noneMine'), count: mine.length };
}
