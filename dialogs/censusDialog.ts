/**
 * « Recensement citoyen »: from the young person's birth date, says whether it is time (from the
 * 16th birthday to the end of the third month after), too early (from when), or late (still
 * possible until 25), what to bring, and which service receives it; when it is time, offers to
 * make the request here (the démarche's dialog, the birth day already given).
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { censusStatus } from '../src/domain/census';
import { birthFromAge } from '../src/nlu/ageDay';
import { placeAfterDay, readPastDay } from '../src/nlu/pastDay';
import { readActDetails } from '../src/nlu/upfrontDetails';
import { parisDay } from '../src/domain/parisTime';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { askChoice, expectWhy, notUnderstood, readChoice, yesNoOptions } from './choicePrompt';
import { DEMARCHE_DIALOG, DemarcheDialog, type DemarcheOptions } from './demarcheDialog';
import { ask, currentCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import { contactLines } from './infoAnswers';
import { longDay } from './dateWords';
import { censusUpfront, namesAtBirthDay, youngCalled } from './censusUpfront';
import { readName } from './nameAnswer';
import { check } from './accountFields';
import { splitFullName } from '../src/nlu/fullName';
import { youngPersonIn } from '../src/nlu/youngPerson';
import { saysBack } from './formBack';
import type { ShownMonthResult } from './mainOptions';

export const CENSUS_DIALOG = 'census';
const FLOW = 'censusFlow';
const PROMPT = 'censusPrompt';
const OFFER = 'censusOffer';
/** What the census hands back when it ends without a request: the menu's next question may be about it. */
const EXPLAINED: ShownMonthResult = { askedAbout: 'citizen_census' };

export interface CensusOptions {
  /** The message that started it: a birth day said in it is not asked. */
  text?: string;
  leadKey?: string;
  leadParams?: Record<string, string>;
  /** Names typed at the birth date's question (censusUpfront.ts namesAtBirthDay): kept for the request. */
  names?: Record<string, string>;
}

interface OfferOptions {
  birth: string;
  /** The place of birth said with the day (« né le 12/10/2010 à Poissy »): not asked again. */
  place?: string;
  /** The names and birthplace said in the opening message (censusUpfront.ts): not asked again. */
  upfront?: Record<string, string>;
  /** The opening message: « mon fils », « ma fille » said in it is read by the démarche's questions. */
  text?: string;
  /** What is said before the offer: the answer the first time, that it was not understood after. */
  lead: string;
}

export class CensusDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(CENSUS_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new DemarcheDialog(deps));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.answer.bind(this)]));
    this.addDialog(new WaterfallDialog(OFFER, [this.offer.bind(this), this.start.bind(this), this.done.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const { leadKey, leadParams, text, names } = (step.options ?? {}) as CensusOptions;
    // The birth day said up front (« recensement de mon fils né le 12/10/2010 »): not asked.
    const said = text && !leadKey ? readActDetails(text).eventDay : undefined;
    const today = parisDay(this.deps.service.clock.now());
    if (said && readPastDay(said, today)) return this.withBirth(step, said);
    expectWhy(step, { key: 'census.why.birth' });
    // A bare « ok »: a date is awaited, said before the question again (closingAside.ts).
    Object.assign(step.values, { awaited: { key: 'demarche.awaited.day' } });
    // Asked again after an aside (« pourquoi ? », a practical question): the question alone.
    // « recensement de mon fils Lucas »: « la date de naissance de Lucas ».
    const young = text ? youngPersonIn(text) : {};
    const name = youngCalled(t, young.gender, names?.firstName ?? young.firstName);
    return ask(this.deps, step, PROMPT, { text: name ? t('census.askBirthOf', { name }) : t('census.askBirth') }, `${t(leadKey ?? 'census.intro', leadParams)}\n`);
  }

  private answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { text } = (step.options ?? {}) as CensusOptions;
    // « retour » at the first question, as in the other forms (formBack.ts): none before it, said so, the question asked again.
    if (saysBack((step.result as AnyInput).text)) return step.replaceDialog(FLOW, { leadKey: 'form.back.first', ...(text ? { text } : {}) } satisfies CensusOptions);
    return this.withBirth(step, (step.result as AnyInput).text);
  }

  /** (The opening message, kept in the options while the birth day is asked: what it says of the young person is kept too.) */
  private async withBirth(step: WaterfallStepContext, answer: string): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const today = parisDay(this.deps.service.clock.now());
    const { text, names } = (step.options ?? {}) as CensusOptions;
    const again = (leadKey: string) => step.replaceDialog(FLOW, { leadKey, ...(text ? { text } : {}), ...(names ? { names } : {}) } satisfies CensusOptions);
    // « il a eu 16 ans le 3 novembre »: 16 years before that day; an age without a day: the date asked with its year.
    const age = birthFromAge(answer, today);
    if (age === 'noDay') return again('census.bad.ageWithoutDay');
    const birth = age?.birth ?? readPastDay(answer, today);
    // « Dupont » typed at the date: kept for the name's question (as civilActAhead.ts keeps the day typed at a name), the date asked again.
    const typed = birth ? undefined : namesAtBirthDay(answer);
    if (typed) {
      const kept = { ...names, ...typed };
      const lead = kept.lastName && kept.firstName ? { leadKey: 'demarche.namesRead', leadParams: kept } : { leadKey: 'census.nameKept', leadParams: { name: kept.lastName ?? kept.firstName ?? '' } };
      return step.replaceDialog(FLOW, { ...lead, ...(text ? { text } : {}), names: kept } satisfies CensusOptions);
    }
    if (!birth) return again('civilAct.bad.eventDay');
    if (birth > today) return again('civilAct.future');
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const status = censusStatus(birth, today);
    const date = (day: string) => longDay(localeOf(step.context), day);
    const lines = [
      status.state === 'over25'
        ? t('census.over25')
        : status.state === 'late'
          ? t('census.late', { until: date(status.until25) })
          : t(status.state === 'now' ? 'census.now' : 'census.tooEarly', { from: date(status.from), until: date(status.until) }),
    ];
    if (status.state !== 'over25') lines.push(t('census.howTo'), contactLines(t, commune, this.deps.service.serviceFor(commune, 'requests')));
    if (status.state !== 'now' && status.state !== 'late') {
      await send(this.deps, step.context, { text: lines.join('\n') });
      // « quels papiers ? » said next is about the census.
      return step.endDialog(EXPLAINED);
    }
    // It is time: the request can be made here, the birth day already given.
    const place = placeAfterDay(answer, today);
    return step.replaceDialog(OFFER, { birth, ...(place ? { place } : {}), upfront: { ...censusUpfront(text, today), ...names }, ...(text ? { text } : {}), lead: lines.join('\n') } satisfies OfferOptions);
  }

  private async offer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const { lead } = step.options as OfferOptions;
    const options = yesNoOptions(t('census.offerYes'), t('census.offerNo'), { yes: ['ici', 'maintenant'], no: ['plus tard', 'pas maintenant'] });
    return askChoice(this.deps, step, PROMPT, { text: t('census.offer'), options, why: { key: 'census.why.offer' } }, `${lead}\n`);
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = step.options as OfferOptions;
    // « retour » at the offer: the birth day asked again (the question before).
    if (saysBack((step.result as AnyInput | undefined)?.text)) return step.replaceDialog(FLOW, { leadKey: 'form.back.previous', ...(options.text ? { text: options.text } : {}) } satisfies CensusOptions);
    const chosen = readChoice(step);
    // « oui elle s'appelle Inès Benali », « c'est Lucas Bernard »: yes, with the young person's names (not asked again).
    const named = youngNames(chosen ? chosen.index === 0 ? chosen.rest : undefined : (step.result as AnyInput | undefined)?.text);
    if (!chosen && !named) return step.replaceDialog(OFFER, { ...options, lead: notUnderstood(t, 'choice.task.census') } satisfies OfferOptions);
    if (chosen && chosen.index !== 0) return step.endDialog(EXPLAINED);
    const answers = { ...options.upfront, ...named, birthDay: options.birth, ...(options.place ? { birthPlace: options.place } : {}) };
    const gender = options.text ? youngPersonIn(options.text).gender : undefined;
    return step.beginDialog(DEMARCHE_DIALOG, { kind: 'citizen_census', answers, ...(gender ? { gender } : {}), ...(named ? { leadKey: 'demarche.namesRead', leadParams: named } : {}) } satisfies DemarcheOptions);
  }

  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }
}

/** Both names of the young person said with the offer's answer (« elle s'appelle Inès Benali »), as a démarche keeps them; undefined otherwise. */
function youngNames(text: string | undefined): { lastName: string; firstName: string } | undefined {
  const read = text ? readName('lastName', text) : undefined;
  const both = read && 'name' in read ? splitFullName(read.name) : undefined;
  const lastName = both && check('lastName', both.lastName);
  const firstName = both && check('firstName', both.firstName);
  return lastName && firstName ? { lastName, firstName } : undefined;
}
