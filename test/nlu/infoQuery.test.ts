import { followUp } from '../../src/nlu/infoFollowUp';
import { asksForDeadlines, parseInfoQuery } from '../../src/nlu/infoQuery';
import { hoursQuestion } from '../../src/nlu/infoMoment';

describe('practical questions', () => {
  it.each([
    ['Quels sont les horaires de la régie le mercredi ?', { service: 'regie', weekday: 'wed', wants: 'hours' }],
    ['horaires regie mercredi', { service: 'regie', weekday: 'wed', wants: 'hours' }],
    ['Est-ce que la mairie est ouverte maintenant ?', { service: 'mairie', when: 'now', wants: 'openNow' }],
    ['est-ce ouvert maintenant', { when: 'now', wants: 'openNow' }],
    ["c'est ouvert aujourd'hui ?", { when: 'today', wants: 'openNow' }],
    ['la régie ouvre à quelle heure demain', { service: 'regie', when: 'tomorrow', wants: 'opens' }],
    ['numéro de téléphone du guichet unique', { service: 'guichet_unique', wants: 'contact' }],
    ['numéro de la régie', { service: 'regie', wants: 'contact' }],
    ['mail de la régie', { service: 'regie', wants: 'contact' }],
    ['e-mail de la mairie', { service: 'mairie', wants: 'contact' }],
    ["comment joindre l'état civil", { service: 'etat_civil', wants: 'contact' }],
    ["adresse de l'hôtel de ville", { service: 'mairie', wants: 'address' }],
    ['où est le service état civil', { service: 'etat_civil', wants: 'address' }],
    ["adresse mail de la régie", { service: 'regie', wants: 'contact' }],
    ["horaires de l'accueil du soir", { service: 'periscolaire', wants: 'hours' }],
    ['horaires du SEJ le lundi', { service: 'sej', weekday: 'mon', wants: 'hours' }],
    ['horaires pour la clé enfance', { service: 'inscriptions', wants: 'hours' }],
    // « service enfance », « pôle enfance »: the SEJ (« petite enfance » is the crèches).
    ['numéro du service enfance', { service: 'sej', wants: 'contact' }],
    ['horaires du pôle enfance', { service: 'sej', wants: 'hours' }],
    ['horaires du service petite enfance', { other: 'nursery', wants: 'hours' }],
    ['HORAIRES', { wants: 'hours' }],
  ])('« %s »', (text, expected) => {
    expect(parseInfoQuery(text)).toEqual(expected);
  });

  it('reads « demain » as tomorrow and « après-demain » as the day after', () => {
    expect(parseInfoQuery('ouvert demain ?').when).toBe('tomorrow');
    expect(parseInfoQuery('ouvert après-demain ?').when).toBe('afterTomorrow');
  });
});

describe('parseInfoQuery: service, day, moment and what is wanted', () => {
  it.each([
    ['horaires de la régie le mercredi', { service: 'regie', weekday: 'wed', wants: 'hours' }],
    ['HORAIRES DE LA REGIE LE MERCREDI', { service: 'regie', weekday: 'wed', wants: 'hours' }],
    ['Est-ce que la mairie est ouverte maintenant ?', { service: 'mairie', when: 'now', wants: 'openNow' }],
    ['la mairie est fermée le samedi ?', { service: 'mairie', weekday: 'sat', wants: 'openNow' }],
    ['numéro de téléphone du guichet unique', { service: 'guichet_unique', wants: 'contact' }],
    ['tél mairie', { service: 'mairie', wants: 'contact' }],
    ["adresse de l'hôtel de ville", { service: 'mairie', wants: 'address' }],
    ['où est le service état civil', { service: 'etat_civil', wants: 'address' }],
    ['où est la mairie', { service: 'mairie', wants: 'address' }],
    ["horaires de l'accueil du soir", { service: 'periscolaire', wants: 'hours' }],
    ["horaires de l'accueil", { service: 'mairie', wants: 'hours' }],
    ['horaires de la mairie aujourd’hui', { service: 'mairie', when: 'today', wants: 'hours' }],
    ['permanence de la mairie le samedi', { service: 'mairie', weekday: 'sat', wants: 'hours' }],
    ["à quelle heure ouvre l'école", { service: 'scolaire', wants: 'opens' }],
    ['Horaires', { wants: 'hours' }],
  ])('« %s »', (text, expected) => {
    expect(parseInfoQuery(text)).toEqual(expected);
  });

  it.each([
    ['demain', 'tomorrow'],
    ['la régie est ouverte demain ?', 'tomorrow'],
    ["C'est ouvert demain ?", 'tomorrow'],
    ['après-demain', 'afterTomorrow'],
    ['ouvert apres demain', 'afterTomorrow'],
    ['la mairie est ouverte ce week-end ?', 'weekend'],
    ['maintenant', 'now'],
    ["aujourd'hui", 'today'],
    ['horaires du lundi', undefined],
  ])('« %s » → when %s', (text, when) => {
    expect(parseInfoQuery(text).when).toBe(when);
  });
});

describe('what is a practical question (something is wanted) and what is not', () => {
  /** How the info answer reads a query: without `wants`, the message only names a service or a day. */
  const looksLikeInfoQuery = (text: string) => parseInfoQuery(text).wants !== null;

  it.each([
    ['cantine', false],
    ['réserver la cantine mercredi', false],
    ['payer ma facture', false],
    ['je veux un acte de naissance', false],
    ['après-demain', false],
    ['où sont les toilettes', false],
    ['Horaires', true],
    ['horaires de la cantine', true],
    ['ouvert ce midi ?', true],
    ['téléphone de la régie', true],
    ['coordonnées du SEJ', true],
  ])('« %s » → %s', (text, expected) => {
    expect(looksLikeInfoQuery(text)).toBe(expected);
  });

  it('still notes the service and the day of a message that asks nothing', () => {
    expect(parseInfoQuery('réserver la cantine mercredi')).toEqual({ service: 'periscolaire', weekday: 'wed', wants: null });
    expect(parseInfoQuery('payer ma facture')).toEqual({ service: 'regie', wants: null });
    expect(parseInfoQuery('cantine')).toEqual({ service: 'periscolaire', wants: null });
  });
});

describe('parseInfoQuery: dates, holidays and times of day', () => {
  it.each([
    ['horaires de la régie le vendredi 25 décembre', { service: 'regie', weekday: 'fri', date: { day: 25, month: 12 }, wants: 'hours' }],
    ['mairie ouverte le 1er janvier ?', { service: 'mairie', date: { day: 1, month: 1 }, wants: 'openNow' }],
    ['ouvert le 25/12/2026 ?', { date: { day: 25, month: 12, year: 2026 }, wants: 'openNow' }],
    ['ouvert le 3 ?', { date: { day: 3 }, wants: 'openNow' }],
    ['mairie ouverte le lundi de Pâques ?', { service: 'mairie', holiday: 'easterMonday', wants: 'openNow' }],
    ['horaires à Noël', { holiday: 'christmas', wants: 'hours' }],
    ['horaires de la régie lundi prochain', { service: 'regie', weekday: 'mon', which: 'next', wants: 'hours' }],
    ['ouvert ce samedi ?', { weekday: 'sat', which: 'this', wants: 'openNow' }],
    ['est-ce ouvert mercredi à 17h ?', { weekday: 'wed', time: '17:00', wants: 'openNow' }],
    ['à midi et demi ?', { time: '12:30', wants: null }],
    ['ouvert ce midi ?', { time: '12:00', wants: 'openNow' }],
    ['mairie ouverte vers 14h30 ?', { service: 'mairie', time: '14:30', wants: 'openNow' }],
    ['ouvert à 9 heures et quart ?', { time: '09:15', wants: 'openNow' }],
    ['ouvert à 17 h 45 ?', { time: '17:45', wants: 'openNow' }],
    ['ouvert à 14:30 ?', { time: '14:30', wants: 'openNow' }],
    ['et demain ?', { when: 'tomorrow', wants: null }],
    ['et samedi ?', { weekday: 'sat', wants: null }],
    ['et lundi 25 ?', { weekday: 'mon', date: { day: 25 }, wants: null }],
    ['ouvert samedi 12 ?', { weekday: 'sat', date: { day: 12 }, wants: 'openNow' }],
    ['lundi 14h30', { weekday: 'mon', time: '14:30', wants: null }],
  ])('« %s »', (text, expected) => {
    expect(parseInfoQuery(text)).toEqual(expected);
  });

  it('does not read a time as a day of the month', () => {
    expect(parseInfoQuery('ouvert le mardi à 17 h ?').date).toBeUndefined();
  });
});

describe('followUp: « et demain ? » after an hours question', () => {
  const first = parseInfoQuery('la régie est ouverte mercredi à 17h ?');

  it.each([
    ['et demain ?', { service: 'regie', when: 'tomorrow', time: '17:00', wants: 'openNow' }],
    ['et samedi ?', { service: 'regie', weekday: 'sat', which: 'this', time: '17:00', wants: 'openNow' }],
    ['et à midi et demi ?', { service: 'regie', weekday: 'wed', time: '12:30', wants: 'openNow' }],
    ['et la mairie ?', { service: 'mairie', weekday: 'wed', time: '17:00', wants: 'openNow' }],
    ['horaires de samedi ?', { service: 'regie', weekday: 'sat', which: 'this', wants: 'hours' }],
    ['ouvert samedi ?', { service: 'regie', weekday: 'sat', which: 'this', wants: 'openNow' }],
    ['et samedi matin ?', { service: 'regie', weekday: 'sat', which: 'this', part: 'morning', wants: 'openNow' }],
  ])('« %s »', (text, expected) => {
    expect(followUp(first, parseInfoQuery(text))).toEqual(expected);
  });

  it('a weekday after a question about every such weekday stays general', () => {
    expect(followUp(parseInfoQuery('horaires de la régie le mercredi'), parseInfoQuery('et le samedi ?'))).toEqual({ service: 'regie', weekday: 'sat', wants: 'hours' });
  });

  it('a service alone after a contact question asks for its contact', () => {
    expect(followUp(parseInfoQuery('le numéro de la mairie'), parseInfoQuery('et la cantine ?'))).toEqual({ service: 'periscolaire', wants: 'contact' });
  });

  it('a day after a service the commune does not list asks for the commune’s own hours that day; its address asked next stays with it', () => {
    const police = parseInfoQuery('numero de la police municipale');
    expect(police.other).toBeDefined();
    const day = followUp(police, parseInfoQuery('c ferme le 24 decembre ?'));
    expect(day.other).toBeUndefined();
    expect(day.date).toEqual({ day: 24, month: 12 });
    expect(followUp(police, parseInfoQuery('et leur adresse ?')).other).toBe(police.other);
  });

  it.each([
    ['et le lendemain de noel ?', '2026-12-26'],
    ['la veille de Noël ?', '2026-12-24'],
    ['le jour après noël', '2026-12-26'],
    ['ouvert la veille du 1er janvier ?', '2026-12-31'],
    ['open the day after Christmas?', '2026-12-26'],
    ['and on Christmas Eve?', '2026-12-24'],
    ["open on New Year's Eve?", '2026-12-31'],
    ['open the day before January 1st?', '2026-12-31'],
  ])('« %s » after « ouvert le 14 décembre ? » is counted from the day it names (%s)', (text, day) => {
    const asked = followUp(parseInfoQuery('ouvert le 14 décembre ?'), parseInfoQuery(text));
    expect(hoursQuestion(asked, { day: '2026-12-05', time: '10:00' }, true)).toEqual({ kind: 'days', days: [day] });
  });

  it('« and the day after? » after « open on Friday December 18? » is the 19th', () => {
    const asked = followUp(parseInfoQuery('open on Friday December 18?'), parseInfoQuery('and the day after?'));
    expect(hoursQuestion(asked, { day: '2026-12-05', time: '10:00' }, true)).toEqual({ kind: 'days', days: ['2026-12-19'] });
  });

  it('« la veille ? » after Christmas asked is the 24th', () => {
    const asked = followUp(parseInfoQuery('c ouvert le 25 decembre ?'), parseInfoQuery('et la veille ?'));
    expect(hoursQuestion(asked, { day: '2026-12-05', time: '10:00' }, true)).toEqual({ kind: 'days', days: ['2026-12-24'] });
  });

  it('a day after a contact question asks for that day’s hours', () => {
    expect(followUp(parseInfoQuery('numéro de la régie'), parseInfoQuery('et demain ?'))).toEqual({ service: 'regie', when: 'tomorrow', wants: 'hours' });
  });
});

describe('asksForDeadlines', () => {
  it.each([
    "jusqu'à quand je peux annuler la cantine ?", 'pouvez vous me dire jusqu’à quand je peux annuler la cantine de jeudi', 'dans quel délai dois-je réserver la cantine ?',
    "Combien de temps à l'avance faut-il annuler ?", 'date limite pour annuler un repas ?', "c'est quoi le délai pour réserver la garderie",
  ])('« %s » asks for the booking deadlines', (text) => {
    expect(asksForDeadlines(text)).toBe(true);
  });

  it.each([
    "Bonjour, j'ai oublié de réserver le repas de ma fille pour demain. Je sais que le délai est court, mais est-il possible de l'ajouter malgré tout ?",
    'Jusqu’à quand peut-on s’inscrire sur les listes électorales pour voter ?', 'jai pas pu payer avant la date limite, je paye comment maintenant',
    'réserver la cantine jusqu’aux vacances', 'annuler la cantine de lundi', "le délai est passé, je peux encore réserver ?",
  ])('« %s » does not', (text) => {
    expect(asksForDeadlines(text)).toBe(false);
  });

  it('during a booking, « c’est quoi le délai ? » is enough', () => {
    expect(asksForDeadlines("c'est quoi le délai ?")).toBe(false);
    expect(asksForDeadlines("c'est quoi le délai ?", true)).toBe(true);
  });

  it.each(['c koi le delai pr annuler ?', 'c quoi le délai pour anuler', 'kel delai pr annuler ?', 'quel dlai pour annuler', 'c koi le dlai ?', 'kel est le délai pr reserver'])(
    'during a booking, the SMS spelling « %s » asks for them too',
    (text) => {
      expect(asksForDeadlines(text, true)).toBe(true);
    },
  );

  it.each(['c koi le delai pr annuler la cantine ?', 'kel dlai pr reserver la garderie'])('« %s » asks for them at the menu too (an activity named)', (text) => {
    expect(asksForDeadlines(text)).toBe(true);
  });
});
