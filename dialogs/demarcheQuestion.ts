/**
 * A guided démarche's question: the rules first (and the election's deadline), then the next
 * question — a choice, a paper, a line of text — or the read-back of every answer to confirm, or
 * which answer to correct.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { electionCheck, fieldsFor, type FormField } from '../src/domain/demarches';
import type { Translate } from '../src/i18n';
import { readBookletHolder } from '../src/nlu/bookletHolder';
import { readAccountDetails } from './accountUpfront';
import { readAddressCase, readBookletReason } from '../src/nlu/upfrontDetails';
import { normalize } from '../src/domain/text';
import { asksElectionDates, readVoterDetails } from '../src/nlu/voterDetails';
import { youngPersonIn } from '../src/nlu/youngPerson';
import { addressShown } from '../src/domain/addressShown';
import { communePostalCodes } from '../src/domain/eligibility';
import type { AddressTown } from '../src/domain/postalAddress';
import { unknownParent } from '../src/nlu/namesAnswer';
import { parentsAsFiled } from './parentsAsFiled';
import { capitalized } from '../src/domain/capitals';
import { phoneQuestionKey, spacedPhone } from './contactAnswer';
import { askChoice, yesNoOptions, type ChoiceOption } from './choicePrompt';
import { longDay, shortDay } from './dateWords';
import { ask, currentCommune, localeOf, signedIn, translator, type DialogDeps } from './dialogContext';
import { answerAddressSaid } from './demarcheAddressSaid';
import { OWN_DEMARCHE_QUESTIONS } from './ownWords';
import { youngCalled } from './censusUpfront';
import { DEMARCHE_PROMPT, pending, type DemarcheOptions, type FormState } from './demarcheState';

/** Short words for a choice's options, as typed by SMS (« fr » at the nationality's question; it was « pas compris »). */
const OPTION_WORDS: Readonly<Record<string, string[]>> = {
  french: ['fr', 'francais', 'france', 'french', 'fra'],
  european: ['ue', 'eu', 'europe', 'europeen', 'europeenne', 'union europeenne', 'european'],
};

/** The options of a choice field; those named « yes » and « no » also take « oui », « d'accord », « non »… */
const optionsOf = (options: readonly string[], label: (o: string) => string): ChoiceOption[] =>
  options.map((o) => ({ label: label(o), ...(o === 'yes' || o === 'no' ? { meaning: o } : {}), ...(OPTION_WORDS[o] ? { synonyms: OPTION_WORDS[o] } : {}) }));

/** The open questions whose answer is free text or an e-mail (not the phone, where « oui » by SMS is « this number »). */
const AWAITED: ReadonlySet<string> = new Set(['lastName', 'firstName', 'day', 'count', 'address', 'addressHere', 'place', 'text', 'email']);

/** The forms whose names are the resident's own (a census is the young person's, often asked by a parent). */
const OWN_NAMES: ReadonlySet<string> = new Set(['family_booklet', 'electoral_roll', 'address_change', 'cohabitation_certificate']);

/** The words that introduce one's names (not « je suis mariée », « je suis hébergée »: a situation). */
const NAMING = /(?:^|[\s,.;!])(?:je m['’ ]?appelle|mon nom (?:est|c['’ ]?est)|moi c['’ ]?est|je suis (?:mme|madame|mlle|mademoiselle|monsieur|mr|m\.)(?=\s)|my name is|i am (?:mrs|mr|ms)\.?(?=\s))/iu;

function stateOf(step: WaterfallStepContext): FormState {
  const options = (step.options ?? {}) as DemarcheOptions;
  return { ...options, kind: options.kind, answers: { ...options.answers }, papers: { ...options.papers } };
}

export async function askDemarche(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const options = stateOf(step);
  const commune = await currentCommune(deps, step.context);
  if (!commune) return step.endDialog();
  const t = (key: string, params?: Record<string, unknown>) => translator(deps, step.context)(key, { commune: commune.name, ...params });
  const { kind, answers } = options;
  // Said up front: not asked again (a reason that ends the démarche is left for the question, which explains it).
  const reason = !options.ruled && options.text && kind === 'family_booklet' ? readBookletReason(options.text) : undefined;
  if (reason && answers.reason === undefined) answers.reason = reason;
  // « j'ai perdu mon livret », « je suis mariée depuis 2012 »: the resident's own livret, « à votre nom ? » not asked.
  if (!options.ruled && options.text && kind === 'family_booklet' && answers.holder === undefined && readBookletHolder(options.text)) answers.holder = 'yes';
  // « je suis hébergée chez ma sœur, il me faut une attestation », « on a déménagé… »: the situation, not asked again.
  // (« attestation d'hébergement », « un déménagement » name the démarche, not the situation.)
  const situation = !options.ruled && options.text && kind === 'address_change' ? readAddressCase(normalize(options.text).replace(/\b(?:hebergements?|demenagements?)\b/g, ' ')) : undefined;
  if (situation && answers.case === undefined) answers.case = situation;
  // « je m'appelle Nadia Benali », « je suis Mme Benali Nadia » where the form's names are the resident's own: not asked again.
  if (!options.ruled && options.text && OWN_NAMES.has(kind) && answers.lastName === undefined && answers.firstName === undefined && NAMING.test(options.text)) {
    const said = readAccountDetails(options.text);
    if (said.lastName && said.firstName) Object.assign(answers, { lastName: said.lastName, firstName: said.firstName });
  }
  // « recensement de mon fils »: the questions say « il » (youngPerson.ts).
  const gender = options.gender ?? (options.text && !options.ruled ? youngPersonIn(options.text).gender : undefined);
  if (gender) options.gender = gender;
  if (!options.ruled && options.text && kind === 'electoral_roll') {
    const voter = readVoterDetails(options.text, commune.name);
    if (voter.nationality && answers.nationality === undefined) answers.nationality = voter.nationality;
    if (voter.tie && answers.tie === undefined) answers.tie = voter.tie;
  }
  // « …nouvelle adresse 25 rue Pasteur »: the address question answered with it.
  if (!options.ruled && options.text) answerAddressSaid(translator(deps, step.context), localeOf(step.context), commune, kind, answers, options.text);
  // A signed-in resident's e-mail is known: read back with the rest, not asked.
  if (!options.ruled && answers.email === undefined && fieldsFor(kind, answers).some((f) => f.id === 'email')) {
    const account = await signedIn(deps, step.context);
    if (account) answers.email = account.email;
  }
  const lead: string[] = [];
  // Where files cannot be received (SMS), every paper is for the guichet: no question about them.
  const noFiles = !deps.renderer.canReceiveFiles(step.context.activity);
  if (noFiles) for (const f of fieldsFor(kind, answers)) if (f.input.type === 'file') options.papers[f.id] = 'counter';
  if (!options.ruled) {
    // « c quand la prochaine élection ? » with no election day known here: said so, and where to find it, before the rules.
    if (kind === 'electoral_roll' && options.text && asksElectionDates(options.text) && electionCheck(deps.electionDays, deps.service.clock.now()).state === 'noneKnown') lead.push(t('demarche.electoral_roll.deadline.datesElsewhere'));
    lead.push(t(`demarche.${kind}.rules`));
    if (kind === 'electoral_roll') lead.push(...electionLines(deps, t, step));
    if (noFiles) lead.push(t('demarche.file.noFilesHere'));
  }
  if (options.leadKey) lead.push(t(options.leadKey, options.leadParams));
  (step.values as { options?: DemarcheOptions }).options = { ...options, ruled: true };
  const prefix = lead.length ? `${lead.join('\n')}\n` : '';

  if (options.correcting) {
    const fields = fieldsFor(kind, answers);
    return askChoice(deps, step, DEMARCHE_PROMPT, { text: t('demarche.askCorrect'), options: fields.map((f) => ({ label: t(`demarche.${kind}.label.${f.id}`) })) }, prefix);
  }
  const field = pending(options);
  if (!field) {
    const why = { key: 'demarche.why.confirm' };
    const known = { name: commune.name, postalCodes: communePostalCodes(commune) };
    return askChoice(deps, step, DEMARCHE_PROMPT, { text: `${recap(t, options, localeOf(step.context), known)}\n${t('demarche.confirm')}`, options: yesNoOptions(t('demarche.yes'), t('demarche.no')), why }, prefix);
  }
  // Without an e-mail: the phone, with « ce numéro » offered by SMS (contactAnswer.ts).
  const question = field.input.type === 'phone' ? t(phoneQuestionKey(step.context, 'demarche.ask.phone')) : personalQuestion(t, options, field.id) ?? t(`demarche.${kind}.ask.${field.id}`);
  if (field.input.type === 'choice') {
    // « pourquoi ? »: each choice says why it is asked (the rule it checks).
    const why = { key: `demarche.${kind}.why.${field.id}`, params: { commune: commune.name } };
    // « pour ajouter mon bébé », « j'ai déménagé »: this question's words, before any aside (ownWords.ts).
    const own = OWN_DEMARCHE_QUESTIONS[`${kind}.${field.id}`];
    if (own) Object.assign(step.values, { readsOwn: own });
    return askChoice(deps, step, DEMARCHE_PROMPT, { text: question, options: optionsOf(field.input.options, (o) => t(`demarche.${kind}.${field.id}.${o}`)), why }, prefix);
  }
  if (field.input.type === 'file') return ask(deps, step, DEMARCHE_PROMPT, { text: `${question}\n${t('demarche.file.howTo')}` }, prefix);
  // A bare « ok » at an open question: what it awaits said (a name, a date, a number, an address), see closingAside.ts.
  if (AWAITED.has(field.input.type)) Object.assign(step.values, { awaited: { key: `demarche.awaited.${field.input.type === 'addressHere' ? 'address' : field.input.type}` } });
  // « même adresse que tout à l'heure »: this question's answer (ownWords.ts), never the service's address asked.
  if (field.input.type === 'address' || field.input.type === 'addressHere') Object.assign(step.values, { readsOwn: 'sameAddress' });
  return ask(deps, step, DEMARCHE_PROMPT, { text: question }, prefix);
}

/**
 * The census's questions about the young person, said of him or her: his or her first name once known (« Quel est le nom de
 * famille de Lucas ? », « … de votre fille ? »), « est-il né » or « est-elle née » when « mon fils », « ma fille » was said;
 * undefined: the usual question.
 */
function personalQuestion(t: Translate, options: FormState, field: string): string | undefined {
  if (options.kind !== 'citizen_census') return undefined;
  const name = youngCalled(t, options.gender, options.answers.firstName);
  if (field === 'lastName' && name) return t('demarche.citizen_census.ask.lastNameOf', { name });
  if (field === 'birthPlace' && name && options.gender) return t(`demarche.citizen_census.ask.birthPlace.${options.gender}`, { name });
  return undefined;
}

function electionLines(deps: DialogDeps, t: Translate, step: WaterfallStepContext): string[] {
  const check = electionCheck(deps.electionDays, deps.service.clock.now());
  if (check.state === 'noneKnown') return [];
  const day = (d: string) => longDay(localeOf(step.context), d);
  return [t(`demarche.electoral_roll.deadline.${check.state}`, { election: day(check.firstRound), deadline: day(check.deadline) })];
}

function recap(t: Translate, options: FormState, locale: string, known: AddressTown): string {
  const { kind, answers } = options;
  const lines = fieldsFor(kind, answers).map((f) => t('demarche.recapLine', { label: t(`demarche.${kind}.label.${f.id}`), value: shownAnswer(t, options, f, locale, known) }));
  return [t('demarche.recapTitle', { label: t(`request.kind.${kind}`) }), ...lines].join('\n');
}

/**
 * An answer as the read-back shows it: the paper or « au guichet », the option's words, the day written out, « aucun » for
 * none; names, an address, a place tidied (« Paul MARTIN et Marie DURAND », « 12 rue des Lilas, 78955 Carrières-sous-Poissy »
 * for the `known` commune's short name, « Poissy »), as stored otherwise.
 */
export function shownAnswer(t: Translate, options: FormState, f: FormField, locale: string, known?: AddressTown): string {
  const value = options.answers[f.id];
  const paper = options.papers[f.id];
  if (f.input.type === 'file') return paper === 'counter' || !paper ? t('demarche.fileAtCounter') : t('demarche.fileReceived', { name: paper.fileName });
  // No e-mail ('') or no phone (null) said: « aucun ».
  if (value === null || value === '') return t('demarche.none');
  if (f.input.type === 'choice') return t(`demarche.${options.kind}.${f.id}.${String(value)}`);
  if (f.input.type === 'day') return shortDay(locale, String(value));
  if (f.input.type === 'phone') return spacedPhone(String(value));
  if (f.input.type === 'address' || f.input.type === 'addressHere') return addressShown(String(value), known);
  if (f.input.type === 'text' && !unknownParent(String(value))) return parentsAsFiled(String(value));
  if (f.input.type === 'place') return capitalized(String(value));
  return String(value);
}
