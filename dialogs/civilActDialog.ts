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
import { readPastDay } from '../src/nlu/pastDay';
import { parisDay } from '../src/domain/parisTime';
import { normalize } from '../src/domain/text';
import type { Translate } from '../src/i18n';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
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
}

const KIND_WORDS: Record<ActKind, RegExp> = { birth: /naissance|ne le|nee le/, marriage: /mariage|marie/, death: /deces|dece|mort/ };
const FORMAT_WORDS: Record<ActFormat, RegExp> = { full_copy: /copie|integrale|complete/, extract_with_parents: /avec filiation|avec les parents/, extract_without_parents: /sans filiation|sans les parents/ };
const RELATION_WORDS: Record<Relation, RegExp> = {
  self: /\b(moi|moi meme|c est moi|la personne|concerne)\b/,
  spouse: /\b(conjoint|conjointe|epoux|epouse|mari|femme)\b/,
  ascendant: /\b(parent|pere|mere|grand pere|grand mere|ascendant)\b/,
  descendant: /\b(enfant|fils|fille|petit fils|petite fille|descendant)\b/,
  legal_representative: /\b(representant|tuteur|tutrice|curateur)\b/,
  other: /\b(autre|ami|amie|notaire|voisin|cousin|cousine|oncle|tante|frere|soeur)\b/,
};
const YES = /^(oui|o|ok|d accord|c est bien ca|c est bon|exact|valider|je valide|yes|y|envoyer)$/;
const NO = /^(non|n|corriger|modifier|no)$/;

function nextField(d: Draft): Field | undefined {
  if (!d.kind) return 'kind';
  if (!d.format) return formatsFor(d.kind).length === 1 ? undefined : 'format';
  if (needsRelation(d.kind, d.format) && !d.relation) return 'relation';
  for (const f of ['place', 'lastName', 'firstName', 'eventDay'] as const) if (!d[f]) return f;
  if (d.kind === 'birth' && d.format !== 'extract_without_parents' && !d.parents) return 'parents';
  for (const f of ['email', 'address'] as const) if (!d[f]) return f;
  return undefined;
}

function pick<T extends string>(said: string, values: readonly T[], words: Record<T, RegExp>, label: (v: T) => string): T | undefined {
  return values.find((v) => normalize(label(v)) === said) ?? values.find((v) => words[v].test(said));
}

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
    if (options.text && !draft.kind) draft.kind = ACT_KINDS.find((k) => KIND_WORDS[k].test(normalize(options.text ?? '')));
    if (draft.kind && !draft.format && formatsFor(draft.kind).length === 1) draft.format = 'full_copy';
    (step.values as { draft?: Draft }).draft = draft;
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const field = nextField(draft);
    const lead = options.leadKey ? `${t(options.leadKey, { commune: commune.name, ...options.leadParams })}\n` : '';
    let question: string;
    let choices: Array<{ label: string }> | undefined;
    if (field === 'kind') {
      question = `${t('civilAct.intro', { commune: commune.name })}\n${t('civilAct.ask.kind')}`;
      choices = ACT_KINDS.map((k) => ({ label: t(`civilAct.kind.${k}`) }));
    } else if (field === 'format') {
      question = `${t('civilAct.rules')}\n${t('civilAct.ask.format')}`;
      choices = ACT_FORMATS.map((f) => ({ label: t(`civilAct.format.${f}`) }));
    } else if (field === 'relation') {
      question = t('civilAct.ask.relation');
      choices = RELATIONS.map((r) => ({ label: t(`civilAct.relation.${r}`) }));
    } else if (field) {
      question = t(`civilAct.ask.${field}`, { event: t(`civilAct.event.${draft.kind}`) });
    } else {
      question = `${this.recap(t, draft)}\n${t('createAccount.confirm')}`;
      choices = [{ label: t('createAccount.yes') }, { label: t('createAccount.no') }];
    }
    return ask(this.deps, step, PROMPT, { text: question, choices }, lead);
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
    const said = normalize(text);
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const again = (leadKey: string, leadParams?: Record<string, unknown>) => step.replaceDialog(FLOW, { draft, leadKey, leadParams } satisfies CivilActOptions);
    const field = nextField(draft);
    switch (field) {
      case 'kind':
        draft.kind = pick(said, ACT_KINDS, KIND_WORDS, (k) => t(`civilAct.kind.${k}`));
        return draft.kind ? again('') : again('civilAct.bad.kind');
      case 'format':
        draft.format = pick(said, ACT_FORMATS, FORMAT_WORDS, (f) => t(`civilAct.format.${f}`));
        return draft.format ? again('') : again('civilAct.bad.format');
      case 'relation': {
        const relation = pick(said, RELATIONS, RELATION_WORDS, (r) => t(`civilAct.relation.${r}`));
        if (!relation) return again('civilAct.bad.relation');
        if (draft.kind && draft.format && !mayReceive(draft.kind, draft.format, relation)) {
          // Not entitled to this form: offer the extract without parents, keep the rest.
          delete draft.format;
          return again('civilAct.notEntitled');
        }
        draft.relation = relation;
        return again('');
      }
      case 'place':
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
      case 'parents':
        if (text.trim().length < 3) return again('civilAct.bad.parents');
        draft.parents = text.trim().slice(0, 200);
        return again('');
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
    if (NO.test(said)) return step.replaceDialog(FLOW, { draft: { kind: draft.kind, email: draft.email, address: draft.address }, leadKey: 'civilAct.restart' } satisfies CivilActOptions);
    if (!YES.test(said)) return again('createAccount.yesOrNo');
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
