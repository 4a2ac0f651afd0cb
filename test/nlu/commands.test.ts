import { detectCommand, isGreeting } from '../../src/nlu/commands';
import { matchMenuChoice } from '../../src/nlu/menuChoice';

describe('words that work at any step', () => {
  it.each([
    ['Aide', 'help'],
    ["j'ai besoin d'aide svp", 'help'],
    ['?', 'help'],
    ['MENU', 'menu'],
    ['retour au menu', 'menu'],
    ['annuler', 'cancel'],
    ['Stop', 'cancel'],
    ['laisse tomber', 'cancel'],
    ['annule tout', 'cancel'],
    ["j'annule", 'cancel'],
    ["j'arrête", 'cancel'],
    ['on laisse tomber', 'cancel'],
    ['nan en fait laissez tomber', 'cancel'],
    ['non finalement laisse tomber', 'cancel'],
    ['bon en fait on arrête', 'cancel'],
    ["j'abandonne", 'cancel'],
    ['oubliez ça', 'cancel'],
    ["c'est pas la peine", 'cancel'],
    ['recommencer depuis le début', 'restart'],
    ['recommencer', 'restart'],
    ['on recommence', 'restart'],
    ["je voudrais parler à quelqu'un", 'human'],
    ['parler a qqn stp', 'human'],
    ['un conseiller', 'human'],
    ['changer de commune', 'changeCommune'],
    ['autre ville', 'changeCommune'],
  ])('« %s » → %s', (text, command) => {
    expect(detectCommand(text)).toBe(command);
  });

  it.each(['annuler la cantine de Léa vendredi', 'aide aux devoirs', 'menu de la cantine', '', 'bonjour'])('« %s » is not a command', (text) => {
    expect(detectCommand(text)).toBeUndefined();
  });

  it('ignores very long messages', () => {
    expect(detectCommand(`aide ${'x'.repeat(80)}`)).toBeUndefined();
  });

  it.each([
    ['Bonjour', true],
    ['bonjour !', true],
    ['Bonsoir madame', true],
    ['slt', true],
    ['bonjour je veux payer', false],
    [undefined, false],
  ])('« %s » only says hello: %s', (text, expected) => {
    expect(isGreeting(text)).toBe(expected);
  });
});

describe('main-menu choices', () => {
  it.each([
    ['Mes factures', 'invoices'],
    ['mes facture', 'invoices'],
    ['Démarches sans compte', 'requests'],
    ['demarche', 'requests'],
    ['Infos pratiques', 'info'],
    ['me connecter', 'signIn'],
    ['créer mon espace', 'createAccount'],
    ['réserver', 'booking'],
  ])('« %s » → %s', (text, item) => {
    expect(matchMenuChoice(text, undefined)).toBe(item);
  });

  it('takes a card submit value', () => {
    expect(matchMenuChoice(undefined, { menu: 'invoices' })).toBe('invoices');
    expect(matchMenuChoice('', { menu: 'booking' })).toBe('booking');
  });

  it.each([
    ['a number (read against the options shown, in dialogs/menu.ts)', '3', undefined],
    ['an unknown submit value', undefined, { menu: 'drop tables' }],
    ['a submit value of another shape', undefined, { menu: 3 }],
    ['unknown text', 'xyzzy', undefined],
    ['text naming two items', 'payer la cantine', undefined],
  ])('gives nothing for %s', (_what, text, value) => {
    expect(matchMenuChoice(text, value)).toBeUndefined();
  });
});

describe('commands as residents type them (accents, capitals, politeness, punctuation)', () => {
  it.each([
    ['Aide', 'help'],
    ['AIDE !', 'help'],
    ['aide svp', 'help'],
    ['Aidez-moi', 'help'],
    ['Aide ?', 'help'],
    ['??', 'help'],
    ['menu', 'menu'],
    ['Menu.', 'menu'],
    ['annuler', 'cancel'],
    ['ANNULER svp', 'cancel'],
    ['Arrêtez', 'cancel'],
    ['je veux annuler', 'cancel'],
    ['STOP!!!', 'cancel'],
    ['recommencer', 'restart'],
    ['Recommencer svp', 'restart'],
    ['depuis le début', 'restart'],
    ["je veux parler à quelqu'un", 'human'],
    ['Je veux parler à quelqu’un', 'human'],
    ["Je voudrais parler à quelqu'un s'il vous plaît", 'human'],
    ['parler à un humain', 'human'],
    ['changer de commune', 'changeCommune'],
    ['Changer de commune svp', 'changeCommune'],
    ['je ne suis pas dans cette commune', 'changeCommune'],
    ['me déconnecter', 'signOut'],
    ['Déconnexion', 'signOut'],
    ['langage simple', 'plainOn'],
    ['Je voudrais un langage plus simple svp', 'plainOn'],
    ['Pouvez-vous parler plus simplement ?', 'plainOn'],
    ['des phrases courtes', 'plainOn'],
    ['FALC', 'plainOn'],
    ['plain language', 'plainOn'],
    ['je ne parle pas bien français', 'plainOn'],
    ['je comprends pas très bien le francais', 'plainOn'],
    ['moi parler un peu français', 'plainOn'],
    ["mon français n'est pas très bon", 'plainOn'],
    ['moi pas parler francais bien', 'plainOn'],
    ['salam alikoum, moi pas parler francais', 'plainOn'],
    ['salam aleykoum moi pas comprendre français bcp', 'plainOn'],
    ['langage courant', 'plainOff'],
    ['english', 'english'],
    ['English please', 'english'],
    ['Can you speak English?', 'english'],
    ["I don't speak French", 'english'],
    ['en anglais svp', 'english'],
    ['I speak a little French', 'english'],
    ['my French is not very good', 'english'],
    ['français', 'french'],
    ['En français s’il vous plaît', 'french'],
    ['in French please', 'french'],
    ['arrêter les rappels', 'remindersStop'],
    ['Je ne veux plus de rappels', 'remindersStop'],
    ['stop reminders', 'remindersStop'],
    ['reprendre les rappels', 'remindersResume'],
    ['mes rappels', 'remindersList'],
    ['Parlez normalement', 'plainOff'],
    ['rappel recensement', 'censusOn'],
    ['Prévenez-moi pour le recensement', 'censusOn'],
    ['Je veux être prévenu des 16 ans', 'censusOn'],
    ['me rappeler le recensement svp', 'censusOn'],
    ['plus de rappel recensement', 'censusOff'],
    ['arrêter le rappel du recensement', 'censusOff'],
  ])('« %s » → %s', (text, command) => {
    expect(detectCommand(text)).toBe(command);
  });

  it.each([
    'annuler la cantine de Léa vendredi',
    'Annuler la réservation',
    'annuler ma réservation de mercredi',
    'aide pour payer',
    'menu cantine',
    'changer de commune pour la cantine de Léa',
    'merci',
    'non merci',
    'acte de naissance simple',
    'rappel de facture',
    'recensement',
    'faire le recensement de mon fils',
    'simple question sur la cantine',
    'au revoir',
    'cours d anglais pour mon fils',
    undefined,
  ])('« %s » stays a request (or nothing), not a command', (text) => {
    expect(detectCommand(text)).toBeUndefined();
  });
});
