/**
 * A question about the school calendar (the holidays' dates, the rentrée, school on a day), never a task said with it.
 */
import { prepare } from '../../src/nlu/frenchText';
import { dayPartOf, schoolCalendarQuestion } from '../../src/nlu/schoolCalendarQuestion';

const read = (text: string) => schoolCalendarQuestion(prepare(text));

describe('a question about the school calendar', () => {
  it.each([
    ["c'est quand les vacances de fevrier", 'hiver'],
    ['les vacances de Noël commencent quand ?', 'noel'],
    ['vacances de paques c quand', 'printemps'],
    ['When are the Easter holidays?', 'printemps'],
    ['quelles sont les dates des grandes vacances', 'ete'],
    ['date des vacances de la Toussaint 2027 ?', 'toussaint'],
  ])('« %s » asks the holidays of that name (%s)', (text, key) => {
    expect(read(text)).toEqual({ kind: 'holidays', key });
  });

  it.each(["c'est quand les vacances ?", 'les prochaines vacances scolaires c quand'])('« %s » asks the next holidays', (text) => {
    expect(read(text)).toEqual({ kind: 'holidays' });
  });

  it.each([
    ["c'est quand le dernier jour d'école avant les vacances ?", undefined],
    ['les vacances commencent quand exactement, le dernier jour de classe ?', undefined],
    ["l'école finit quand avant Noël ?", 'noel'],
    ['ils finissent les cours quand avant les vacances de février', 'hiver'],
    ["c'est quand le dernier jour d'école de l'année", 'ete'],
    ['when is the last day of school?', undefined],
  ])('« %s » asks the last day of class before the holidays (%s)', (text, key) => {
    expect(read(text)).toEqual(key ? { kind: 'holidays', key, lastDay: true } : { kind: 'holidays', lastDay: true });
  });

  it.each(['quand est la rentrée ?', "ils reprennent quand l'école", 'la rentree c est quand', 'when does school start again?'])('« %s » asks when classes start again', (text) => {
    expect(read(text)).toEqual({ kind: 'classesStart' });
  });

  it.each(['il y a école le 11 novembre ?', 'y a classe mercredi ?', "l'école est fermée lundi ?", 'is there school on Monday?'])('« %s » asks whether there is school on a day', (text) => {
    expect(read(text)).toEqual({ kind: 'schoolOn' });
  });

  it.each([
    'je veux inscrire ma fille au centre pendant les vacances de février',
    'annuler la cantine pendant les vacances',
    'elle sera absente jusqu à la rentrée',
    'les horaires de la mairie pendant les vacances ?',
    'bonnes vacances !',
    // The holidays as the time of another thing, or the resident's own trip.
    'quand est-ce que je peux payer pendant les vacances',
    'quand est ce que je reçois mon acte pendant les vacances de noel',
    'je pars en vacances, quand est-ce que je dois envoyer le justificatif',
    'mon acte de naissance arrive quand, on part en vacances en juillet',
    'la piscine rouvre quand après les vacances',
    'quand est-ce que la mairie reprend après les vacances',
    'le dernier jour de classe il y a garderie ?',
    // The school's hours asked, no holidays named.
    "l'école finit à quelle heure le vendredi ?",
    "l'école finit à 16h30 le mardi ?",
    'what time does school end on friday?',
    // An absence said with its illness (it answered whether there is school that day).
    'hello, my son is sick tomorrow, no school',
    'my daughter has a fever, no school on monday',
    'il a de la fievre, pas d ecole demain',
  ])('« %s » is not a calendar question', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('reads the day without « il y a » (the date reader\'s « ago »)', () => {
    expect(dayPartOf('il y a école le 12 novembre ?')).not.toMatch(/y a/);
    expect(dayPartOf("Y a-t-il classe lundi ?")).not.toMatch(/y a/i);
  });
});
