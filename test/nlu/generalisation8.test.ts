/**
 * Round 8 of the held-out work (test/nlu/heldout8.jsonl): each kind of misreading fixed in general,
 * asserted on other phrasings of the same kind than the set's, with the near messages that must not change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
/** A Monday. */
const TODAY = '2027-03-01';
const read = (text: string, today = TODAY) => understand(text, { today, holidays, fallback: false, model: false });

describe('SMS words: short activities, « + », « sem », « jme », weekdays cut short', () => {
  it.each([
    ['cantoch lundi pour Léo', 'canteen'],
    ['pas de cant mardi pour Zoé', 'canteen'],
    ['accueil mat jeudi et vendredi', 'morning'],
    ['garderie mat le 9 mars', 'morning'],
  ])('« %s » names %s', (text, activity) => {
    expect(read(text).activity).toBe(activity);
  });

  it.each([
    ['absente hier + aujourd’hui, elle a de la fièvre', ['2027-02-28', '2027-03-01']],
    ['cantine mar + jeu pour Zoé', ['2027-03-02', '2027-03-04']],
    ['inscrire Léo à la cantine toute la sem pro', ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12', '2027-03-13', '2027-03-14']],
    ['garderie lu ma je semaine du 8 mars', ['2027-03-08', '2027-03-09', '2027-03-11']],
    ['garderie soir ven pour Tom', ['2027-03-05']],
    ['la mairie est ouverte sam matin ?', ['2027-03-06']],
    ['cantine du 8 au 12 mars sauf le jeu', ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-12']],
  ])('« %s » gives its days', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it.each([
    ['jpaye comment la facture de mars', 'pay_invoice'],
    ['oups jme suis trompé', 'abort'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    ['I cant come tomorrow', null, ['2027-03-02']],
    ['j’ai lu ma lettre, je veux la cantine lundi', 'canteen', ['2027-03-08']],
    ['appelez-moi au +33 6 12 34 56 78', null, []],
    ['une sortie à la mer jeudi', null, ['2027-03-04']],
  ])('« %s » stays as it was', (text, activity, dates) => {
    expect(read(text)).toMatchObject({ activity, dates });
  });
});

describe('« à l’exception du mercredi 24 », « sauf mardi 23 »: a weekday with its day takes that day away', () => {
  it.each([
    ['cantine du 22 au 26 mars sauf mardi 23', ['2027-03-22', '2027-03-24', '2027-03-25', '2027-03-26']],
    ['garderie du lundi 15 au vendredi 19 mars, à l’exception du jeudi 18', ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-19']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« sauf le vendredi 26 » stays as it was', () => {
    expect(read('cantine du 22 au 26 mars sauf le vendredi 26').dates).toEqual(['2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25']);
  });
});

describe('« chaque jeudi d’ici les vacances »: « d’ici » bounds a recurrence like « jusqu’à »', () => {
  it.each([
    ['cantine tous les lundis d’ici la fin du mois', ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29']],
    ['étude chaque vendredi d’ici les vacances de printemps', ['2027-03-05', '2027-03-12', '2027-03-19', '2027-03-26', '2027-04-02']],
    ['garderie tous les mardis d’ici le 23 mars', ['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« il faut payer d’ici le 10 mars ? » (a deadline) stays one day', () => {
    expect(read('il faut payer d’ici le 10 mars ?').dates).toEqual(['2027-03-10']);
  });
});

describe('a request after a past clause (the stop between them lost) asks its days', () => {
  it.each([
    ['la réunion a été reportée. Pouvez-vous inscrire Léa à la cantine jeudi ?', ['2027-03-04']],
    ['le spectacle a été déplacé merci de réserver la garderie vendredi', ['2027-03-05']],
    ['Mon planning a été modifié pourriez-vous plutôt réserver l’étude mardi ?', ['2027-03-02']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« il a eu de la fièvre jeudi » stays a day told in the past', () => {
    // Reported as an absence, the last Thursday (round 14, as heldout13's « a été absent lundi et mardi » is labelled), never the next.
    expect(read('il a eu de la fièvre jeudi').dates).toEqual(['2027-02-25']);
  });
});

describe('« cette semaine » asked about bookings is the whole week, Monday to Sunday', () => {
  const WEDNESDAY = '2027-03-03';
  const WEEK = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'];
  it.each(['qu’est-ce que j’ai réservé cette semaine ?', 'mes réservations de cette semaine', 'je voudrais voir le planning de Tom cette semaine'])('« %s »', (text) => {
    expect(read(text, WEDNESDAY)).toMatchObject({ intent: 'list_bookings', dates: WEEK });
  });

  it.each(['il est malade, absent cette semaine', 'inscrire Tom à la cantine cette semaine'])('« %s » keeps the days to come', (text) => {
    expect(read(text, WEDNESDAY).dates).toEqual(WEEK.slice(2));
  });
});

describe('weekdays over several ranges, and the weekdays of a context said before the request', () => {
  it.each([
    ['cantine les mardis et jeudis du 1er au 12 mars et du 22 au 26 mars', ['2027-03-02', '2027-03-04', '2027-03-09', '2027-03-11', '2027-03-23', '2027-03-25']],
    ['étude les lundis du 8 au 12 mars, du 22 au 26 mars et du 5 au 9 avril', ['2027-03-08', '2027-03-22', '2027-04-05']],
    [
      'je travaille de nuit les vendredis en mars. Pourriez-vous inscrire Léa à la garderie les vendredis du 1er au 12 mars ?',
      ['2027-03-05', '2027-03-12'],
    ],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it.each([
    ['cantine tous les lundis de mars', ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29']],
    ['cantine les mardis du 1er au 12 mars', ['2027-03-02', '2027-03-09']],
  ])('« %s » stays as it was', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('a meal as a moment of the day is not the cantine', () => {
  it.each(['la mairie est ouverte après le déjeuner ?', 'la régie est-elle ouverte à l’heure du déjeuner ?'])('« %s » names no activity', (text) => {
    expect(read(text).activity).toBeNull();
  });

  it.each(['réserver le repas de jeudi', 'le déjeuner de jeudi pour Tom'])('« %s » stays the cantine', (text) => {
    expect(read(text).activity).toBe('canteen');
  });
});

describe('what is asked, beside the reason told', () => {
  const cases = (rows: Array<[string, string]>) => (title: string) =>
    it.each(rows)(`« %s » is %s (${title})`, (text, intent) => {
      expect(read(text).intent).toBe(intent);
    });

  cases([
    ['mon mari est hospitalisé, garderie du soir toute la semaine pour Léo', 'book'],
    ['la maman de Jade est malade, est-ce qu’elle pourrait rester à la garderie ce soir ?', 'book'],
    ['je suis hospitalisée demain, pourriez-vous la laisser à l’étude jeudi et vendredi ?', 'book'],
    ['mon mari est hospitalisé et Léo a de la fièvre, il ne viendra pas demain', 'report_absence'],
    ['Léo est hospitalisé, garderie annulée toute la semaine', 'report_absence'],
  ])('a parent’s illness is the reason to keep the child');

  cases([
    ['à cause de sa maladie, Tom ne pourra plus aller à la cantine à partir du 4 janvier, merci d’annuler ses réservations', 'cancel_booking'],
    ['Léa est malade depuis longtemps, elle n’ira plus au centre à partir de mars, merci d’annuler', 'cancel_booking'],
    ['il est malade, merci d’annuler la cantine demain', 'report_absence'],
  ])('a stop for good is cancelled, whatever its reason');

  cases([
    ['pas de cantine pour Lou lundi, sa mamie la récup', 'report_absence'],
    ['pas de garderie mardi pour Tom, son papa le recup', 'report_absence'],
    ['Tom va pas à l’alsh mercredi, il a un tournoi', 'report_absence'],
    ['Lina pas au clsh mercredi, elle a un spectacle', 'report_absence'],
    ['My son has a cold and will stay home tomorrow', 'report_absence'],
    ['We are keeping her at home on Friday, she caught the flu', 'report_absence'],
    ['pas de cantine pour Lou lundi', 'cancel_booking'],
  ])('an activity missed for the child’s reason is an absence');

  cases([
    ['comment faire pour qu’il reste à l’étude le soir ?', 'book'],
    ['Comment faire pour que les jumeaux déjeunent à la cantine le vendredi ?', 'book'],
    ['mon planning change en avril, pouvez-vous inscrire Léo à la garderie les lundis ?', 'book'],
    ['je voudrais voir mon planning', 'list_bookings'],
    ['comment faire ?', 'help'],
  ])('a booking asked as « pour que … déjeunent », beside « mon planning change »');
});

describe('stops, off-topic questions, places, accounts, contacts, invoices, bookings asked', () => {
  it.each([
    ['annule tout, on verra ça plus tard', 'abort'],
    ['stop, on verra plus tard', 'abort'],
    ['bon, n’en parlons plus', 'abort'],
    ['oublions ça', 'abort'],
    ['combien de kilomètres pour aller à Lyon ?', 'unknown'],
    ['combien d’habitants dans la commune ?', 'unknown'],
    ['elle est où la mairie annexe ?', 'contact'],
    ['il est où le service scolaire, je dois déposer un dossier', 'contact'],
    ['comment je me fais un espace sur le site ?', 'create_account'],
    ['jme fais un compte comment ?', 'create_account'],
    ['j’arrive pas à me connecter, la page tourne en boucle', 'sign_in'],
    ['je n’arrive pas à me connecter, le site plante', 'sign_in'],
    ['je voudrais ajouter un second numéro de téléphone', 'update_contact'],
    ['ajouter le mail de mon mari comme autre contact', 'update_contact'],
    ['vous m’avez compté le repas alors qu’il était en sortie', 'list_invoices'],
    ['ils m’ont débité l’étude alors qu’elle était fermée', 'list_invoices'],
    ['elle a quelle activité demain ?', 'list_bookings'],
    ['quelle activité ont-ils jeudi ?', 'list_bookings'],
    ['pouvez-vous me dire les jours où Tom va à la cantine ?', 'list_bookings'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    ['annule la cantine de demain, on verra plus tard pour jeudi', 'cancel_booking'],
    ['combien coûte la cantine ?', 'list_invoices'],
    ['elle est où ma clé ?', 'unknown'],
    ['je n’arrive pas à me connecter, j’ai oublié mon mot de passe', 'forgot_password'],
    ['j’arrive pas à me connecter', 'forgot_password'],
    ['ajouter Léo à la cantine jeudi', 'book'],
    ['pouvez-vous me dire les jours où je peux inscrire Tom ?', 'book'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('« combien de kilomètres… ? » is not given an intent by the model', () => {
    expect(understand('Combien de kilomètres y a-t-il entre Lyon et Nice ?', { today: TODAY, holidays, fallback: false }).intent).toBe('unknown');
  });
});

describe('a recurrence typed in a hurry: « tous mercredi janvier » (no article, no « de »)', () => {
  it.each([
    ['centre loisir tous mercredi janvier', ['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27']],
    ['cantine tous mardis fevrier', ['2027-02-02', '2027-02-09', '2027-02-16', '2027-02-23']],
    ['garderie toutes les mercredis mai', ['2027-05-05', '2027-05-12', '2027-05-19', '2027-05-26']],
  ])('« %s »', (text, dates) => {
    expect(read(text, '2026-12-10').dates).toEqual(dates);
  });

  it('« cantine mercredi 6 janvier » stays one day', () => {
    expect(read('cantine mercredi 6 janvier', '2026-12-10').dates).toEqual(['2027-01-06']);
  });
});

describe('a range of short weekdays: « du lun au ven »', () => {
  it.each([
    ['garderie du lun au ven', ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']],
    ['garderie la semaine prochaine du lun au ven', ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']],
    ['cantine semaine pro de mar a jeu', ['2026-11-17', '2026-11-18', '2026-11-19']],
  ])('« %s »', (text, dates) => {
    expect(read(text, '2026-11-14').dates).toEqual(dates);
  });
});
