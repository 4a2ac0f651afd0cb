/**
 * « Demander un acte d'état civil » without an account: which act, which form, who is asking
 * (the rules are said before anything is typed), where and when the event took place, the
 * person, the e-mail and the postal address; a read-back, then a numbered request confirmed in
 * the chat and by e-mail. Refusals say why and what to do instead, and keep what was typed.
 * This file asks and reads the questions; the read-back and sending are in civilActReadBack.ts.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { ACT_KINDS, RELATIONS, isThisCommune } from '../src/domain/civilActs';
import { parisDay } from '../src/domain/parisTime';
import { placeName } from '../src/nlu/placeAnswer';
import { readActDetails } from '../src/nlu/upfrontDetails';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { askChoice, readChoice, type ChoiceOption } from './choicePrompt';
import { ask, currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { nextField, optionsOf, saysKnown, saysMore, takenBack, type CivilActOptions, type Draft } from './civilActDraft';
import { correction, placeRestated, takenBackAnswer } from './civilActCorrection';
import { phoneQuestionKey } from './civilActContact';
import { offersThisNumber } from './contactAnswer';
import { askReadBack, fixingNext, submitAct } from './civilActReadBack';
import { contactLines } from './infoAnswers';
import { readOpening } from './civilActOpening';
import { formQuestion, formsOffered, onlyForm } from './civilActForm';
import { answeredAhead, awaitedFor } from './civilActAhead';
import { type PlaceBefore } from './civilActAnswers';
import type { ShownMonthResult } from './mainOptions';
import { actAside } from './civilActAside';
import { saysBack } from './formBack';
import { civilActBack } from './civilActBack';
import { keptAbroad } from './civilActAbroad';
import { answerField } from './civilActFields';

/** The questions said to the resident when the act is their own (« votre prénom »). */
const ASKED_OF_SELF: ReadonlySet<string> = new Set(['lastName', 'firstName', 'parents']);

export const CIVIL_ACT_DIALOG = 'civilAct';
const FLOW = 'civilActFlow';
const PROMPT = 'civilActPrompt';

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
    (step.values as { addressKept?: string }).addressKept = options.addressKept;
    (step.values as { fixing?: boolean }).fixing = options.fixing;
    const draft = { ...options.draft };
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    let leadKey = options.leadKey;
    let leadParams = options.leadParams;
    if (options.text) {
      // What the opening message said (« copie intégrale de naissance de mon cousin ») is not asked again (civilActOpening.ts).
      const opened = readOpening(commune, draft, options.text, parisDay(this.deps.service.clock.now()));
      if (opened === 'abroad' || 'declaration' in opened) {
        const service = this.deps.service.serviceFor(commune, 'requests');
        await send(this.deps, step.context, { text: opened === 'abroad' ? t('civilAct.abroad') : [t(`civilAct.declaration.${opened.declaration}`), contactLines(t, commune, service)].join('\n') });
        // « elle est française depuis, c'est pareil ? » said next: read against the act abroad (topicFollowUp.ts);
        // « ah non pardon, elle est née à Carrières » said next: the request taken up again (civilActAbroad.ts).
        return step.endDialog(opened === 'abroad' ? ({ answered: 'actAbroad', actAbroad: keptAbroad(draft, options.text) } satisfies ShownMonthResult) : undefined);
      }
      leadKey = opened.leadKey ?? leadKey;
      leadParams = opened.leadParams ?? leadParams;
    }
    // A death act (its full copy only), the only extract a cousin may receive: noted, and said when an extract was asked for.
    const noted = onlyForm(t, draft);
    (step.values as { draft?: Draft }).draft = draft;
    // A signed-in resident's e-mail is known: read back with the rest, not asked.
    const known = draft.email ? undefined : (await signedIn(this.deps, step.context))?.email;
    if (known) draft.email = known;
    // What the place question was told before (another commune, the person's domicile here): read with the next answer.
    const otherPlace = leadParams?.otherPlace ?? (leadKey === 'civilAct.otherCommune' || leadKey === 'civilAct.otherCommuneDeath' ? leadParams?.place : undefined);
    const field = placeFirst(draft, typeof otherPlace === 'string' ? otherPlace : undefined);
    // A bare « ok » at an open question: what it awaits said (a town or « ici », a name, a date…), see closingAside.ts.
    const awaited = options.parentPending ? undefined : awaitedFor(field, commune.name);
    if (awaited) Object.assign(step.values, { awaited });
    (step.values as { placeBefore?: PlaceBefore }).placeBefore = {
      ...(typeof otherPlace === 'string' && otherPlace ? { otherPlace } : {}),
      ...(leadParams?.livedHere ? { livedHere: true } : {}),
      ...(typeof leadParams?.nameSaid === 'string' ? { nameSaid: leadParams.nameSaid } : {}),
    };
    // The same question asked again (not understood): its explanations said once, the question and a hint said again.
    const reask = field !== undefined && !options.fixing && options.askedBefore === field;
    const leadsSaid = [...(reask ? options.leadsBefore ?? [] : []), ...(leadKey ? [leadKey] : [])];
    Object.assign(step.values, { asked: options.fixing ? undefined : field, leadsSaid });
    if (reask && leadKey && options.leadsBefore?.includes(leadKey)) leadKey = SAID_ONCE[leadKey] ?? leadKey;
    const lead = `${leadKey ? `${t(leadKey, { commune: commune.name, ...leadParams })}\n` : ''}${noted}`;
    const choose = (text: string, options: ChoiceOption[], why?: { key: string }) => askChoice(this.deps, step, PROMPT, { text, options, ...(why ? { why } : {}) }, lead);
    // After « non » at the read-back: which answer to correct, by number or by name (civilActReadBack.ts).
    if (options.fixing) return askReadBack(this.deps, step, PROMPT, t, draft, true, lead);
    if (field === 'kind') return choose(`${reask ? '' : `${t('civilAct.intro', { commune: commune.name })}\n`}${t('civilAct.ask.kind')}`, optionsOf(ACT_KINDS, (k) => t(`civilAct.kind.${k}`)));
    if (field === 'format') {
      // What the act is for (« c pour l'école ») is this question's, before any aside (mainInterruptions.ts).
      // « un extrait » said: only the two extracts offered (civilActForm.ts).
      Object.assign(step.values, { ruled: true, readsOwn: 'actForm', offered: formsOffered(draft) });
      const form = formQuestion(t, draft);
      // By SMS the rule is short (its .sms text); « pourquoi ? » says it in full.
      return choose(`${options.ruled ? '' : `${t('civilAct.rules')}\n`}${t(form.key)}`, form.options, { key: 'civilAct.why.format' });
    }
    // « pourquoi ? », « je comprends pas »: who may receive which copy, said simply (whyAside.ts).
    if (field === 'relation') return choose(t('civilAct.ask.relation'), optionsOf(RELATIONS, (r) => t(`civilAct.relation.${r}`)), { key: 'civilAct.why.relation' });
    // By SMS, « ok » there is « ce numéro » (closingAside.ts).
    if (field === 'phone') {
      if (offersThisNumber(step.context)) Object.assign(step.values, { takesYes: true });
      return ask(this.deps, step, PROMPT, { text: t(phoneQuestionKey(step.context)) }, lead);
    }
    // « même adresse que pour l'acte de décès »: this question's answer (ownWords.ts), never the service's address asked.
    if (field === 'address') Object.assign(step.values, { readsOwn: 'sameAddress' });
    // « Fatima » at the parents: read back for a yes (civilActParentOne.ts), instead of the question.
    if (field === 'parents' && options.parentPending) {
      Object.assign(step.values, { parentPending: options.parentPending });
      return ask(this.deps, step, PROMPT, { text: t('civilAct.parentOneConfirm', { name: options.parentPending }) }, lead);
    }
    // The resident's own act: « Quel est votre prénom ? », not « son prénom ».
    const asked = draft.relation === 'self' && ASKED_OF_SELF.has(field ?? '') ? `civilAct.askSelf.${field}` : `civilAct.ask.${field}`;
    if (field) return ask(this.deps, step, PROMPT, { text: t(asked, { event: t(`civilAct.event.${draft.kind}`) }) }, lead);
    return askReadBack(this.deps, step, PROMPT, t, draft, false, lead);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const draft = { ...((step.values as { draft?: Draft }).draft ?? {}) };
    const text = (step.result as AnyInput).text;
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const ruled = (step.values as { ruled?: boolean }).ruled;
    const kept = step.values as { addressKept?: string; asked?: string; leadsSaid?: string[] };
    const before = kept.asked ? { askedBefore: kept.asked, leadsBefore: kept.leadsSaid ?? [] } : {};
    const again = (leadKey: string, leadParams?: Record<string, unknown>) =>
      step.replaceDialog(FLOW, { draft, leadKey, leadParams, ruled, ...before, ...(kept.addressKept ? { addressKept: kept.addressKept } : {}) } satisfies CivilActOptions);
    const chosen = readChoice(step);
    const today = parisDay(this.deps.service.clock.now());
    const fixing = (step.values as { fixing?: boolean }).fixing === true;
    // « retour », « précédent »: the question before asked again, the other answers kept (civilActBack.ts).
    const field = placeFirst(draft, (step.values as { placeBefore?: PlaceBefore }).placeBefore?.otherPlace);
    if (saysBack(text)) return step.replaceDialog(FLOW, { ...civilActBack(t, localeOf(step.context), draft, field, fixing, Boolean(await signedIn(this.deps, step.context))), ruled } satisfies CivilActOptions);
    // Which answer to correct, after « non » at the read-back (civilActReadBack.ts).
    if (fixing) return step.replaceDialog(FLOW, fixingNext(t, draft, text, chosen, today, ruled));
    // « ah non, en fait c'est pour ma fille » at a later question: who asks (the act, its form) changed, the rest kept.
    const back = takenBack(draft, text);
    if (back) {
      // Who asks, said back (« Vous êtes son parent ou grand-parent. »): the resident sees what was understood.
      // Another act: said back with what is kept (the event's place and day asked again).
      const asker = back.kindBefore
        ? { leadKey: 'civilAct.kindChanged', leadParams: { kind: t(`civilAct.kind.${back.draft.kind}`) } }
        : back.draft.relation && back.draft.relation !== draft.relation
          ? { leadKey: back.personChanged ? 'civilAct.personChanged' : 'civilAct.askerNoted', leadParams: { asker: t(`civilAct.recapAsker.${back.draft.relation}`) } }
          : { leadKey: 'civilAct.detailNoted' };
      return step.replaceDialog(FLOW, { draft: back.draft, ...(back.notEntitled ? { leadKey: 'civilAct.notEntitled' } : asker), ruled } satisfies CivilActOptions);
    }
    // « copie intégrale » at the place question, « non pas de mail » at the parents': kept for the request, the question asked again
    // (before « non … » is read as an earlier answer taken back).
    const ahead = answeredAhead(t, draft, field, text, today, localeOf(step.context));
    if (ahead) return step.replaceDialog(FLOW, { draft: ahead.draft, leadKey: ahead.leadKey, leadParams: ahead.leadParams, ruled, ...(kept.addressKept ? { addressKept: kept.addressKept } : {}) } satisfies CivilActOptions);
    // « non attends c'est chloe » after the first name: that answer corrected, never kept as this one (civilActCorrection.ts).
    const earlier = field ? takenBackAnswer(t, draft, field, text, today) : undefined;
    if (earlier === 'unclear') return again('demarche.takenBack.unclear');
    if (earlier && 'draft' in earlier) return step.replaceDialog(FLOW, { draft: earlier.draft, leadKey: 'civilAct.detailNoted', ruled } satisfies CivilActOptions);
    const answer = earlier ? earlier.answer : text;
    // « c quoi la difference » at the place: the forms explained, the question asked again (civilActAside.ts).
    const aside = earlier ? undefined : actAside(t, draft, field, text);
    if (aside) return again(aside.leadKey, { ...aside.leadParams, ...(step.values as { placeBefore?: PlaceBefore }).placeBefore });
    const notUnderstood = () => {
      // Not this question's answer, but another's (« c'est pour moi » when the form is asked): noted, the question asked again.
      // The commune served typed early (as the lead about another place invites: « tapez Carrières-sous-Poissy »): the place, noted.
      // With words around it (« on s'est marié en 2015 ici », « mariés à Carrières en 2015 »): the place, and the year kept for the day asked later.
      const around = readActDetails(text);
      const place = isThisCommune(commune, placeName(text)) ? commune.name : around.place && (/^(?:ici|la)$/.test(around.place) || isThisCommune(commune, around.place)) ? commune.name : undefined;
      if (!draft.place && (field === 'kind' || field === 'format' || field === 'relation') && place) {
        draft.place = place;
        if (around.eventYear && !draft.eventDay && around.eventYear <= Number(today.slice(0, 4))) draft.eventYear = around.eventYear;
        return again('civilAct.detailNoted');
      }
      if ((field === 'kind' || field === 'format' || field === 'relation') && saysMore(draft, text)) {
        return step.replaceDialog(FLOW, { draft, text, leadKey: 'civilAct.detailNoted', ruled } satisfies CivilActOptions);
      }
      if ((field === 'format' || field === 'relation') && saysKnown(draft, text)) return again('civilAct.detailNoted');
      return again('choice.again', { task: t(draft.kind ? `choice.task.civilAct.${draft.kind}` : 'choice.task.civilAct') });
    };
    const fieldTurn = await answerField(this.deps, step, t, { field, draft, text, answer, chosen, commune, today, ruled, kept, again, notUnderstood }, FLOW);
    if (fieldTurn) return fieldTurn;
    // « elle est décédée à Poissy en fait » at the read-back: the place read again, the rest kept (civilActCorrection.ts).
    const restated = placeRestated(t, commune, draft, text, today);
    if (restated === 'abroad') return send(this.deps, step.context, { text: t('civilAct.abroad') }).then(() => step.endDialog({ answered: 'actAbroad', actAbroad: keptAbroad(draft, text) } satisfies ShownMonthResult));
    if (restated) return step.replaceDialog(FLOW, { ...restated, ruled });
    if (!chosen) return notUnderstood();
    // The read-back: « non » corrects (civilActCorrection.ts), « oui » sends (civilActReadBack.ts).
    if (chosen.index === 1) return step.replaceDialog(FLOW, { ...correction(t, draft, chosen.rest, today), ruled });
    return submitAct(this.deps, step, commune, t, draft);
  }
}

/** A long lead already said at this question, said shortly when the question is asked again after it. */
const SAID_ONCE: Record<string, string> = {
  'civilAct.otherCommune': 'civilAct.otherCommuneAgain',
  'civilAct.otherCommuneDeath': 'civilAct.otherCommuneAgain',
};

/** Another commune named (« jsuis né à Poissy ») and no place yet: the place is asked first, before the form (the act may not be here). */
const placeFirst = (draft: Draft, otherPlace: string | undefined): ReturnType<typeof nextField> => (otherPlace && draft.kind && !draft.place ? 'place' : nextField(draft));
