/**
 * The answer to a guided démarche's read-back: « oui » sends the request (an address that must be
 * here is asked again first), « non » asks which answer to correct — at once when named
 * (« non, le nom c'est Durand », « Durand, pas Dupont ») — and the answer picked is asked again.
 */
import type { DialogTurnResult } from './dialogLibrary';
import type { AnyInput } from './anyInputPrompt';
import { checkDay, fieldsFor, parseCount } from '../src/domain/demarches';
import { addressElsewhere } from '../src/domain/eligibility';
import { parisDay } from '../src/domain/parisTime';
import { recognizeChoice } from '../src/nlu/choice';
import { splitCorrection } from '../src/nlu/correction';
import { latestDay, latestMonthDay, readPastDay } from '../src/nlu/pastDay';
import { fold } from '../src/nlu/yesNo';
import { check } from './accountFields';
import { elsewhereKey, type DemarcheTurn } from './demarcheState';
import { submitDemarche } from './demarcheSubmit';

/**
 * After « non »: the answer chosen is forgotten, to be asked again; named with its new value
 * (« le nom c benali »), that value is kept at once, as at the read-back.
 */
export function answerCorrecting(turn: DemarcheTurn): Promise<DialogTurnResult> {
  const { options, chosen, again, notUnderstood } = turn;
  const { kind, answers, papers } = options;
  const text = (turn.step.result as { text?: string } | undefined)?.text ?? '';
  if (text && correctNamed(turn, text)) return again();
  const id = chosen ? fieldsFor(kind, answers)[chosen.index]?.id : undefined;
  if (!id) return notUnderstood(true);
  delete answers[id];
  delete papers[id];
  return again();
}

/** « Date du mariage » also said « date de mariage ». */
function otherArticles(label: string): string[] {
  const plain = fold(label);
  const de = plain.replace(/\b(?:du|de la|des|de l|d)\b/g, 'de');
  return de === plain ? [] : [de];
}

/** A day given with the correction, kept when it passes the question's own checks (a voter's age is checked at the question). */
function dayValue(turn: DemarcheTurn, { rule, latest }: { rule: Parameters<typeof checkDay>[1]; latest?: true }, typed: string): string | undefined {
  if (rule === 'voter') return undefined;
  const today = parisDay(turn.deps.service.clock.now());
  const day = readPastDay(typed, today) ?? (latest ? latestDay(typed, today) ?? latestMonthDay(typed, today) : undefined);
  return day && checkDay(day, rule, today) === 'ok' ? day : undefined;
}

export function answerReadBack(turn: DemarcheTurn): Promise<DialogTurnResult> {
  const { commune, options, chosen, again, notUnderstood } = turn;
  const { kind, answers } = options;
  // « les enfants c'est 3 », « la date du mariage : 12/06/2010 » without a « non »: that answer corrected as well (not a question).
  const typed = (turn.step.result as AnyInput | undefined)?.text ?? '';
  if (!chosen && !typed.trim().endsWith('?') && correctNamed(turn, typed)) return again();
  if (!chosen) return notUnderstood();
  if (chosen.index === 0) {
    // A correction may have made an address that was fine (a taxpayer's) one that must be here.
    const elsewhere = addressElsewhere(kind, answers, commune);
    if (elsewhere) {
      delete answers[elsewhere];
      return again(elsewhereKey(kind, fieldsFor(kind, answers).find((f) => f.id === elsewhere)?.input));
    }
    return submitDemarche(turn);
  }
  // « non, le nom c'est … »: that answer is asked again at once; otherwise which one.
  if (!chosen.rest || !correctNamed(turn, chosen.rest)) return again(undefined, undefined, true);
  return again();
}

/**
 * The field named in `text` (by its label, or by the answer read back: « Durand, pas Dupont »):
 * its new value kept when it passes the field's check, otherwise forgotten to be asked again.
 * False when no field is named.
 */
function correctNamed(turn: DemarcheTurn, text: string): boolean {
  const { t, options } = turn;
  const { kind, answers, papers } = options;
  const fields = fieldsFor(kind, answers);
  const labels = fields.map((f) => ({ label: t(`demarche.${kind}.label.${f.id}`), synonyms: otherArticles(t(`demarche.${kind}.label.${f.id}`)) }));
  const said = splitCorrection(text, labels, fields.map((f) => (typeof answers[f.id] === 'string' ? (answers[f.id] as string) : undefined)));
  const named = said ? recognizeChoice(said.about, labels) : undefined;
  const wrong = named ? fields[named.index] : undefined;
  if (!wrong) return false;
  const type = wrong.input.type;
  const value = said?.value && (type === 'lastName' || type === 'firstName' || type === 'email' || type === 'phone' || type === 'address') ? check(type, said.value) : said?.value && wrong.input.type === 'day' ? dayValue(turn, wrong.input, said.value) : undefined;
  // « non en fait on a 3 enfants »: a count, read as at its question.
  const count = said?.value && wrong.input.type === 'count' ? parseCount(said.value, wrong.input.max) : undefined;
  delete papers[wrong.id];
  if (value) answers[wrong.id] = value;
  else if (count !== undefined) answers[wrong.id] = count;
  else delete answers[wrong.id];
  return true;
}
