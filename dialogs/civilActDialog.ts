/**
 * « Demander un acte d'état civil » without an account: which act, which form, who is asking
 * (the rules are said before anything is typed), where and when the event took place, the
 * person, the e-mail and the postal address; a read-back, then a numbered request confirmed in
 * the chat and by e-mail. Refusals say why and what to do instead, and keep what was typed.
 */
import { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { ACT_FORMATS, ACT_KINDS, RELATIONS, checkEventDay, formatsFor, isThisCommune, mayReceive, needsRelation, type ActFormat, type ActKind, type Relation } from '../src/domain/civilActs';
import { minorOwnAct } from '../src/domain/eligibility';
import { emailIn } from '../src/domain/emailAddress';
import { checkNames } from '../src/nlu/namesAnswer';
import { pastDayIn, readPastDay } from '../src/nlu/pastDay';
import { parisDay } from '../src/domain/parisTime';
import type { Translate } from '../src/i18n';
import { recognizeChoice } from '../src/nlu/choice';
import { cannotBeAPlace } from '../src/nlu/placeAnswer';
import { placePrefixes, readActDetails } from '../src/nlu/upfrontDetails';
import { splitCorrection } from '../src/nlu/correction';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { askChoice, readChoice, yesNoOptions, type ChoiceOption } from './choicePrompt';
import { check } from './createAccountDialog';
import { ask, channelUser, currentCommune, type DialogDeps, localeOf, send, translator } from './dialogContext';
import { contactLines } from './infoAnswers';

export const CIVIL_ACT_DIALOG = 'civilAct';
const FLOW = 'civilActFlow';
const PROMPT = 'civilActPrompt';

interface Draft {
  kind?: ActKind;
  format?: ActFormat;
  relation?: Relation;
  place?: string;
  lastName?: string;
  firstName?: string;
  eventDay?: string;
  parents?: string;
  email?: string;
  address?: string;
}
type Field = keyof Draft;

export interface CivilActOptions {
  draft: Draft;
  /** The message that started it (« acte de décès »): it may already say which act. */
  text?: string;
  leadKey?: string;
  leadParams?: Record<string, unknown>;
  /** Who may receive which form was said: not again when the form is asked again. */
  ruled?: boolean;
}

const SYNONYMS: Record<ActKind | ActFormat | Relation, string[]> = {
  birth: ['naissance', 'ne le', 'nee le'],
  marriage: ['mariage', 'marie', 'mariee'],
  death: ['deces', 'dece', 'mort'],
  full_copy: ['copie', 'integrale', 'copie complete', 'complete'],
  extract_with_parents: ['avec filiation', 'avec les parents', 'extrait avec'],
  extract_without_parents: ['sans filiation', 'sans les parents', 'extrait sans'],
  self: ['moi', 'moi meme', 'c est moi', 'la personne', 'je suis la personne', 'me'],
  spouse: ['conjoint', 'conjointe', 'epoux', 'epouse', 'mari', 'femme'],
  ascendant: ['parent', 'pere', 'mere', 'grand pere', 'grand mere', 'ascendant'],
  descendant: ['enfant', 'fils', 'fille', 'petit fils', 'petite fille', 'descendant'],
  legal_representative: ['representant', 'tuteur', 'tutrice', 'curateur'],
  other: ['autre', 'ami', 'amie', 'notaire', 'voisin', 'cousin', 'cousine', 'oncle', 'tante', 'frere', 'soeur'],
};
/** The answers a « non, le nom c'est … » at the read-back can name, with what names them. */
const CORRECTABLE: Array<[Field, string, string[]]> = [
  ['lastName', 'createAccount.field.lastName', ['nom de famille']],
  ['firstName', 'createAccount.field.firstName', ['prenom']],
  ['email', 'createAccount.field.email', ['mail', 'courriel', 'adresse mail']],
  ['address', 'createAccount.field.address', ['adresse postale']],
  ['place', 'civilAct.field.place', ['lieu', 'ville', 'commune']],
  ['eventDay', 'civilAct.field.eventDay', ['date', 'jour']],
  ['parents', 'civilAct.field.parents', ['parents', 'filiation', 'pere', 'mere']],
];

function nextField(d: Draft): Field | undefined {
  if (!d.kind) return 'kind';
  if (!d.format) return formatsFor(d.kind).length === 1 ? undefined : 'format';
  if (needsRelation(d.kind, d.format) && !d.relation) return 'relation';
  for (const f of ['place', 'lastName', 'firstName', 'eventDay'] as const) if (!d[f]) return f;
  if (d.kind === 'birth' && d.format !== 'extract_without_parents' && !d.parents) return 'parents';
  for (const f of ['email', 'address'] as const) if (!d[f]) return f;
  return undefined;
}

/** Whether an answer says something about the act not known yet (its kind, form, who asks, abroad). */
function saysMore(draft: Draft, text: string): boolean {
  const said = readActDetails(text);
  return Boolean(said.abroad || (said.kind && !draft.kind) || (said.format && !draft.format) || (said.relation && !draft.relation));
}

const optionsOf = <T extends ActKind | ActFormat | Relation>(values: readonly T[], label: (v: T) => string): ChoiceOption[] => values.map((v) => ({ label: label(v), synonyms: SYNONYMS[v] }));

export class CivilActDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(CIVIL_ACT_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.answer.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? { draft: {} }) as CivilActOptions;
    const draft = { ...options.draft };
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    let leadKey = options.leadKey;
    if (options.text) {
      // What the opening message said (« copie intégrale de naissance de mon cousin ») is not asked again.
      const said = readActDetails(options.text);
      if (said.abroad) {
        await send(this.deps, step.context, { text: t('civilAct.abroad') });
        return step.endDialog();
      }
      draft.kind ??= said.kind;
      draft.format ??= said.format;
      draft.relation ??= said.relation;
      if (said.place && !draft.place && placePrefixes(said.place).some((p) => isThisCommune(commune, p))) draft.place = commune.name;
      if (draft.kind && draft.format && !formatsFor(draft.kind).includes(draft.format)) delete draft.format;
      if (draft.kind && draft.format && draft.relation && !mayReceive(draft.kind, draft.format, draft.relation)) {
        delete draft.format;
        leadKey = 'civilAct.notEntitled';
      }
    }
    if (draft.kind && !draft.format && formatsFor(draft.kind).length === 1) draft.format = 'full_copy';
    (step.values as { draft?: Draft }).draft = draft;
    const field = nextField(draft);
    const lead = leadKey ? `${t(leadKey, { commune: commune.name, ...options.leadParams })}\n` : '';
    const choose = (text: string, options: ChoiceOption[]) => askChoice(this.deps, step, PROMPT, { text, options }, lead);
    if (field === 'kind') return choose(`${t('civilAct.intro', { commune: commune.name })}\n${t('civilAct.ask.kind')}`, optionsOf(ACT_KINDS, (k) => t(`civilAct.kind.${k}`)));
    if (field === 'format') {
      (step.values as { ruled?: boolean }).ruled = true;
      return choose(`${options.ruled ? '' : `${t('civilAct.rules')}\n`}${t('civilAct.ask.format')}`, optionsOf(ACT_FORMATS, (f) => t(`civilAct.format.${f}`)));
    }
    if (field === 'relation') return choose(t('civilAct.ask.relation'), optionsOf(RELATIONS, (r) => t(`civilAct.relation.${r}`)));
    if (field) return ask(this.deps, step, PROMPT, { text: t(`civilAct.ask.${field}`, { event: t(`civilAct.event.${draft.kind}`) }) }, lead);
    return choose(`${this.recap(t, draft)}\n${t('createAccount.confirm')}`, yesNoOptions(t('createAccount.yes'), t('createAccount.no')));
  }

  /** After « non »: the answer named (« non, le nom c'est Moreau ») is changed or asked again; else the act's details again, the rest kept. */
  private correction(t: Translate, draft: Draft, rest: string | undefined, today: string): CivilActOptions {
    // A field is named by its name or by the value read back (« Durand, pas Dupont »).
    const correctable = CORRECTABLE.map(([, key, synonyms]) => ({ label: t(key), synonyms }));
    const said = rest ? splitCorrection(rest, correctable, CORRECTABLE.map(([field]) => (typeof draft[field] === 'string' ? (draft[field] as string) : undefined))) : undefined;
    const named = said ? recognizeChoice(said.about, correctable) : undefined;
    // A date said without naming the field (« en fait elle est née le 15 mars ») corrects the date.
    const year = Number((draft.eventDay ?? today).slice(0, 4));
    const day = rest ? readPastDay(said?.value ?? rest, today) ?? pastDayIn(rest, today, year) : undefined;
    const field = named ? CORRECTABLE[named.index]?.[0] : day ? 'eventDay' : undefined;
    if (!field) return { draft: { kind: draft.kind, email: draft.email, address: draft.address }, leadKey: 'civilAct.restart' };
    if (field === 'eventDay') {
      const { eventDay: _old, ...kept } = draft;
      // A day kept only when it passes the same checks as at the question; otherwise the question is asked again.
      return day && checkEventDay(day, today) === 'ok' && !minorOwnAct({ ...draft, eventDay: day }, today) ? { draft: { ...kept, eventDay: day } } : { draft: kept };
    }
    const value = said?.value && (field === 'lastName' || field === 'firstName' || field === 'email' || field === 'address') ? check(field, said.value) : undefined;
    const { [field]: _old, ...kept } = draft;
    return { draft: value ? { ...kept, [field]: value } : kept };
  }

  private recap(t: Translate, d: Draft): string {
    return t('civilAct.recap', {
      act: `${t(`civilAct.format.${d.format ?? 'full_copy'}`)} — ${t(`civilAct.kind.${d.kind ?? 'birth'}`)}`,
      person: `${d.firstName ?? ''} ${(d.lastName ?? '').toUpperCase()}`,
      day: d.eventDay ? `${d.eventDay.slice(8, 10)}/${d.eventDay.slice(5, 7)}/${d.eventDay.slice(0, 4)}` : '',
      place: d.place ?? '',
      email: d.email ?? '',
      address: d.address ?? '',
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const draft = { ...((step.values as { draft?: Draft }).draft ?? {}) };
    const text = (step.result as AnyInput).text;
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const ruled = (step.values as { ruled?: boolean }).ruled;
    const again = (leadKey: string, leadParams?: Record<string, unknown>) => step.replaceDialog(FLOW, { draft, leadKey, leadParams, ruled } satisfies CivilActOptions);
    const chosen = readChoice(step);
    const field = nextField(draft);
    const notUnderstood = () => {
      // Not this question's answer, but another's (« c'est pour moi » when the form is asked): noted, the question asked again.
      if ((field === 'kind' || field === 'format' || field === 'relation') && saysMore(draft, text)) {
        return step.replaceDialog(FLOW, { draft, text, leadKey: 'civilAct.detailNoted', ruled } satisfies CivilActOptions);
      }
      return again('choice.again', { task: t(draft.kind ? `choice.task.civilAct.${draft.kind}` : 'choice.task.civilAct') });
    };
    switch (field) {
      case 'kind':
        draft.kind = chosen ? ACT_KINDS[chosen.index] : undefined;
        return draft.kind ? again('') : notUnderstood();
      case 'format':
        draft.format = chosen ? ACT_FORMATS[chosen.index] : undefined;
        if (!draft.format) return notUnderstood();
        // Who they are was said up front (« de mon cousin »): this form may not be theirs to receive.
        if (draft.kind && draft.relation && !mayReceive(draft.kind, draft.format, draft.relation)) {
          delete draft.format;
          return again('civilAct.notEntitled');
        }
        return again('');
      case 'relation': {
        const relation = chosen ? RELATIONS[chosen.index] : undefined;
        if (!relation) return notUnderstood();
        if (draft.kind && draft.format && !mayReceive(draft.kind, draft.format, relation)) {
          // Not entitled to this form: offer the extract without parents, keep the rest.
          delete draft.format;
          return again('civilAct.notEntitled');
        }
        draft.relation = relation;
        return again('');
      }
      case 'place':
        if (!isThisCommune(commune, text) && cannotBeAPlace(text)) return again('civilAct.bad.place', { commune: commune.name });
        if (!isThisCommune(commune, text)) return again('civilAct.otherCommune', { place: text.trim().slice(0, 60) });
        draft.place = commune.name;
        return again('');
      case 'lastName':
      case 'firstName': {
        const value = check(field, text);
        if (!value) return again(`createAccount.bad.${field}`);
        draft[field] = value;
        return again('');
      }
      case 'eventDay': {
        const today = parisDay(this.deps.service.clock.now());
        const day = readPastDay(text, today);
        if (!day) return again('civilAct.bad.eventDay');
        const verdict = checkEventDay(day, today);
        if (verdict !== 'ok') return again(`civilAct.${verdict}`);
        if (minorOwnAct({ ...draft, eventDay: day }, today)) {
          // Under 18: a parent or the legal representative asks it; nothing is sent.
          const service = this.deps.service.serviceFor(commune, 'requests');
          await send(this.deps, step.context, { text: [t('civilAct.minorOwnAct'), contactLines(t, commune, service)].join('\n') });
          return step.endDialog();
        }
        draft.eventDay = day;
        return again('');
      }
      case 'parents': {
        const verdict = checkNames(text, parisDay(this.deps.service.clock.now()));
        if (verdict === 'email') {
          // The e-mail, typed ahead: kept for its own question, the parents asked again.
          draft.email ??= emailIn(text);
          return again('civilAct.bad.parentsEmailKept');
        }
        if (verdict !== 'ok') return again('civilAct.bad.parents');
        draft.parents = text.trim().slice(0, 200);
        return again('');
      }
      case 'email':
      case 'address': {
        const value = check(field, text);
        if (!value) return again(`createAccount.bad.${field}`);
        draft[field] = value;
        return again('');
      }
      default:
        break;
    }
    if (!chosen) return notUnderstood();
    if (chosen.index === 1) return step.replaceDialog(FLOW, this.correction(t, draft, chosen.rest, parisDay(this.deps.service.clock.now())));
    const { email, ...data } = draft;
    const account = await this.deps.service.accounts.signedIn(channelUser(step.context));
    const reference = await this.deps.service.requests.submit({
      commune,
      kind: 'civil_status_act',
      email: email ?? '',
      data,
      locale: localeOf(step.context),
      ...(account ? { account } : {}),
      conversation: { channelId: step.context.activity.channelId, reference: TurnContext.getConversationReference(step.context.activity) },
    });
    await send(this.deps, step.context, { text: t('civilAct.sent', { reference, email }) });
    return step.endDialog();
  }
}
