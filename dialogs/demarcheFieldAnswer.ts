/**
 * A guided démarche's answer to one question, checked by the field's kind: a choice (some end the
 * démarche, saying why and who can help), a name, an e-mail, an address (here, when it must be),
 * (or none: a phone instead, contactAnswer.ts), a place, a past day (a voter old enough), a count, or a paper (attached, or « au guichet »).
 * A bad answer asks the same question again with the reason.
 */
import type { DialogTurnResult } from './dialogLibrary';
import { checkDay, electionCheck, eighteenth, fieldsFor, oldEnoughToVote, parseCount, type FormField } from '../src/domain/demarches';
import { emailIn } from '../src/domain/emailAddress';
import { communePostalCodes, isInCommune } from '../src/domain/eligibility';
import { parisDay } from '../src/domain/parisTime';
import { normalize } from '../src/domain/text';
import { saysOnlySubject } from '../src/nlu/choice';
import { checkNames, nameIssue, unknownParent } from '../src/nlu/namesAnswer';
import { checkPlaceName, latestDay, latestMonthDay, readPastDay } from '../src/nlu/pastDay';
import { cannotBeAPlace, saysNotUnderstood, withoutEventLead, withoutPreposition } from '../src/nlu/placeAnswer';
import { readAddressCase, readBookletReason, saysMarried } from '../src/nlu/upfrontDetails';
import { readVoterDetails, saysOtherNationality } from '../src/nlu/voterDetails';
import type { AnyInput } from './anyInputPrompt';
import { readChoice } from './choicePrompt';
import { longDay } from './dateWords';
import { localeOf, send, translator } from './dialogContext';
import { elsewhereKey, type DemarcheTurn } from './demarcheState';
import { contactLines } from './infoAnswers';
import { addressGivenBefore, readAddressAnswer } from './addressAnswer';
import { addressKeptKey, badContactKey, contactAnswer, looksLikeAddress } from './contactAnswer';
import { answerAddressSaid, namesBeforeAddress } from './demarcheAddressSaid';
import { dayAhead } from './demarcheDayAhead';
import { firstNameOff, namesAhead } from './demarcheNamesAhead';
import { readName } from './nameAnswer';
import { readTakeBack, type Earlier, type FreeTextType } from './takenBackAnswer';
import { takeFile } from './demarchePaperAnswer';

const NOTHING = /^(aucun|aucune|non|nan|sans|neant|pas de|personne|none|no)(?: merci)?$/;

export async function answerField(turn: DemarcheTurn, field: FormField, input: AnyInput): Promise<DialogTurnResult> {
  const { deps, step, commune, t, options, chosen, again, notUnderstood } = turn;
  const { kind, answers } = options;
  const input_ = field.input;
  if (field.optional && NOTHING.test(normalize(input.text))) {
    answers[field.id] = null;
    return again();
  }
  if (input_.type === 'lastName' || input_.type === 'firstName' || input_.type === 'text' || input_.type === 'place') {
    // « non attends c'est chloe seulement » at the birthplace: the first names given before, corrected; never kept as the place.
    const back = readTakeBack(input.text, input_.type, earlierAnswers(turn, field), parisDay(deps.service.clock.now()));
    if (back && 'fix' in back) {
      if (back.fix.value === undefined) delete answers[back.fix.id];
      else answers[back.fix.id] = back.fix.value;
      return again(back.fix.value === undefined ? undefined : 'demarche.takenBack.fixed', { label: t(`demarche.${kind}.label.${back.fix.id}`), value: back.fix.value });
    }
    if (back && 'unclear' in back) return again('demarche.takenBack.unclear');
    if (back) input = { ...input, text: back.answer };
  }
  switch (input_.type) {
    case 'choice': {
      // « j'habite ici depuis 3 mois », « je suis portugaise »: read as in the first message (voterDetails.ts), before any number in it.
      const said = saidOfVoter(turn, field.id, input.text);
      const option = said ?? (chosen ? input_.options[chosen.index] : undefined);
      if (!option) {
        // « j'habite la commune » at the nationality: the next question's answer, kept for it; this one asked again.
        const other = otherVoterAnswer(turn, field.id, input.text);
        // « on est marié » at why a livret is asked: when a livret is given, then the question again.
        if (!other) return kind === 'family_booklet' && field.id === 'reason' && saysMarried(input.text) ? again('demarche.family_booklet.married') : notUnderstood();
        answers[other.id] = other.value;
        return again('demarche.noted', { label: t(`demarche.${kind}.label.${other.id}`), value: t(`demarche.${kind}.${other.id}.${other.value}`) });
      }
      // Chosen by a word of the démarche's own name alone (« oui c'est pour un livret »): not an answer.
      if (!readChoice(step, true) && saysOnlySubject(input.text, t(`request.kind.${kind}`))) return notUnderstood();
      // « 14/05/1985 » at « Habitez-vous à … ? »: no « non » said (a date alone reads as one at a read-back), never the end of the démarche.
      if (!said && input_.refuse?.includes(option) && chosen?.rest !== undefined && chosen.rest === input.text.trim()) return notUnderstood();
      if (input_.refuse?.includes(option)) {
        // Not admissible: say why and who can help; nothing else was asked yet.
        const service = deps.service.serviceFor(commune, 'requests');
        await send(deps, step.context, { text: [t(`demarche.${kind}.refuse.${field.id}.${option}`), contactLines(translator(deps, step.context), commune, service, deps.renderer.isPaid(step.context.activity.channelId))].join('\n') });
        return step.endDialog();
      }
      answers[field.id] = option;
      // « j'habite au 4 allée des Tilleuls » at the link with the commune: the address kept for its question (not asked again).
      if (options.kind === 'electoral_roll' && field.id === 'tie') answerAddressSaid(t, localeOf(step.context), commune, kind, answers, input.text);
      return again();
    }
    case 'address':
    case 'addressHere': {
      // Number and street, postal code and town; where it must be here, the commune's town by default.
      const here = input_.type === 'addressHere' ? { name: commune.name, postalCodes: communePostalCodes(commune) } : undefined;
      // « la même que tout à l'heure »: the address of the request made before here (where it must be here, if it is).
      const before = await addressGivenBefore(deps, step.context, input.text);
      if (before && !(here && !isInCommune(before, commune))) {
        delete options.addressKept;
        answers[field.id] = before;
        return again('address.sameAsBefore', { address: before });
      }
      const read = readAddressAnswer(t, localeOf(step.context), input.text, options.addressKept, here, { name: commune.name, postalCodes: communePostalCodes(commune) });
      if (!read.ok) {
        // An e-mail typed here, its question still to come: kept for it, the address asked again.
        if (emailIn(input.text) && keepEmailAhead(turn, input.text) !== 'demarche.bad.names') return again('demarche.emailKept');
        if (read.kept) options.addressKept = read.kept;
        return again(read.leadKey, read.leadParams);
      }
      delete options.addressKept;
      if (here && !isInCommune(read.value, commune)) return again(elsewhereKey(kind, input_));
      answers[field.id] = read.value;
      return again();
    }
    case 'lastName':
    case 'firstName': {
      // « pourquoi ? »: why it is asked; « je sais pas », « c quoi déjà »: where to find it; « je comprends pas »: what it asks (nameAnswer.ts, as for an act).
      const read = readName(input_.type, input.text);
      // A date of birth typed here: kept for its own question (demarcheDayAhead.ts), the name asked again.
      const ahead = 'issue' in read && read.issue === 'bad' ? dayAhead(turn, field, input.text) : undefined;
      if (ahead) answers[ahead.id] = ahead.day;
      // Said with the day's own name (« Date du mariage : … »), unless it is a date of birth.
      if (ahead) return /birthDay$/i.test(ahead.id) ? again('demarche.dayKeptAhead', { day: longDay(localeOf(step.context), ahead.day) }) : again('demarche.dayKeptAheadFor', { label: turn.t(`demarche.${kind}.label.${ahead.id}`), day: longDay(localeOf(step.context), ahead.day) });
      // An e-mail typed here: kept for its own question (not asked again), the name asked again.
      if ('issue' in read && read.issue === 'bad' && emailIn(input.text) && keepEmailAhead(turn, input.text) !== 'demarche.bad.names') return again('demarche.emailKept');
      if ('issue' in read) return again(read.issue === 'why' ? `demarche.${kind}.why.name` : read.issue === 'unsure' ? 'demarche.unsure.name' : read.issue === 'explain' ? `names.explained.${input_.type}` : read.issue === 'relation' ? `names.relation.${input_.type}` : `demarche.bad.${input_.type}`);
      // « Haddad Karim » at the last name: both names kept and read back (demarcheNamesAhead.ts).
      const both = namesAhead(turn, field, read.name);
      if (both) return again('demarche.namesRead', both);
      firstNameOff(turn, field, read.name);
      answers[field.id] = read.name;
      return again();
    }
    case 'email':
    case 'phone': {
      // No e-mail (« pas de mail »): a phone is asked instead; none either (null): the service writes by post.
      const given = contactAnswer(input_.type, input.text, step.context);
      // The address typed ahead at the e-mail or the phone: kept for its question when it fits there (not asked again).
      if (!given && looksLikeAddress(input.text) && answerAddressSaid(t, localeOf(step.context), commune, kind, answers, input.text)) return again(addressKeptKey(input_.type));
      if (!given) return again(badContactKey(input_.type, input.text));
      if (given.email !== undefined) answers.email = given.email;
      if (given.phone === undefined) delete answers.phone;
      else answers.phone = given.phone || null;
      return again();
    }
    case 'text':
    case 'place': {
      // « il est né à Poissy », « a Poissy »: the place's words alone (« au Havre », « A Coruña » kept: their article is the name's).
      // « Paul et Sophie Martin, ils habitent 12 rue de la Gare »: the names checked alone; the address kept for its question
      // when it fits there, else kept with the names (demarcheAddressSaid.ts).
      const names = input_.type === 'text' ? namesBeforeAddress(input.text) : undefined;
      const beforeAddress = names && answerAddressSaid(t, localeOf(step.context), commune, kind, answers, input.text) ? names : undefined;
      const value = (input_.type === 'place' ? withoutPreposition(withoutEventLead(input.text)) : beforeAddress ?? input.text).trim().replace(/\s+/g, ' ');
      if (value.length < 2 || value.length > 200) return again('demarche.bad.text');
      // « je comprends pas », « quoi ? » where a birth place is asked: the question explained again, never a place.
      if (input_.type === 'place' && saysNotUnderstood(value)) return again('demarche.placeExplained');
      // « je sais pas »: where to find it; « nan », « ok », a bare yes or no: never a place (it was kept as the birthplace).
      if (input_.type === 'place' && nameIssue(value) === 'unsure') return again('demarche.unsure.place');
      if (input_.type === 'place') {
        // A date is said to be one (« 10/09/2010 »); « nan », « no », a number: not a place.
        const place = checkPlaceName(value, parisDay(deps.service.clock.now()));
        if (place !== 'ok') return again(`demarche.bad.place.${place}`);
        if (cannotBeAPlace(value)) return again('demarche.bad.place.number');
      }
      if (input_.type === 'text') {
        // Names asked (the parents): « pourquoi ? », « je sais pas » as at a name question.
        // « inconnu », « père inconnu » beside a name is an answer (a parent may be unknown), kept as typed.
        const issue = unknownParent(value) ? undefined : nameIssue(value);
        if (issue === 'why' || issue === 'unsure') return again(issue === 'why' ? `demarche.${kind}.why.name` : 'demarche.unsure.name');
        const verdict = checkNames(names ?? value, parisDay(deps.service.clock.now()));
        if (verdict !== 'ok') return again(verdict === 'email' ? keepEmailAhead(turn, value) : 'demarche.bad.names');
      }
      answers[field.id] = value;
      return beforeAddress ? again('demarche.noted', { label: t(`demarche.${kind}.label.address`), value: answers.address }) : again();
    }
    case 'day': {
      const today = parisDay(deps.service.clock.now());
      const day = readPastDay(input.text, today) ?? (input_.latest ? latestDay(input.text, today) ?? latestMonthDay(input.text, today) : undefined);
      if (!day) return again('demarche.bad.day');
      const verdict = checkDay(day, input_.rule, today);
      if (verdict !== 'ok') return again(`demarche.bad.${verdict}`);
      if (input_.rule === 'voter') {
        const next = electionCheck(deps.electionDays, deps.service.clock.now());
        if (!oldEnoughToVote(day, today, next.state === 'noneKnown' ? undefined : next.firstRound)) {
          await send(deps, step.context, { text: t('demarche.electoral_roll.tooYoung', { day: longDay(localeOf(step.context), eighteenth(day)) }) });
          return step.endDialog();
        }
      }
      answers[field.id] = day;
      return again();
    }
    case 'count': {
      const count = parseCount(input.text, input_.max);
      if (count === undefined) return again('demarche.bad.count');
      answers[field.id] = count;
      return again();
    }
    case 'file':
      return takeFile(turn, field);
  }
}

/** The electoral roll's nationality or tie, why a livret de famille is asked, an attestation's situation, said in a sentence (as the first message is read). */
function saidOfVoter({ options, commune }: DemarcheTurn, id: string, text: string): string | undefined {
  // « je l'ai perdu », « mon ex l'a gardé », « pour ajouter mon bébé » at why a livret de famille is asked.
  if (options.kind === 'family_booklet' && id === 'reason') return readBookletReason(text, true);
  // « je vis chez ma mère », « j'ai déménagé » at an attestation de domicile's situation.
  if (options.kind === 'address_change' && id === 'case') return readAddressCase(text);
  if (options.kind !== 'electoral_roll' || (id !== 'nationality' && id !== 'tie')) return undefined;
  // « je suis marocaine » at the nationality: another country's, which the question explains.
  return readVoterDetails(text, commune.name)[id] ?? (id === 'nationality' && saysOtherNationality(text) ? 'other' : undefined);
}

/** The other voter question's answer (nationality or link with the commune), said at this one and not yet given. */
function otherVoterAnswer(turn: DemarcheTurn, id: string, text: string): { id: 'nationality' | 'tie'; value: string } | undefined {
  const other = id === 'nationality' ? 'tie' : id === 'tie' ? 'nationality' : undefined;
  if (!other || turn.options.kind !== 'electoral_roll' || turn.options.answers[other] !== undefined) return undefined;
  const value = readVoterDetails(text, turn.commune.name)[other];
  return value ? { id: other, value } : undefined;
}

/** The free-text answers given before `field`, in the order asked, for a correction to name. */
function earlierAnswers({ options, t }: DemarcheTurn, field: FormField): Earlier[] {
  const fields = fieldsFor(options.kind, options.answers);
  const before = fields.slice(0, Math.max(0, fields.findIndex((f) => f.id === field.id)));
  return before.flatMap((f) => {
    const value = options.answers[f.id];
    const type = f.input.type;
    if (typeof value !== 'string' || !(type === 'lastName' || type === 'firstName' || type === 'text' || type === 'place')) return [];
    return [{ id: f.id, type: type as FreeTextType, label: t(`demarche.${options.kind}.label.${f.id}`), value }];
  });
}

/** An e-mail typed where names are asked: kept for the form's e-mail question when there is one. */
function keepEmailAhead({ options }: DemarcheTurn, text: string): string {
  const field = fieldsFor(options.kind, options.answers).find((f) => f.input.type === 'email' && options.answers[f.id] === undefined);
  if (!field) return 'demarche.bad.names';
  options.answers[field.id] = emailIn(text) ?? null;
  return 'demarche.bad.namesEmailKept';
}
