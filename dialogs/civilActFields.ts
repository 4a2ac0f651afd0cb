/**
 * The answer to one question of the civil-status act's form (which act, which form, who asks, where, the names, the day, the
 * parents, the address, the recipient, the e-mail or phone): the draft completed and the lead of the next question, or the
 * question asked again with why. Read-back and corrections are civilActDialog.ts's; the reading of each answer is in the files
 * named at each case.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { ACT_FORMATS, ACT_KINDS, RELATIONS, mayReceive, type ActFormat } from '../src/domain/civilActs';
import type { Commune } from '../src/domain/types';
import { readActDetails } from '../src/nlu/upfrontDetails';
import type { ChoiceMatch } from './choicePrompt';
import { addressGivenBefore, knownTown, readAddressAnswer } from './addressAnswer';
import type { Translate } from '../src/i18n';
import { localeOf, send, signedIn, type DialogDeps } from './dialogContext';
import type { CivilActOptions, Draft } from './civilActDraft';
import { contactFieldAnswer } from './civilActContact';
import { contactLines } from './infoAnswers';
import { formAnswer } from './civilActForm';
import { eventDayAnswer } from './civilActDay';
import { dayNotedLead, parentsAnswer, placeAnswer, placeBeside, recipientAnswer, type DayNoted, type PlaceBefore, nameAnswer } from './civilActAnswers';
import type { ShownMonthResult } from './mainOptions';
import { shortDay } from './dateWords';
import { oneNameAtParents } from './civilActParentOne';
import { keptAbroad } from './civilActAbroad';

/** What the answer is read with: the question's field, the draft, what was typed (and the answer once a correction is set aside). */
export interface FieldTurn {
  field: string | undefined;
  draft: Draft;
  text: string;
  answer: string;
  chosen: ChoiceMatch | undefined;
  commune: Commune;
  today: string;
  ruled: boolean | undefined;
  kept: { addressKept?: string };
  again: (leadKey: string, leadParams?: Record<string, unknown>) => Promise<DialogTurnResult>;
  notUnderstood: () => Promise<DialogTurnResult>;
}

/** The turn after the answer to the field asked; undefined at the read-back (no field). */
export async function answerField(deps: DialogDeps, step: WaterfallStepContext, t: Translate, turn: FieldTurn, flow: string): Promise<DialogTurnResult | undefined> {
  const { field, draft, text, answer, chosen, commune, today, ruled, kept, again, notUnderstood } = turn;
  switch (field) {
    case 'kind':
      draft.kind = chosen ? ACT_KINDS[chosen.index] : undefined;
      return draft.kind ? again('') : notUnderstood();
    case 'format': {
      // The form chosen, explained, narrowed to the extracts, or not theirs to receive (civilActForm.ts).
      const lead = formAnswer(draft, text, chosen, (step.values as { offered?: readonly ActFormat[] }).offered ?? ACT_FORMATS);
      return lead === undefined ? notUnderstood() : again(lead);
    }
    case 'relation': {
      // « c'est pour ma fille » says who the person is to the resident (their parent), not who the resident is (« Son enfant »).
      const relation = readActDetails(text).relation ?? (chosen ? RELATIONS[chosen.index] : undefined);
      if (!relation) return notUnderstood();
      if (draft.kind && draft.format && !mayReceive(draft.kind, draft.format, relation)) {
        // Not entitled to this form: offer the extract without parents, keep the rest.
        delete draft.format;
        return again('civilAct.notEntitled');
      }
      draft.relation = relation;
      return again('');
    }
    case 'place': {
      // « a carrieres, c mon mari il est decede le 3 novembre »: who and when taken too.
      // « né le 3 mars 1990 à Carrières »: the day taken too, said back (with the one it replaces, if another was given).
      const noted: DayNoted = {};
      const read = placeAnswer(t, commune, draft, placeBeside(draft, answer, today, noted), (step.values as { placeBefore?: PlaceBefore }).placeBefore);
      if (read === 'abroad') return send(deps, step.context, { text: t('civilAct.abroad') }).then(() => step.endDialog({ answered: 'actAbroad', actAbroad: keptAbroad(draft, answer) } satisfies ShownMonthResult));
      const dayLead = read.leadKey ? undefined : dayNotedLead(noted, (day) => shortDay(localeOf(step.context), day));
      return dayLead ? again(dayLead.leadKey, dayLead.leadParams) : again(read.leadKey, read.leadParams);
    }
    case 'lastName':
    case 'firstName': {
      // The name, a question about it, or both names at the last name's (« Haddad Karim »: civilActAnswers.ts).
      const read = nameAnswer(field, draft, answer);
      return again(read.leadKey, read.leadParams);
    }
    case 'eventDay': {
      // « il est décédé le 2 novembre 2025 », « le 2 novembre » (a death's latest; a birth's year asked): civilActDay.ts.
      const read = eventDayAnswer(draft, text, today);
      if (read === 'minorOwnAct') {
        // Under 18: a parent or the legal representative asks it; nothing is sent.
        const service = deps.service.serviceFor(commune, 'requests');
        await send(deps, step.context, { text: [t('civilAct.minorOwnAct'), contactLines(t, commune, service, deps.renderer.isPaid(step.context.activity.channelId))].join('\n') });
        return step.endDialog();
      }
      if ('leadKey' in read) return again(read.leadKey);
      draft.eventDay = read.day;
      return again('');
    }
    case 'parents': {
      // « Fatima », « ma mère s'appelle Benali »: one name, read back for a yes (civilActParentOne.ts).
      const communes = (await deps.service.listCommunes()).map((c) => c.name);
      const one = oneNameAtParents(t, draft, (step.values as { parentPending?: string }).parentPending, text, answer, [...communes, ...(draft.place ? [draft.place] : [])]);
      if (one && 'pending' in one) return step.replaceDialog(flow, { draft, ruled, parentPending: one.pending } satisfies CivilActOptions);
      if (one) return again(one.leadKey);
      return again(parentsAnswer(t, draft, answer, today, { locale: localeOf(step.context), town: await knownTown(deps, step.context), towns: communes }));
    }
    case 'address': {
      // « la même que tout à l'heure »: the address of the request made before here, said back.
      const before = await addressGivenBefore(deps, step.context, text);
      if (before) {
        delete kept.addressKept;
        draft.address = before;
        return again('address.sameAsBefore', { address: before });
      }
      // Where to send the act: any town, so nothing is completed; what is given is kept.
      const read = readAddressAnswer(t, localeOf(step.context), text, kept.addressKept, undefined, await knownTown(deps, step.context));
      if (!read.ok) {
        kept.addressKept = read.kept;
        // A phone number typed there: kept for the phone (not asked again if no e-mail is given).
        if (read.phone) draft.phone = read.phone;
        return again(read.phone ? 'address.phoneKept' : read.leadKey, read.leadParams);
      }
      delete kept.addressKept;
      draft.address = read.value;
      return again('');
    }
    case 'recipient':
      // The name on the envelope: a name; « c'est moi », « à mon nom »: the resident's own (civilActAnswers.ts).
      return again(recipientAnswer(draft, answer, await signedIn(deps, step.context)));
    case 'email':
    case 'phone': {
      // No e-mail (« pas de mail »): the phone is asked; none either: the reference alone; an address typed ahead kept (civilActContact.ts).
      return again(await contactFieldAnswer(t, localeOf(step.context), field, text, draft, step.context, () => knownTown(deps, step.context)));
    }
    default:
      return undefined;
  }
}
