/**
 * A message that only greets: « bonjour », « hello la mairie », « bonsoir, bonne année à toute l'équipe », « j'espère que
 * vous avez passé de bonnes fêtes », « bonjour, il y a quelqu'un ? », « rebonjour ! », « wesh bien ou quoi », « salam alikoum », « bonjour, c'est encore moi », « re coucou », « bonjour, excusez-moi de vous déranger ». Works on prepare()d text.
 */

/** « salam aleykoum », « assalamou alaykoum », « salamalec »: the salam greeting, as residents spell it. */
export const SALAM = '(?:as |es )?(?:salam|salamou|salamu|assalam|assalamou|assalamu|selam)(?: (?:alikoum|alaykoum|aleykoum|alaikoum|alaykum|alaikum|aleikoum|aleikum|alikom|aleykum|alikoum|alikum|aleikoume))?|salamalec|salamalekoum';
/** « Olá, bom dia », « hola », « buongiorno », « bună ziua »: a greeting borrowed from another language (on text without accents). */
const FOREIGN_GREETING = 'ola|hola|bom dia|boa tarde|boa noite|buenos dias|buenas tardes|buenas noches|buongiorno|buonasera|buna ziua|buna|guten tag|merhaba|dzien dobry';
const GREETING_WORDS = '(?:' + FOREIGN_GREETING + '|(?:re)?bonjour|rebonsoir|rebjr|re|bonsoir|salut|coucou|hello|wesh(?: bien ou quoi| ca va)?|' + SALAM + '|hi|hey|yo|allo|bonne journee|bonne soiree|good morning|salutations|bien le bonjour|madame|monsieur|mesdames|messieurs|messieurs dames|mme|mr|m|a vous|a tous|tout le monde|there|everyone|everybody|good (?:afternoon|evening)|bonne apres midi|!|,|[?]|\\.|' +
  // « Olá, boa tarde a todos », « hola a todas »: to everyone, in another language.
  '(?:a )?(?:todos|todas|tutti)|' +
  // « hello from a mum in Carrières », « bonjour d'une maman de Chanteloup »: who greets and from where, nothing asked.
  '(?:from (?:a|an|the|your) (?:\\w+ )?(?:mum|mom|mother|dad|father|parent|family|resident|grandma|granny|grandpa|neighbour|neighbor) (?:in|from|of|at)|(?:de la part )?(?:d|de) (?:une|un) (?:maman|papa|mere|pere|parent|habitante?|mamie|papi|famille) (?:de|d|a|en|sur)) [a-z]+(?: (?:sous|sur|les|le|la|en|de|d|l) [a-z]+)?|' +
  // « j'espère que vous allez bien », « comment allez-vous ? », « bjr la team », « bonjour à toute l'équipe »
  // (« j'espère que vous avez passé de bonnes fêtes », « j'espère que vous avez eu un bon week-end »)
  'j espere que (?:vous allez|tu vas|tout va) bien|(?:j espere que )?(?:vous avez|tu as) (?:bien )?(?:passe|eu) (?:de |d )?(?:(?:tres )?bonnes? (?:fetes|vacances|week end|annee|journee|soiree|semaine|rentree)|un (?:(?:tres )?bon|joyeux) (?:week end|noel|reveillon|dimanche|reveillon)|une (?:(?:tres )?bonne) (?:annee|journee|soiree|semaine|rentree))(?: de (?:fin d annee|noel))?|(?:je suis|moi c est|c est|ici) (?:la |le |l )?(?:maman|papa|mere|pere|mamie|papi|grand mere|grand pere|tante|oncle|nounou|tutrice|tuteur|assistante maternelle|baby sitter|babysitter|(?:jeune )?fille au pair|au pair) (?:(?:de|d) (?:la famille )?[a-z]+(?: et (?:de |d )?[a-z]+)?|(?:des|du) (?:petits?|petites?|enfants|jumeaux|jumelles|famille)(?: [a-z]+)?)|(?:et )?(?:bonne (?:annee|fin de journee|semaine|fin de semaine)|bon week end|bon (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|bonnes fetes|joyeux noel|meilleurs voeux|mes meilleurs voeux)|(?:comment )?(?:allez vous|vous allez bien|tu vas bien)|c est (?:encore |toujours )(?:re)?moi|(?:excusez moi|excuse moi|pardon|desolee?|je suis desolee?) (?:de|pour) (?:vous |te )?(?:deranger|derangement)(?: encore| a nouveau)?|c est remoi|(?:re)?bonjour c est (?:re)?moi|(?:salut|coucou|hello) c est (?:re)?moi|me (?:re)?voila|me revoici|comment ca va|how are you|(?:a )?(?:toute )?(?:la |l )?(?:team|equipe)|a tout le monde|a toutes et a tous)';
/** After a greeting, « y a qqn ? » (« ya qqn »), « vous êtes là ? », « quelqu'un peut-il me lire ? » checks someone answers (alone, « il y a quelqu'un ? » asks for a person: contact). */
const SOMEONE_THERE = '(?:(?:il )?(?:y a|ya) (?:t il )?(?:quelqu un|du monde)(?: la| ici)?|quelqu un (?:est )?la|(?:vous etes|tu es|t es) la|quelqu un (?:peut il|pourrait il|peut|pourrait|va) me (?:lire|repondre)|(?:vous )?(?:me lisez|m entendez|me recevez)(?: bien)?)(?: \\?)?';
const GREETING_ONLY = new RegExp(`^(?:${GREETING_WORDS} ?)+(?:merci|(?:j ai )?(?:une|deux|trois|quelques|plusieurs|\\d) (?:petites? )?questions?|(?:je peux|puis je) (?:vous )?poser une question|${SOMEONE_THERE})?(?: ?(?:svp|stp|s il vous plait|please))?$`);
/** Whom a greeting is said to: « hello la mairie », « yo la mairie », « slt l équipe », « salam aleykoum la mairie ». */
const ADDRESSEE = new RegExp(`(?<=^(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|yo|wesh|allo|rebonjour|bjr|slt|${SALAM}) )(?:a )?(?:la |le |l )?(?:mairie|commune|ville|equipe|team|service|services)\\b ?`);

/** The message greets and asks nothing. */
export const greetingOnly = (prepared: string): boolean => GREETING_ONLY.test(prepared.replace(ADDRESSEE, ''));

/**
 * A greeting opening a request (« hello, moi vouloir cantine demain », « bjr je veux annuler », « salam alikoum inscrire Léa »):
 * what follows is the request, read the same as without it. Works on prepare()d text (« slt », « bjr » already spelled out).
 */
const OPENING_GREETING = new RegExp(`^(?:(?:${FOREIGN_GREETING}|(?:re)?bonjour|(?:re)?bonsoir|salut|coucou|hello|hi|hey|yo|wesh|allo|good (?:morning|afternoon|evening)|${SALAM})(?: (?:madame|monsieur|mme|la mairie|l equipe|tout le monde))? ?[,!.]* ?)+`);

/** The message without the greeting that opens it (the message itself when it is nothing else). */
export const withoutOpeningGreeting = (prepared: string): string => prepared.replace(OPENING_GREETING, '').trim() || prepared;
