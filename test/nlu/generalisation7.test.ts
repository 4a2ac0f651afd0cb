/**
 * Round 7 of the held-out work (test/nlu/heldout7.jsonl): each kind of misreading fixed in general,
 * asserted on other phrasings of the same kind than the set's, with the near messages that must not change.
 *
 * One label of set 7 was corrected to the conventions the other sets follow: line 209 (« ast pr ma fille qui part
 * en colo en espagne ») had no activity, where corpus.jsonl line 508 (« mon enfant part en colonie en Italie cet
 * été, il faut quel papier ? ») gives a colonie the holiday activity; it now has « holidays ».
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
/** A Wednesday. */
const TODAY = '2026-11-25';
const read = (text: string, today = TODAY) => understand(text, { today, holidays, fallback: false });

describe('an activity missed for a reason of the child’s is an absence', () => {
  it.each([
    'pas de cantine vendredi pour Lou, elle a orthophoniste',
    'Nina pas à la garderie du soir lundi, elle a un match',
    'Tom va pas au centre de loisirs mercredi, il a une compétition de judo',
    'pas d’accueil du matin jeudi, son père l’emmène',
    'mon fils pas d’étude mardi, on part chez ses grands-parents',
    'Sacha ne va pas à la cantine demain, sa grand-mère le garde',
    'enfant ophtalmo lundi, pas garderie',
  ])('« %s » reports an absence', (text) => {
    expect(read(text).intent).toBe('report_absence');
  });

  it.each([
    ['pas de cantine vendredi pour Lou', 'cancel_booking'],
    ['plus de garderie le soir à partir de lundi, je suis en télétravail', 'cancel_booking'],
    ['pas de cantine vendredi, elle a un rendez-vous, merci d’annuler', 'cancel_booking'],
    ['je voudrais inscrire Nina à la garderie lundi, elle a un match mardi', 'book'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('« il y a pas de cantine mercredi ? » asks, it neither reports an absence nor cancels', () => {
    expect(['report_absence', 'cancel_booking']).not.toContain(read('il y a pas de cantine mercredi ?').intent);
  });
});

describe('a cancellation said with « stop », « vire », « fini »', () => {
  it.each(['stop cantine à partir du 1er décembre', 'vire l’étude de vendredi', 'fini la garderie du matin pour Hugo', 'stop à la cantine le mardi'])(
    '« %s » cancels',
    (text) => {
      expect(read(text).intent).toBe('cancel_booking');
    },
  );

  it.each([
    ['stop', 'abort'],
    ['faire un virement pour la facture', 'pay_invoice'],
    ['je suis en télétravail vendredi, Tom ira à la garderie', 'book'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a question about what is booked, said in few words', () => {
  it.each([
    'on a bien réservé la garderie pour vendredi ?',
    'j’ai bien inscrit Léa à l’étude lundi ?',
    'elle a quoi comme activités la semaine prochaine',
    'il a bien la cantine demain ?',
    'je voudrais savoir quelles dates sont prises pour ma fille',
    'Which bookings have I got next week?',
    'Do we have any bookings on Friday?',
    'Pouvez-vous me dire ce qui est réservé ? Nous ne savons plus qui a réservé quoi.',
  ])('« %s » lists the bookings', (text) => {
    expect(read(text).intent).toBe('list_bookings');
  });

  it.each([
    ['je voudrais savoir quels jours je peux réserver la cantine', 'book'],
    ['Mon fils peut-il manger à la cantine vendredi ?', 'book'],
    ['j’ai bien réservé la cantine mais je veux annuler jeudi', 'cancel_booking'],
    ['je ne veux plus la cantine le vendredi', 'cancel_booking'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('help, stops and greetings in SMS and simple French', () => {
  it.each(['vous px m aider ?', 'keske tu peux faire', 'je sais pas utiliser ce site', 'moi pas savoir me servir, expliquez-moi'])('« %s » asks for help', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it.each(['abandonnez, c’est bon', 'on renonce', 'je renonce, merci', 'je laisse tomber, merci quand même'])('« %s » is a stop', (text) => {
    expect(read(text).intent).toBe('abort');
  });

  it.each(['bonsoir et bonnes fêtes !', 'meilleurs vœux à toute l’équipe', 'coucou, il y a quelqu’un ?', 'bonjour, vous êtes là ?'])('« %s » is a greeting', (text) => {
    expect(read(text).intent).toBe('greeting');
  });

  it.each([
    ['il y a quelqu’un ?', 'contact'],
    ['je veux parler à quelqu’un', 'contact'],
    ['bonne année, je voudrais inscrire Léo à la cantine lundi', 'book'],
    ['j’ai perdu mon mot de passe', 'forgot_password'],
    ['mon chien perdu, vous pouvez regarder ?', 'unknown'],
    ['je suis un peu perdue', 'help'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('asking how to reach the commune, whatever the subject', () => {
  it.each([
    'quelle est l’adresse mail pour les réservations de cantine ?',
    'à qui dois-je m’adresser pour un souci avec l’étude ?',
    'vous avez un numéro pour le centre de loisirs ?',
    'qui contacter pour une erreur sur mon inscription à la garderie ?',
    'existe-t-il une ligne directe pour le service scolaire ?',
  ])('« %s » is contact', (text) => {
    expect(read(text).intent).toBe('contact');
  });

  it.each([
    ['je voudrais changer mon adresse mail', 'update_contact'],
    ['inscrire Léa à la cantine lundi', 'book'],
    ['quel est mon numéro de dossier famille ?', 'family_key'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('the family key named « clé personnelle », new contact details given', () => {
  it.each(['on me demande une clé perso, je l’ai pas', 'où trouver ma clé personnelle ?', 'clé d’activation pas reçue'])('« %s » is the family key', (text) => {
    expect(read(text).intent).toBe('family_key');
  });

  it.each(['mail changé : lea.martin@example.org', 'nouveau numéro 07 12 34 56 78', 'mon portable a changé', 'j’ai changé d’adresse e-mail'])(
    '« %s » updates contact details',
    (text) => {
      expect(read(text).intent).toBe('update_contact');
    },
  );

  it.each([
    ['quel est le numéro de la mairie ?', 'contact'],
    ['inscrire Tom à la cantine le 7 décembre', 'book'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a long message: the question at its end decides', () => {
  it.each([
    ['Je dois déposer une déclaration de naissance. Je serai là vers 18h mardi, est-ce que ce sera encore ouvert ?', 'opening_hours'],
    ['Nous emménageons et je dois inscrire mon fils. Le service enfance est-il ouvert le samedi ?', 'opening_hours'],
    ['je n’arrive pas à me connecter, où est-ce qu’on saisit l’identifiant ?', 'sign_in'],
    ['J’ai créé mon compte hier mais je ne trouve pas le bouton pour me connecter.', 'sign_in'],
    ['J’avais désinscrit ma fille de la garderie, pourtant la facture de mars compte quand même ces soirs-là.', 'list_invoices'],
    ['Il me faut un relevé des factures de cantine payées en 2026 pour les impôts.', 'list_invoices'],
    ['Comment régler ma facture en ligne ? Je ne trouve pas où payer.', 'pay_invoice'],
    ['Quels papiers faut-il pour qu’un mineur sorte du territoire sans ses parents ?', 'parental_authorization'],
    ['Mon employeur veut un justificatif de domicile, pouvez-vous me le délivrer ?', 'address_change'],
    ['L’école nous a demandé l’attestation d’assurance de notre fils, où la déposer ?', 'upload_document'],
    ['Ma mère est hospitalisée cette semaine, je voudrais que Léa mange à la cantine jeudi.', 'book'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    ['les inscriptions pour l’été sont-elles ouvertes ?', 'book'],
    ['j’ai oublié mon mot de passe, où est-ce qu’on saisit l’identifiant ?', 'forgot_password'],
    ['je voudrais recevoir mes factures en ligne', 'e_invoice'],
    ['je vous envoie le justificatif de domicile', 'upload_document'],
    ['Léa est malade, elle ne mangera pas à la cantine jeudi', 'report_absence'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('English: signing named children up, the leisure centre', () => {
  it('« sign Tom and Lily up for … » books, the Wednesday leisure centre is the Wednesday activity', () => {
    expect(read('Could you sign Tom and Lily up for the Wednesday leisure centre on December 9?')).toMatchObject({ intent: 'book', activity: 'wednesday', dates: ['2026-12-09'] });
  });

  it('« the leisure centre » during the holidays is the holiday activity', () => {
    expect(read('please sign Emma up for the leisure centre from 21 to 23 December')).toMatchObject({ intent: 'book', activity: 'holidays', dates: ['2026-12-21', '2026-12-22', '2026-12-23'] });
  });
});

describe('days corrected in the same message', () => {
  it.each([
    ['cantine jeudi, non plutôt vendredi', ['2026-11-27']],
    ['garderie du soir le lundi 30 novembre, ou plutôt le mardi 1er décembre', ['2026-12-01']],
    ['étude mardi à annuler, euh non jeudi', ['2026-11-26']],
    ['inscrire Léa le 7 décembre, je me suis trompée, c’est le 8 décembre', ['2026-12-08']],
  ])('« %s » keeps the corrected day', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it.each([
    ['cantine jeudi et vendredi, plutôt le midi', ['2026-11-26', '2026-11-27']],
    ['je préfère le vendredi plutôt que le jeudi', ['2026-11-27']],
    ['cantine jeudi et vendredi', ['2026-11-26', '2026-11-27']],
  ])('« %s » keeps its days', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('days named by reference, in SMS, and with yesterday', () => {
  it('« cette semaine-là » is the week named before', () => {
    expect(read('Je pars en formation la semaine prochaine. Pourriez-vous inscrire Tom à la garderie mardi et jeudi de cette semaine-là ?').dates).toEqual(['2026-12-01', '2026-12-03']);
  });

  it('« cette semaine » alone is still this week', () => {
    expect(read('cantine jeudi et vendredi de cette semaine').dates).toEqual(['2026-11-26', '2026-11-27']);
  });

  it.each([
    ['absent hier et aujourd’hui, gastro', ['2026-11-24', '2026-11-25']],
    ['elle reste à la maison auj et dem', ['2026-11-25', '2026-11-26']],
  ])('« %s » reads %j', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« vac de Noël » is the Christmas holidays', () => {
    expect(read('centre aéré vac de Noël').dates).toEqual(read('centre aéré vacances de Noël').dates);
    expect(read('centre aéré vac de Noël').dates.length).toBeGreaterThan(7);
  });

  it('yesterday beside days to come stays the story', () => {
    expect(read('il est tombé hier, il ne viendra pas demain').dates).toEqual(['2026-11-26']);
  });
});

describe('a recurrence runs over its own bound; a period told before a request is context', () => {
  it('« je reprends le travail la semaine prochaine… tous les mardis jusqu’aux vacances de Noël » gives the Tuesdays only', () => {
    expect(read('Je reprends le travail la semaine prochaine. Pourriez-vous inscrire Léa à l’étude tous les mardis jusqu’aux vacances de Noël ?').dates).toEqual([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
    ]);
  });

  it('« toute la semaine prochaine et les mardis de janvier » keeps both', () => {
    expect(read('cantine toute la semaine prochaine et les mardis de janvier').dates).toEqual([
      '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06',
      '2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26',
    ]);
  });
});

describe('a month in a démarche is when it happens, not days; the holiday centre by the day', () => {
  it.each(['Ma fille aura 16 ans en mars, quand faire le recensement ?', 'mon fils a 16 ans le mois prochain, recensement ?'])('« %s » has no days', (text) => {
    expect(read(text)).toMatchObject({ intent: 'citizen_census', dates: [] });
  });

  it('a month of bookings still gives its days', () => {
    expect(read('cantine tous les jours le mois prochain').dates.length).toBeGreaterThan(20);
  });

  it.each([
    ['combien coûte l’accueil de loisirs à la semaine ?', 'holidays'],
    ['le centre de loisirs le mercredi à la journée, c’est combien ?', 'wednesday'],
    ['Je voudrais inscrire Léo au centre de loisirs le mercredi 22 juillet', 'holidays'],
    ['inscrire Léo au centre de loisirs le mercredi 9 décembre', 'wednesday'],
  ])('« %s » is the %s activity', (text, activity) => {
    expect(read(text, '2026-11-25').activity).toBe(activity);
  });
});
