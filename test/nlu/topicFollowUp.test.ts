/**
 * A short question read against the topic just answered (src/nlu/topicFollowUp.ts) and a word's meaning asked
 * (src/nlu/definitions.ts): what each asks, and what is none of them (a request, a sentence of its own, another day).
 */
import { definitionAsked } from '../../src/nlu/definitions';
import { prepare } from '../../src/nlu/frenchText';
import { askOfTopic, type AnsweredTopic } from '../../src/nlu/topicFollowUp';

const kindOf = (text: string, topic: AnsweredTopic) => askOfTopic(prepare(text), topic)?.kind;

describe('a follow-up read against the topic just answered', () => {
  it.each<[string, AnsweredTopic, string]>([
    ['et je la trouve où ?', 'familyKey', 'keyGet'],
    ['on la reçoit comment', 'familyKey', 'keyGet'],
    ['qui me la donne ?', 'familyKey', 'keyGet'],
    ['et je la tape ou', 'familyKey', 'keyEnter'],
    ['et comment je le calcule ?', 'qf', 'qfHow'],
    ['il est calculé comment', 'qf', 'qfHow'],
    ['et comment on l obtient ?', 'qf', 'qfHow'],
    ['et le mien ?', 'qf', 'qfOwn'],
    ['je le vois ou ?', 'tariffs', 'qfOwn'],
    ['et comment je le calcule ?', 'tariffs', 'qfHow'],
    ['et pour 2 enfants ?', 'tariffs', 'perChild'],
    ['pour mes deux ?', 'tariffs', 'perChild'],
    ['c par enfant ?', 'tariffs', 'perChild'],
    ['et pour 3 gamins', 'qf', 'perChild'],
    ['je l envoie comment ?', 'taxNotice', 'taxNoticeSend'],
    ['et je le trouve ou ?', 'taxNotice', 'taxNoticeWhere'],
    ['et c est ouvert quand ?', 'regie', 'service'],
    ['c est ou ?', 'guichetUnique', 'service'],
    ["et c'est quoi la régie ?", 'tariffs', 'define'],
    ['et celles de printemps ?', 'schoolCalendar', 'schoolCalendar'],
    ['et la rentree ?', 'schoolCalendar', 'schoolCalendar'],
    ["et je l'envoie ou ?", 'paymentMeans', 'service'],
  ])('« %s » after %s: %s', (text, topic, kind) => {
    expect(kindOf(text, topic)).toBe(kind);
  });

  it.each<[string, AnsweredTopic]>([
    ['je veux payer ma facture', 'qf'],
    ['je voudrais réserver la cantine pour mes 2 enfants', 'tariffs'],
    ['et le 2 ?', 'tariffs'],
    ['et pour Hugo ?', 'tariffs'],
    ['et je la trouve où ?', 'tariffs'],
    ['oui', 'familyKey'],
    ['jean.durand@example.fr', 'qf'],
    ['ABCD-EFGH-IJKL-MNOP', 'familyKey'],
    ['et pour Hugo ?', 'schoolCalendar'],
    // Another thing named: a question of its own.
    ['je le mets où le certificat ?', 'familyKey'],
    ['on peut avoir un rendez-vous ?', 'familyKey'],
    ['where do I find my invoice?', 'familyKey'],
    ['je la vois où la facture ?', 'tariffs'],
    ['je le vois où mon solde ?', 'tariffs'],
    ["et je l'envoie où mon certificat médical ?", 'qf'],
    ["je la donne où l'ordonnance ?", 'qf'],
    ['et je le dépose où le certificat ?', 'paymentMeans'],
  ])('« %s » after %s: none', (text, topic) => {
    expect(kindOf(text, topic)).toBeUndefined();
  });
});

describe('a word\'s meaning', () => {
  it.each([
    ["c'est quoi le quotient familial", 'qf'],
    ['c koi le QF ?', 'qf'],
    ['c est quoi le quotien familliale', 'qf'],
    ['la regie c koi', 'regie'],
    ["qu'est-ce qu'un avis d'imposition ?", 'taxNotice'],
    ['ça veut dire quoi APPS', 'apps'],
    ['c quoi le guichet unique', 'guichetUnique'],
    ['what is the QF?', 'qf'],
  ])('« %s »: %s', (text, term) => {
    expect(definitionAsked(prepare(text))).toBe(term);
  });

  it.each([["c'est quoi mon quotient familial"], ['horaires de la régie'], ['quotient familial'], ['numéro du guichet unique']])('« %s »: none', (text) => {
    expect(definitionAsked(prepare(text))).toBeUndefined();
  });
});
