/**
 * The answers of an account's form (sign-up, « mes coordonnées », and the same fields in the
 * démarches): each checked, a name given its capitals, a postal address complete; and, at a
 * read-back, which field a value typed alone corrects (« 78955 Carrières » is the address).
 */
import { emailIn } from '../src/domain/accounts';
import { capitalized } from '../src/domain/capitals';
import { readPostalAddress, withNewTown } from '../src/domain/postalAddress';
import { normalize } from '../src/domain/text';
import type { Translate } from '../src/i18n';
import { isClosing } from '../src/nlu/closing';
import { splitFullName } from '../src/nlu/fullName';
import { bareName } from '../src/nlu/nameWords';
import { fold } from '../src/nlu/yesNo';
import type { ChoiceOption } from './choicePrompt';

export const FIELDS = ['civility', 'lastName', 'firstName', 'email', 'phone', 'address'] as const;
export type Field = (typeof FIELDS)[number];

const NAME = /^\p{L}[\p{L}'’ -]{0,59}$/u;
const PHONE = /^(?:0|\+33|0033)[1-9]\d{8}$/;

/** Answers that are not names (« ouais » at « Quel est votre prénom ? »): the name is asked again. */
const NOT_A_NAME = new Set(['oui', 'ouais', 'aussi', 'egalement', 'pareil', 'ouai', 'non', 'nan', 'ok', 'okay', 'd accord', 'yes', 'no', 'merci', 'bonjour', 'salut', 'aide', 'menu', 'annuler', 'reprendre', 'continuer', 'je ne sais pas', 'sais pas', 'moi', 'moi meme', 'me', 'myself']);
/**
 * The names as the commune's files write them (« DURAND Léa »): a last name typed all in lower case (« durand », « de la
 * fontaine ») put in capitals; a first name typed all in lower case or all in capitals (« léa », « LEA », « JEAN-PIERRE ») given
 * its capitals (« Léa », « Lea », « Jean-Pierre »). A name typed otherwise (« Durand », « McLean », « Marie-Léa ») is kept as typed.
 */
export function nameAsFiled(field: 'lastName' | 'firstName', name: string): string {
  const lower = name.toLocaleLowerCase('fr');
  if (field === 'lastName') return name === lower ? name.toLocaleUpperCase('fr') : name;
  return name === name.toLocaleUpperCase('fr') && /\p{L}{2}/u.test(name) ? capitalized(lower) : capitalized(name);
}

/**
 * A whole name for an envelope, checked as a last name (`checked`, in capitals when typed in lower case): typed in lower case
 * (« marie dupont »), its first name with a capital and its last name in capitals when told apart (« Marie DUPONT »), else
 * each word with its capital; typed with capitals, kept as typed.
 */
export function recipientAsFiled(typed: string, checked: string): string {
  if (typed !== typed.toLocaleLowerCase('fr')) return checked;
  const name = checked.toLocaleLowerCase('fr');
  const both = splitFullName(name);
  return both ? `${capitalized(both.firstName)} ${both.lastName.toLocaleUpperCase('fr')}` : capitalized(name);
}

/**
 * What comes before a name said in a sentence: « je m'appelle », « c'est », « moi c'est », « mon nom est », « nom : », « oui »,
 * « mon compagnon c'est », « elle s'appelle ». (« mon fils est … » is not: « malade », « né à Paris » follow it.)
 */
const INTRO = /^(?:(?:oui|ouais|ok|alors|bon|bonjour|bjr|moi|donc|et)(?:[\s,]+|$)|(?:(?:mon|ma|son|sa|notre) (?:compagnon|compagne|conjointe?|concubine?|partenaire|mari|femme|[ée]pouse?|fils|fille|enfant|b[ée]b[ée]|p[èe]re|m[èe]re)(?:\s+c['’ ]?est|\s+s['’ ]?appelle|(?!\s+(?:est|[ée]tait|sont|a|va|ne|n['’]|is|was)(?:\s|$)))|(?:il|elle) s['’ ]?appelle|son (?:nom(?: de famille)?|pr[ée]nom)(?:\s+c['’ ]?est|\s+est)?|je m['’ ]?appelle|j['’ ]?m['’ ]?appelle|jm['’ ]?appelle|je suis|c['’ ]?est|mon (?:nom(?: de famille)?|pr[ée]nom)(?:\s+c['’ ]?est|\s+est)?|(?:nom(?: de famille)?|pr[ée]nom)\s*:?)(?:[\s:]+|$))/iu;
/**
 * Words of a sentence, never of a name (« oui on habite ensemble », « non je suis pas marié », « c quoi déjà », « aucune idée »);
 * read with hyphens and apostrophes taken out, so that a part of a name (« Martin-Ca », « D'Elle ») is not one;
 * nor the words of a correction (« j'ai inversé nom et », « le bon j'ai mis le nom »).
 */
const SENTENCE = /^(?:euh|bah|non|nan)\b|^ben\s+(?:oui|non|voila|alors|euh|bah|quoi|du coup|c|ca|je|j)\b|\b(?:je|j|nous|vous|on|il|elle|ils|est|suis|sommes|ai|avons|habite|habitons|vit|vivons|veux|voudrais|pas|pour|quoi|pourquoi|comment|quel|quelle|deja|sais|sait|connais|idee|c|ca)\b|\b(?:jai|jsuis|cest|jme|nom|noms|prenom|prenoms|inverse\w*|envers|trompee?|erreur|corriger|changer|mettre|ce|cet|cette|celui|numero|num|tel|telephone|portable|mail|email|adresse)\b/;

/** « le premier », « la deuxième », « le dernier »: an option of a list chosen, never a name (it was kept as « Le Premier »). */
const OPTION_CHOSEN = /^(?:le|la|l|the)\s+(?:premier|premiere|1er|1ere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|dernier|derniere|first|second|third|last)(?:\s+(?:choix|option|one))?$/;

/** « c mon fils », « c'est ma fille », « my son »: who the person is to the resident, never a name. */
const RELATION_ONLY = /^(?:(?:c|c est|cest|ce sera|il s agit de|pour|pr|it s|it is|this is|for)\s+)?(?:mon|ma|mes|notre|nos|son|sa|my|our|his|her)\s+(?:fils|fille|enfant|gamin|gamine|petit|petite|bebe|ado|mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|pere|mere|papa|maman|frere|soeur|neveu|niece|cousin|cousine|oncle|tante|petit fils|petite fille|grand pere|grand mere|son|daughter|child|kid|husband|wife|partner|father|mother|dad|mum|mom|brother|sister)(?:\s+(?:svp|stp|merci))?$/;
export const saysRelationOnly = (text: string): boolean => RELATION_ONLY.test(fold(text.replace(/[-'’]/g, ' ')));

/** The name in an answer: what follows « je m'appelle », « c'est », « oui »…, without « le nom », « avec un accent » (nameWords.ts). */
function namePart(text: string): string {
  let name = text.trim();
  for (let before = ''; before !== name; ) {
    before = name;
    name = bareName(name.replace(INTRO, '').trim());
  }
  return name || text.trim();
}

/** The value to keep, or undefined when the answer does not fit the field. */
export function check(field: Field, text: string): string | undefined {
  const said = normalize(text);
  switch (field) {
    case 'civility':
      return /^(madame|mme|mrs|ms|femme)$/.test(said) ? 'madame' : /^(monsieur|m|mr|homme)$/.test(said) ? 'monsieur' : undefined;
    case 'lastName':
    case 'firstName': {
      const name = namePart(text);
      const ok = !saysRelationOnly(text) && NAME.test(name) && !NOT_A_NAME.has(fold(name)) && !isClosing(name) && !NOT_A_NAME.has(fold(name).replace(/ merci$/, '')) && !SENTENCE.test(fold(name.replace(/[-'’]/g, ''))) && !OPTION_CHOSEN.test(fold(name));
      return ok ? nameAsFiled(field, name.replace(/\s+/g, ' ')) : undefined;
    }
    case 'email':
      return emailIn(text);
    case 'phone': {
      const digits = text.replace(/[\s.\-()]/g, '');
      return PHONE.test(digits) ? digits.replace(/^(?:\+33|0033)/, '0') : undefined;
    }
    case 'address': {
      // Complete, as the démarches want it: number and street, postal code and town.
      if (text.trim().length > 200) return undefined;
      const read = readPostalAddress(text);
      return read.missing.length === 0 ? read.value : undefined;
    }
  }
}

/**
 * A name just kept in an account's draft (not while correcting one): both names at the last name's, the first name not known yet
 * (« Haddad Karim », « HADDAD Karim »: fullName.ts) are both kept and returned, to be read back; at the first name's, that first
 * name taken off the last name given with it before (« Sophie Durand », then « Sophie »).
 */
export function keepNames(draft: Partial<Record<Field, string>>, field: Field, value: string, editing: boolean): { lastName: string; firstName: string } | undefined {
  if (editing) return undefined;
  if (field === 'firstName' && draft.lastName) draft.lastName = withoutFirstName(draft.lastName, value);
  const both = field === 'lastName' && !draft.firstName ? splitFullName(value) : undefined;
  const lastName = both && check('lastName', both.lastName);
  const firstName = both && check('firstName', both.firstName);
  if (!lastName || !firstName) return undefined;
  Object.assign(draft, { lastName, firstName });
  return { lastName, firstName };
}

/**
 * « Sophie Durand » given as the surname, then « Sophie » as the first name: the surname is « Durand ».
 * The first name is taken off the start or the end of the surname, when something is left.
 */
export function withoutFirstName(lastName: string, firstName: string): string {
  const words = lastName.split(' ');
  if (words.length < 2) return lastName;
  const first = fold(firstName);
  if (fold(words[0] ?? '') === first) return words.slice(1).join(' ');
  if (fold(words.at(-1) ?? '') === first) return words.slice(0, -1).join(' ');
  return lastName;
}

const FIELD_WORDS: Record<Field, string[]> = {
  civility: ['madame', 'monsieur', 'mme', 'civilite'],
  lastName: ['nom de famille', 'last name', 'surname'],
  firstName: ['prenom', 'first name'],
  email: ['mail', 'courriel', 'adresse mail', 'adresse e-mail', 'adresse email'],
  phone: ['tel', 'numero', 'numero de telephone', 'portable', 'mobile'],
  address: ['adresse postale', 'domicile'],
};

/** The options for which field to correct (shared with the read-back's « non, le nom c'est … »). */
export const fieldOptions = (t: Translate, fields: readonly Field[] = FIELDS): ChoiceOption[] => fields.map((f) => ({ label: t(`createAccount.field.${f}`), synonyms: FIELD_WORDS[f] }));

const PHONE_IN = /(?:\+33|0033|0)\s*[1-9](?:[\s.-]*\d{2}){4}(?!\d)/;

/** A phone number said in a sentence (« oui c'est le 06 12 34 56 78 »), as check() keeps it. */
export const phoneIn = (text: string): string | undefined => {
  const found = PHONE_IN.exec(text)?.[0];
  return found ? check('phone', found) : undefined;
};

/** « le même », « ce numéro », « celui-ci » at the phone question by SMS: the number the resident writes from. */
const THIS_NUMBER = /^(?:(?:oui|ok|c est|cest|c|le|mon|pareil|meme) )*(?:le meme(?: numero| num| tel| telephone)?(?: que celui ci| que celui la| que ce numero| qu ici)?|meme numero|celui ci|celui la|celui avec lequel (?:je vous ecris|j ecris)|ce numero(?: la| ci)?|ce num|ce portable|ce tel|ce telephone|numero actuel|ici|this (?:number|one)|same(?: number)?)$/;
export const saysThisNumber = (text: string): boolean => THIS_NUMBER.test(fold(text));

/**
 * The field a value typed alone at a read-back corrects, by its shape, with the value taken out of
 * the sentence (« non c'est 07 11 22 33 44 »): an e-mail, a phone number, a postal address (a
 * postal code, or a number and a street). Names have no shape: undefined.
 */
export function fieldOfValue(text: string): { field: 'email' | 'phone' | 'address'; value: string } | undefined {
  const email = emailIn(text);
  if (email) return { field: 'email', value: email };
  const phone = PHONE_IN.exec(text)?.[0];
  if (phone && check('phone', phone)) return { field: 'phone', value: phone };
  const read = readPostalAddress(text);
  const street = !read.missing.includes('number') && !read.missing.includes('street');
  if (street) return { field: 'address', value: text.slice(Math.max(0, text.search(/\d/))).trim() };
  const code = text.search(/(?<!\d)\d{5}(?!\d)/);
  return code >= 0 ? { field: 'address', value: text.slice(code).trim() } : undefined;
}

/**
 * The address read back corrected by `typed`: a postal code and a town alone (« 78955 Carrières »)
 * keep the number and the street; anything else is a new address.
 */
export function correctedAddress(current: string | undefined, typed: string): string {
  const read = readPostalAddress(typed);
  const townOnly = read.missing.includes('number') && read.missing.includes('street') && !read.missing.includes('postalCode');
  return current && townOnly ? withNewTown(current, typed) : typed;
}

/** Words that take back an earlier answer (« non attends », « oups », « en fait », « je me suis trompée », « … est faux »). */
const TAKE_BACK = /^(?:non|nan|attends?|att|oups|oops|pardon|en fait|euh|ah)\b|\bje me suis trompee?\b|\b(?:faux|fausse|errone|erronee)\b|\bpas (?:bon|bonne|juste|correct|correcte)\b/;

/** Whether the answer takes back an earlier one (to be read against the fields already answered). */
export const takesBack = (text: string): boolean => TAKE_BACK.test(fold(text));
