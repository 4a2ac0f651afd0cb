/**
 * A greeting and the resident's name, nothing asked: « Bonjour. Moi Mariam. », « bonjour, moi c'est Karim Diallo »,
 * « bonsoir je m'appelle Inès », « hello, my name is Sarah ». The name alone (« je m'appelle Sarah ») answers a question
 * and stays unknown; after a greeting it is how the resident opens. Works on prepare()d text.
 */

const HELLO = '(?:(?:re)?bonjour|bonsoir|salut|coucou|hello|hi|hey|good (?:morning|afternoon|evening)|bjr|slt|bsr)';
const INTRODUCES = '(?:moi(?: c est)?|c est|je m appelle|j m appelle|mon nom (?:est|c est)|my name is|i m|i am|this is)';
/** Words that are no name: a state, a request, a relation (« bonjour moi perdu », « bonjour c'est pour la cantine »). */
const NOT_A_NAME = '(?:pas|perdue?|besoin|vouloir|veux|avoir|aller|faire|payer|pour|encore|re|toujours|moi|nouvelle?|parent|maman|papa|mere|pere|la|le|les|l|un|une|des|du|de|d|quoi|qui|urgent|ok|bien|comment|possible|a|au|en|malade|absente?|voisine?|nounou|mamie|papi|grand|tante|oncle|sick|ill|lost|new|back|here|looking|trying|not|so|a|the|inscri\\w*|reserv\\w*|annul\\w*)';
/** One or two words of a name. */
const NAME = `(?:madame |monsieur |mme |mr |m )?(?!${NOT_A_NAME}\\b)[a-z]+(?: (?!${NOT_A_NAME}\\b)[a-z]+)?`;
const WITH_NAME = new RegExp(`^${HELLO}(?: (?:madame|monsieur|a vous|a tous|tout le monde|la mairie))?(?: ?[,.!])* ${INTRODUCES} ${NAME}(?: ?[.!])*$`);

export const greetsWithName = (prepared: string): boolean => WITH_NAME.test(prepared);
