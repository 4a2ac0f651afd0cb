/**
 * First names common in France (folded: lower case, no accents), to tell a first name from a last
 * name when both are typed at one question (« Haddad Karim »). Not every first name: a name not
 * listed is simply not split. Some are last names too (« Thomas », « Robert »): two listed words are not split either.
 */
import { fold } from './yesNo';

const FIRST_NAMES: ReadonlySet<string> = new Set([
  'aaron', 'abdallah', 'abdel', 'abdelkader', 'abdou', 'abdoulaye', 'achille', 'adam', 'adama', 'adel', 'adrien', 'ahmed', 'aicha', 'aida', 'akim',
  'alain', 'alan', 'albert', 'alexandra', 'alexandre', 'alexia', 'alexis', 'ali', 'alice', 'alicia', 'aline', 'alix', 'amadou', 'amandine', 'amel',
  'amelie', 'amina', 'amine', 'amir', 'amira', 'anais', 'anas', 'andre', 'andrea', 'ange', 'angela', 'angelique', 'anissa', 'anna', 'anne', 'annie',
  'antoine', 'antonin', 'apolline', 'arnaud', 'arthur', 'assia', 'aurelie', 'aurelien', 'axel', 'aya', 'ayoub', 'baptiste', 'barbara', 'bastien',
  'benjamin', 'benoit', 'bernadette', 'bertrand', 'bilal', 'blanche', 'boris', 'brigitte', 'bruno', 'camille', 'capucine', 'carla', 'carole',
  'caroline', 'catherine', 'cecile', 'celia', 'celine', 'chantal', 'charles', 'charlotte', 'chloe', 'christian', 'christine', 'christophe', 'claire',
  'clara', 'claude', 'clemence', 'clement', 'colette', 'coralie', 'corentin', 'cyril', 'damien', 'daniel', 'danielle', 'david', 'delphine', 'denis',
  'diane', 'didier', 'dimitri', 'djamel', 'dominique', 'dylan', 'eden', 'edouard', 'elias', 'elie', 'eliott', 'elisa', 'elise', 'ella', 'elodie',
  'eloise', 'elsa', 'emile', 'emilie', 'emma', 'emmanuel', 'emmanuelle', 'enzo', 'eric', 'erwan', 'estelle', 'ethan', 'etienne', 'eva', 'evan',
  'fabien', 'fabienne', 'fabrice', 'fanny', 'farah', 'farid', 'fatima', 'fatou', 'fatoumata', 'florence', 'florent', 'florian', 'francis', 'franck',
  'francois', 'francoise', 'frederic', 'gabin', 'gabriel', 'gabrielle', 'gael', 'gaelle', 'gaspard', 'gauthier', 'genevieve', 'georges', 'geraldine',
  'gerard', 'gilles', 'gisele', 'gregory', 'guillaume', 'guy', 'hamid', 'hamza', 'hannah', 'hassan', 'helene', 'henri', 'herve', 'hicham', 'hichem',
  'hugo', 'ibrahim', 'ilan', 'ilyes', 'imane', 'ines', 'irene', 'isabelle', 'ismael', 'issa', 'jacqueline', 'jacques', 'jade', 'jamel', 'jean',
  'jeanne', 'jeremy', 'jerome', 'jessica', 'joel', 'johanna', 'jordan', 'joseph', 'josephine', 'josette', 'jules', 'julia', 'julie', 'julien',
  'juliette', 'justine', 'kader', 'kamel', 'karim', 'karima', 'karine', 'kenza', 'kevin', 'khadija', 'lamia', 'laura', 'laure', 'laurence', 'laurent',
  'lea', 'leila', 'lena', 'leo', 'leon', 'leonie', 'liam', 'lina', 'lisa', 'lola', 'louis', 'louise', 'luc', 'luca', 'lucas', 'lucie', 'lucien',
  'lucille', 'lyna', 'madeleine', 'malik', 'manon', 'marc', 'marcel', 'margaux', 'marguerite', 'maria', 'marie', 'marine', 'mario', 'marion', 'marius',
  'martine', 'mathieu', 'mathilde', 'mathis', 'matteo', 'maxime', 'medhi', 'mehdi', 'melanie', 'melissa', 'michel', 'michele', 'mickael', 'mila',
  'milo', 'mohamed', 'mohammed', 'monique', 'morgane', 'moussa', 'mustapha', 'myriam', 'nabil', 'nadia', 'nadine', 'nael', 'naim', 'nathalie',
  'nathan', 'nicolas', 'nicole', 'nina', 'noah', 'noe', 'noemie', 'nora', 'nordine', 'oceane', 'odile', 'olivier', 'omar', 'oscar', 'pascal',
  'pascale', 'patricia', 'patrick', 'paul', 'pauline', 'philippe', 'pierre', 'rachid', 'rafael', 'raphael', 'rayan', 'regis', 'remi', 'renee',
  'richard', 'robert', 'robin', 'rodrigue', 'romain', 'romane', 'rosa', 'rose', 'ryan', 'sabine', 'sabrina', 'sacha', 'safia', 'salma', 'salome',
  'samia', 'samir', 'samuel', 'sandra', 'sandrine', 'sara', 'sarah', 'sebastien', 'serge', 'simon', 'simone', 'slimane', 'sofia', 'sofiane', 'solene',
  'sonia', 'sophie', 'stephane', 'stephanie', 'suzanne', 'sylvain', 'sylvia', 'sylvie', 'tania', 'theo', 'thibault', 'thierry', 'thomas', 'timothee',
  'tom', 'valentin', 'valerie', 'vanessa', 'victoire', 'victor', 'vincent', 'virginie', 'xavier', 'yacine', 'yanis', 'yann', 'yannick', 'yasmine',
  'yassine', 'yves', 'yvette', 'yvonne', 'zakaria', 'zineb', 'zoe',
  // Common in English (« John Smith » typed by a resident writing in English).
  'amy', 'andrew', 'anthony', 'brian', 'christopher', 'donald', 'edward', 'elizabeth', 'emily', 'george', 'harry', 'helen', 'jack', 'james',
  'jennifer', 'john', 'joshua', 'kate', 'linda', 'margaret', 'mary', 'matthew', 'michael', 'oliver', 'olivia', 'peter', 'steven', 'susan', 'william',
]);

/** « Karim », « jean-pierre », « Anne-Sophie »: a first name listed (each part of a compound one). */
export function isKnownFirstName(word: string): boolean {
  const parts = fold(word).split(/[\s-]+/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => FIRST_NAMES.has(p));
}

/**
 * First names that are also among the most frequent French last names (« Bernard », « Thomas », « Martin », « Robert »), listed
 * above or not (not « Paul », « Lucas »: rarer as last names): two such words (« bernard thomas ») cannot be told apart by a first name known.
 */
const LAST_NAMES_TOO: ReadonlySet<string> = new Set([
  'bernard', 'thomas', 'martin', 'robert', 'richard', 'simon', 'laurent', 'michel', 'david', 'bertrand', 'vincent', 'lambert', 'andre',
  'francois', 'nicolas', 'henry', 'mathieu', 'gerard',
]);

/** « bernard », « Thomas »: a first name that is a usual last name too. */
export const isLastNameToo = (word: string): boolean => LAST_NAMES_TOO.has(fold(word));

/** The first names that end like a plural (« Lucas », « Jules », « Alix »): after a number, a name, not what it counts. */
export const PLURAL_LOOKING_NAMES: readonly string[] = [...FIRST_NAMES].filter((n) => /[sx]$/.test(n));
