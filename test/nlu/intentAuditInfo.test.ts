/**
 * Papers, contact details, the commune's hours and ways to reach it, help, greetings, thanks, stops and what is not ours,
 * every way residents write them (see intentAudit.test.ts). Today is Monday 7 December 2026 unless a row says otherwise.
 */
import { checkIntents, MONDAY, row } from '../support/intentTable';

describe('a paper to send', () => {
  checkIntents([
    row('envoyer un justificatif', 'upload_document'),
    row('deposer attestation caf', 'upload_document'),
    row('ou je mets le certificat medical', 'upload_document'),
    row('how do I upload a document?', 'upload_document'),
    row('moi envoyer papier impots', 'upload_document'),
    row("Bonjour, on me demande un justificatif de domicile de moins de 3 mois pour le dossier de cantine. Je l'ai en PDF, comment vous le transmettre ?", 'upload_document'),
    row("je vous envoie l'avis d'imposition 2025 comment", 'upload_document'),
    row('pj attestation assurance', 'upload_document'),
    row('scanner le jugement de divorce et l envoyer ou ?', 'upload_document'),
    row('I need to send you my tax notice', 'upload_document'),
    row("la photo du carnet de vaccination c'est ou que je l'envoie", 'upload_document'),
    row('ajouter un document dans mon espace', 'upload_document'),
    row('transmettre attestation employeur', 'upload_document'),
    row("la caf m'a donné une nouvelle attestation, je vous la fais passer comment ?", 'upload_document'),
    row("le pediatre a fait le PAI, je vous l'envoie par ou ?", 'upload_document'),
    row("j'ai le justificatif en photo sur mon tel", 'upload_document'),
    row('Où dois-je déposer la copie du jugement de garde ?', 'upload_document'),
    row('can I send the CAF certificate by email?', 'upload_document'),
    row("Bonjour, le service enfance m'a écrit qu'il manquait l'attestation d'assurance extrascolaire pour Tom. Je l'ai reçue ce matin de l'assureur, comment je vous la fais parvenir ?", 'upload_document', [], MONDAY,
      'dates, not the intent: « je l’ai reçue ce matin », told in the past, gives today'),
    row("mon numero allocataire c'est 7654321, je le mets ou ?", 'upload_document'),
  ]);
});

describe('contact details changed', () => {
  checkIntents([
    row('changer mon numero', 'update_contact'),
    row('nouveau numero 06 12 34 56 78', 'update_contact'),
    row("j'ai déménagé", 'update_contact'),
    row("I've moved, my new address is 12 rue des Lilas 78955", 'update_contact'),
    row('modifier mon adresse mail', 'update_contact'),
    row('moi changer téléphone 07 81 22 45 90', 'update_contact'),
    row('Bonjour, suite à mon divorce je ne vis plus au 5 rue Pasteur. Ma nouvelle adresse est 22 avenue de la Gare, 78955 Carrières. Merci de mettre à jour mon dossier.', 'update_contact'),
    row("mon mail a changé c'est maintenant lea.dupont@orange.fr", 'update_contact'),
    row('mettre a jour mes coordonnees', 'update_contact'),
    row('ajouter le numero du papa 06 45 78 12 33', 'update_contact'),
    row('mon tel est faux dans le dossier', 'update_contact'),
    row("changed my phone number, it's 07 12 34 56 78 now", 'update_contact'),
    row('nouvelle adresse 3 allee des tilleuls', 'update_contact'),
    row('cambié mi número de teléfono: 06 22 33 44 55', 'update_contact'),
    row("on n'habite plus rue Pasteur", 'update_contact'),
    row('mon numero c plus le 06 12 34 56 78 mais le 07 98 76 54 32', 'update_contact'),
    row("Bonjour, je me suis remariée et j'ai changé de nom et d'adresse mail.", 'update_contact'),
    row('il faut que je mette mon nouveau portable dans mon dossier', 'update_contact'),
    row('we have a new phone number: 06 55 44 33 22', 'update_contact'),
    row('Bonjour, depuis la semaine dernière nous habitons au 8 rue des Écoles, toujours à Carrières. Pouvez-vous faire le changement dans notre dossier ?', 'update_contact'),
    row("mon adresse mail c'est toujours l'ancienne dans le dossier", 'update_contact'),
  ]);
});

describe('opening hours', () => {
  checkIntents([
    row('horaires mairie', 'opening_hours'),
    row('mairie ouverte samedi ?', 'opening_hours', ['2026-12-12']),
    row('a quelle heure ferme la regie', 'opening_hours'),
    row('what time does the town hall open?', 'opening_hours'),
    row('moi venir mairie quelle heure ?', 'opening_hours'),
    row("Bonjour, je travaille jusqu'à 18h tous les jours. Est-ce que le service scolaire reste ouvert en fin de journée ?", 'opening_hours'),
    row('vous etes ouvert demain ?', 'opening_hours', ['2026-12-08']),
    row('la mairie ouvre a 8h30 ?', 'opening_hours'),
    row('c ouvert entre midi et deux ?', 'opening_hours'),
    row('horarios de la mairie por favor', 'opening_hours'),
    row('le guichet unique ferme a quelle heure ce soir', 'opening_hours', [MONDAY]),
    row('opening hours of the mairie', 'opening_hours'),
    row("horaires d'ouverture du service enfance", 'opening_hours'),
    row('permanence du samedi matin c quand', 'opening_hours'),
    row('quand est ce que je peux passer au guichet', 'opening_hours'),
    row('vous fermez a midi ?', 'opening_hours'),
    row("jusqu'a quand je peux passer aujourd'hui", 'opening_hours', ['2026-12-07']),
    row('la mairie annexe c ouvert le matin ?', 'opening_hours'),
    row('a partir de quelle heure on peut venir deposer un dossier ?', 'opening_hours'),
    row('is the office open at lunchtime?', 'opening_hours'),
    row("Bonjour, je finis le travail à 17h30 à Poissy, est-ce que j'aurai le temps de passer à la régie avant la fermeture ?", 'opening_hours'),
    row('horaires garderie du soir', 'opening_hours'),
  ]);
});

describe('reaching the commune', () => {
  checkIntents([
    row('numero de la mairie', 'contact'),
    row('je veux parler a quelqu un', 'contact'),
    row('mail du service scolaire', 'contact'),
    row('can I speak to a human?', 'contact'),
    row('moi parler personne mairie', 'contact'),
    row('adresse de la mairie', 'contact'),
    row('Bonjour, mon fils se fait embêter à la cantine depuis plusieurs jours par un plus grand. Je voudrais en parler avec le responsable du périscolaire, comment le joindre ?', 'contact'),
    row('le 01 39 22 36 00 ne repond jamais, y a un autre numero ?', 'contact'),
    row('rdv avec le service enfance', 'contact'),
    row('rappelez moi au 06 11 22 33 44 svp', 'contact'),
    row('how can I contact the school services?', 'contact'),
    row('quiero hablar con una persona', 'contact'),
    row('tel du centre de loisirs', 'contact'),
    row('jveux un vrai humain pas un robot', 'contact'),
    row('ou se trouve le guichet unique', 'contact'),
    row("je voudrais ecrire au service periscolaire, vous avez l'adresse mail ?", 'contact'),
    row('y a un numero ou on peut vous appeler ?', 'contact'),
    row("je veux me plaindre de l'animatrice", 'contact'),
    row('passez moi le responsable', 'contact'),
    row('who should I call about the canteen menu?', 'contact'),
    row("Bonjour, ma fille m'a dit qu'elle s'était fait mordre par un autre enfant à la garderie et personne ne m'a prévenue. Je voudrais en parler à la directrice de l'accueil.", 'contact'),
    row('cest qui le responsable de la cantine', 'contact'),
  ]);
});

describe('help', () => {
  checkIntents([
    row('aide', 'help'),
    row('help', 'help'),
    row('tu sers a quoi', 'help'),
    row('je comprends rien', 'help'),
    row('what can you do?', 'help'),
    row('moi pas comprendre', 'help'),
    row('comment ca marche', 'help'),
    row("Bonjour, c'est la première fois que j'utilise ce service, ma voisine m'a donné ce numéro. Je ne sais pas trop ce que je peux vous demander.", 'help'),
    row('ayuda por favor', 'help'),
    row('ajuda por favor', 'help'),
    row('?', 'help'),
    row('menu', 'help'),
    row('que puis je faire ici', 'help'),
    row('jsuis perdue', 'help'),
    row('je sais pas quoi faire', 'help'),
    row("vous pouvez m'aider ?", 'help'),
    row('tu peux faire quoi pour moi', 'help'),
    row('je suis nouvelle ici, comment ça fonctionne ?', 'help'),
    row("Bonjour, je suis la nounou de Léo et Jade, leur maman m'a dit de passer par vous mais je ne sais pas ce que je peux faire exactement.", 'help'),
  ]);
});

describe('greetings', () => {
  checkIntents([
    row('bonjour', 'greeting'),
    row('bjr', 'greeting'),
    row('slt', 'greeting'),
    row('hello', 'greeting'),
    row('good morning', 'greeting'),
    row('hola', 'greeting'),
    row('bom dia', 'greeting'),
    row('salam', 'greeting'),
    row('salam aleykoum', 'greeting'),
    row("Bonsoir madame, j'espère que vous allez bien.", 'greeting'),
    row('coucou la mairie', 'greeting'),
    row('wesh', 'greeting'),
    row('bonjour ya quelqu un ?', 'greeting'),
    row('hi there', 'greeting'),
    row('re bonjour', 'greeting'),
    row("salut c'est la maman de Lina", 'greeting'),
    row("bonjour madame, c'est encore moi", 'greeting'),
    row("Bonjour, je m'appelle Fatou Diallo.", 'greeting'),
    row('hey', 'greeting'),
  ]);
});

describe('stopping', () => {
  checkIntents([
    row('stop', 'abort'),
    row('laisse tomber', 'abort'),
    row('annule', 'abort'),
    row('non c bon', 'abort'),
    row('forget it', 'abort'),
    row('moi arreter', 'abort'),
    row('je veux plus continuer', 'abort'),
    row('ok laissez tomber je passerai a la mairie', 'abort'),
    row("oubliez ce que j'ai dit", 'abort'),
    row('cancel', 'abort'),
    row('finalement non merci', 'abort'),
    row('basta', 'abort'),
    row('on arrete la', 'abort'),
    row('jabandonne', 'abort'),
    row('non merci ca ira', 'abort'),
    row('bon tant pis', 'abort'),
    row('jveux pas en fait', 'abort'),
    row('arrête tout', 'abort'),
    row('no thanks', 'abort'),
    row('je reviendrai plus tard', 'abort'),
    row("Ah non en fait c'est bon, j'ai trouvé la réponse sur le site, merci quand même", 'abort'),
  ]);
});

describe('thanks, talk and what is not ours', () => {
  checkIntents([
    row('merci', 'unknown'),
    row('merci beaucoup bonne journée', 'unknown'),
    row('thanks', 'unknown'),
    row('ok', 'unknown'),
    row('quel temps demain', 'unknown', ['2026-12-08']),
    row('ou acheter du pain', 'unknown'),
    row("mon code postal c'est 78955", 'unknown'),
    row("j'ai 34 ans", 'unknown'),
    row('qui a gagné le match', 'unknown'),
    row('choukran', 'unknown'),
    row('gracias', 'unknown'),
    row('obrigado', 'unknown'),
    row('lol', 'unknown'),
    row('tu es un robot ?', 'unknown'),
    row('ma voisine a un chien qui aboie toute la nuit', 'unknown'),
    row('06 12 34 56 78', 'unknown'),
    row('ok merci bcp', 'unknown'),
    row("d'accord", 'unknown'),
    row("il y a une fuite d'eau dans ma rue", 'unknown'),
    row('super, c est noté', 'unknown'),
    row('vous avez vu le match de 21h ?', 'unknown'),
    row("Bonjour, je voulais juste vous dire que le spectacle de Noël de l'école était magnifique, bravo aux animateurs !", 'unknown'),
    row('ou est la decheterie de la ville ?', 'unknown'),
    row('vous connaissez de bonnes adresses pour un anniversaire d enfant ?', 'unknown'),
    row("mon numero de secu c'est le 1 85 07 78 123 456 78", 'unknown'),
  ]);
});
