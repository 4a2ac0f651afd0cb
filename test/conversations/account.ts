/**
 * Account tasks: create the space (six answers, the read-back, the e-mailed code), sign in, and
 * link the family file with the family key (Web Chat; by SMS the key is never asked, by design).
 */
import { accountRow, cross, signedInAs } from './checks';
import type { Conversation, Ctx, Turn } from './runner';

const email = (c: Ctx) => c.resident.email;
const code = (c: Ctx) => c.code();

/** The account exists, its e-mail confirmed, with these names, and the conversation is signed in to it. */
const created = (civility: string, last: string, first: string) => async (c: Ctx) => {
  const a = await accountRow(c.core, c.resident.email);
  if (!a) return 'no account was created';
  if (!a.verified) return 'the e-mail was not confirmed';
  if (a.civility !== civility || a.last.toUpperCase() !== last || a.first.toLowerCase() !== first.toLowerCase()) return `the account reads ${a.civility} ${a.first} ${a.last}`;
  if (!(await signedInAs(c.core, a.id))) return 'the new account is not signed in';
  return undefined;
};

const CREATE_OPENERS = ['creer mon espace', "je n'ai pas encore de compte", 'je voudrais ouvrir un compte svp', 'creation de compte', 'bonjour, je voudrais creer un compte', 'Créer mon espace'];

const CREATE_STYLES: Array<{ style: string; turns: Turn[]; civility: string; last: string; first: string }> = [
  { style: 'answers as asked', turns: ['madame', 'durand', 'julie', email, '0612345678', '3 rue verte 78955 carrieres', 'oui', code], civility: 'madame', last: 'DURAND', first: 'Julie' },
  { style: 'numbers and capitals', turns: ['2', 'MARTIN', 'Paul', (c) => c.resident.email.toUpperCase(), '06 12 34 56 78', '12 av de la gare 78955 Carrières-sous-Poissy', 'ouais', code], civility: 'monsieur', last: 'MARTIN', first: 'Paul' },
  {
    style: 'a wrong e-mail, then a correction at the read-back',
    turns: ['mme', 'Durand', 'Julie', 'julie@', email, '+33 6 12 34 56 78', '3 rue Verte 78955 Carrieres', 'non', 'telephone', '07 00 00 00 01', "c'est bon", code],
    civility: 'madame', last: 'DURAND', first: 'Julie',
  },
  { style: 'the e-mail in a sentence', turns: ['madame', 'durand', 'julie', (c) => `mon mail c'est ${c.resident.email}`, '0612345678', '3 rue verte 78955 carrieres', 'oui', (c) => `le code est ${c.code()}`], civility: 'madame', last: 'DURAND', first: 'Julie' },
  { style: 'a practical question in the middle', turns: ['Monsieur', 'Bernard', 'la mairie est ouverte samedi ?', 'Luc', email, '0700000002', '5 place de la mairie 78955 carrieres', 'oui', code], civility: 'monsieur', last: 'BERNARD', first: 'Luc' },
];

const createAccount: Conversation[] = cross(CREATE_OPENERS, CREATE_STYLES).map(([opener, s]) => ({
  task: 'create space',
  name: `« ${opener} », ${s.style}`,
  given: 'guest',
  turns: [opener, ...s.turns],
  outcome: created(s.civility, s.last, s.first),
}));

/** A task that needs an account, then « je n'ai pas de compte » where the sign-in asks the e-mail: the space is created. */
const NO_ACCOUNT_OPENERS = ['payer ma facture', 'mes factures', 'reserver la cantine mardi'];
const NO_ACCOUNT_SAYINGS: Turn[][] = [["je n'ai pas de compte"], ["j'ai pas d'espace"], ['jsp', 'pas encore de compte'], ['je me suis jamais inscrit'], ["c'est la premiere fois"], ['jsuis nouvelle']];
const noAccountYet: Conversation[] = cross(NO_ACCOUNT_OPENERS, NO_ACCOUNT_SAYINGS).map(([opener, saying]) => ({
  task: 'create space',
  name: `« ${opener} », then « ${saying.map(String).join(' », « ')} » at the sign-in`,
  given: 'guest',
  turns: [opener, ...saying, 'madame', 'durand', 'julie', email, '0612345678', '3 rue verte 78955 carrieres', 'oui', code],
  outcome: created('madame', 'DURAND', 'Julie'),
}));

const SIGN_IN_OPENERS = ['me connecter', 'connexion', 'je veux acceder a mon espace', 'login', 'je voudrais me conecter', 'bonjour je veux me connecter a mon compte svp'];
const SIGN_IN_STYLES: Array<{ style: string; turns: Turn[] }> = [
  { style: 'e-mail and code as asked', turns: [email, code] },
  { style: 'e-mail in capitals with spaces, code with a space', turns: [(c) => ` ${c.resident.email.toUpperCase()} `, (c) => `${c.code().slice(0, 3)} ${c.code().slice(3)}`] },
  { style: 'the code in a sentence', turns: [(c) => `mon mail c'est ${c.resident.email}`, (c) => `le code est ${c.code()}`] },
  // The dead ends' phrasings, measured (deadends branch): the e-mail and the code said in sentences.
  { style: "« c'est » the e-mail, « voila le code : »", turns: [(c) => `c'est ${c.resident.email}`, (c) => `voila le code : ${c.code().slice(0, 3)} ${c.code().slice(3)}`] },
  { style: '« voici mon adresse : » the e-mail.', turns: [(c) => `voici mon adresse : ${c.resident.email}.`, (c) => `${c.code()} merci`] },
];

const signIn: Conversation[] = cross(SIGN_IN_OPENERS, SIGN_IN_STYLES).map(([opener, s]) => ({
  task: 'sign in',
  name: `« ${opener} », ${s.style}`,
  given: 'account',
  turns: [opener, ...s.turns],
  outcome: async (c) => ((await signedInAs(c.core, c.resident.account!.id)) ? undefined : 'not signed in'),
}));

/** The family file is linked to the account. */
const linked = async (c: Ctx) => {
  const a = await accountRow(c.core, c.resident.email);
  return a?.household === c.resident.household!.id ? undefined : `the account is linked to ${a?.household ?? 'nothing'}`;
};
const issueKey = async (c: Ctx) => {
  c.data.key = (await c.core.service.issueFamilyKey('carrieres-sous-poissy', c.resident.fileNumber)).key;
};
const key = (c: Ctx) => String(c.data.key);

const KEY_OPENERS = ['cle enfance', "j'ai recu un code par courrier", 'relier mon dossier famille', 'code famille', 'je voudrais rattacher mon compte', 'Relier mon dossier famille (Clé Enfance)'];
const KEY_STYLES: Array<{ style: string; turn: Turn }> = [
  { style: 'the key as printed', turn: key },
  { style: 'in lower case', turn: (c) => key(c).toLowerCase() },
  { style: 'without dashes', turn: (c) => key(c).replace(/-/g, '') },
  { style: 'with spaces, in a sentence', turn: (c) => `voici ma cle : ${key(c).replace(/-/g, ' ')}` },
  { style: 'in lower case with spaces, in a sentence', turn: (c) => `ma cle c est ${key(c).toLowerCase().replace(/-/g, ' ')} merci` },
];

const familyKey: Conversation[] = [
  ...cross(KEY_OPENERS, KEY_STYLES).map(([opener, s]): Conversation => ({
    task: 'family key', name: `« ${opener} », ${s.style}`, given: 'signedIn', channels: ['webchat'], setup: issueKey, turns: [opener, s.turn], outcome: linked,
  })),
  // Asked before signing in: the sign-in comes first, then the key.
  ...KEY_STYLES.map((s): Conversation => ({
    task: 'family key', name: `before signing in, ${s.style}`, given: 'account', channels: ['webchat'], setup: issueKey, turns: ['je veux saisir ma cle enfance', email, code, s.turn], outcome: linked,
  })),
  // By SMS the key is never asked (SMS stay readable on the phone): told where to type it, nothing linked.
  ...KEY_OPENERS.map((opener): Conversation => ({
    task: 'family key', name: `« ${opener} » by SMS: sent to the portal`, given: 'signedIn', channels: ['sms'], setup: issueKey, turns: [opener],
    outcome: async (c) => ((await linked(c)) === undefined ? 'linked by SMS' : c.last.text.includes('https://www.espace-citoyens.net/carrieres-sous-poissy') ? undefined : 'not told where to type the key'),
  })),
];

export const accountConversations: Conversation[] = [...createAccount, ...noAccountYet, ...signIn, ...familyKey];
