/**
 * By SMS, where the family key is never asked, a task that needs the family file (a booking, an absence, the agenda)
 * waits here while the resident links their account in the commune's web chat: the task is kept with what was said
 * (« réserver la cantine pour Léa vendredi »), and goes on once the account is linked. It ended before, « refaites
 * votre demande ici », and the request was lost. Any message here (« c'est fait », « ok ») checks the link again; put
 * aside (« menu », another request), the task is offered back once linked, and « reprendre » goes on past this wait.
 */
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from './dialogLibrary';
import type { TurnContext } from 'botbuilder';
import type { Account } from '../src/domain/types';
import { currentCommune, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { waitingAt } from './questionAsked';
import { SIGN_IN_DIALOG } from './signInDialog';

export const LINK_AWAITED_DIALOG = 'linkAwaitedDialog';

/** What the wait ends with once the account is linked (read by familyFileFirst.ts as the key dialog's result). */
export interface LinkAwaitedResult {
  linked: true;
}

export class LinkAwaitedDialog extends Dialog {
  constructor(private readonly deps: DialogDeps) {
    super(LINK_AWAITED_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.say(dc.context, 'familyFile.linkFirstElsewhere');
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const account = await signedIn(this.deps, dc.context);
    if (isLinked(account)) return dc.endDialog({ linked: true } satisfies LinkAwaitedResult);
    // Signed out meanwhile (the key's letter came days later, the session ended): signed in again, then the link checked; it
    // was « pas encore relié » for an account linked in the web chat, and nothing more could be done.
    if (!account) return dc.beginDialog(SIGN_IN_DIALOG, { leadKey: 'familyFile.signInAgain' });
    await this.say(dc.context, 'familyFile.stillNotLinked');
    return Dialog.EndOfTurn;
  }

  /** Back from that sign-in: the task goes on once linked, or where to link is said again. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const account = await signedIn(this.deps, dc.context);
    if (isLinked(account)) return dc.endDialog({ linked: true } satisfies LinkAwaitedResult);
    if (account) await this.say(dc.context, 'familyFile.stillNotLinked');
    return Dialog.EndOfTurn;
  }

  /** After an aside or days added (« ah et mercredi aussi »): a short reminder, where to link was said already. */
  override async repromptDialog(ctx: TurnContext, _instance: DialogInstance): Promise<void> {
    await this.say(ctx, 'familyFile.linkAwaited');
  }

  private async say(ctx: TurnContext, key: string): Promise<void> {
    const commune = await currentCommune(this.deps, ctx);
    await send(this.deps, ctx, { text: translator(this.deps, ctx)(key, { keyName: commune?.familyKeyName ?? '' }) });
  }
}

/** Whether the resident's account is signed in and linked to a family file. */
const isLinked = (account: Account | undefined): boolean => account !== undefined && account.householdId !== null;
const linkedNow = async (deps: DialogDeps, ctx: TurnContext): Promise<boolean> => isLinked(await signedIn(deps, ctx));

/**
 * A task brought back (« reprendre ») while it waits for the link: once linked, it goes on past the wait (the question
 * asked again would be the wait's own); undefined when it does not wait here or the account is still not linked.
 */
export async function goOnIfLinked(deps: DialogDeps, innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
  const wait = waitingAt(innerDc, LINK_AWAITED_DIALOG);
  if (!wait || !(await linkedNow(deps, innerDc.context))) return undefined;
  return wait.endDialog({ linked: true } satisfies LinkAwaitedResult);
}
