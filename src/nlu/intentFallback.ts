/**
 * Where the learned model (intentModel.ts) has a say over the rules: a message the rules leave `unknown`, when
 * the model is sure of another intent (UNKNOWN_THRESHOLD) and the message has at least two words besides days
 * (« Léa », « à partir du 4 janvier » answer a prompt; « quelle heure est-il ? », « combien de kilomètres… ? », « où est la piscine ? » the rules leave aside on purpose); a few pairs the rules confuse, when the model is surer still
 * (PAIR_THRESHOLD): a question about bookings read as a booking (when nothing asks to book), an absence read as
 * a cancellation, a changed number read as a request for the commune's; and any other intent of the rules when
 * the model is sure of its own (ANY_THRESHOLD) and finds the rules' all but impossible (RULES_IMPOSSIBLE):
 * « plus besoin cantine semaine pro » read as a booking, « je ne vois pas mes enfants dans mon espace » as a
 * sign-in. (Naive Bayes is overconfident: its best guess alone is often « sure » of a convention the rules hold on
 * purpose, « mon fils est malade, annulez la cantine » being an absence; how unlikely it finds the rules' intent
 * tells those apart.) What the rules say of stopping, help and greetings always stands
 * (PROTECTED), and the model never says `elsewhere_demarche` (which démarche, the rules alone know). The
 * thresholds and pairs come from cross-validation by file with the rules as they were before each held-out set
 * was written (npm run nlu:crossval).
 */
import { careQuestion, notForTheCare } from './careQuestion';
import { asksAboutElsewhere } from './elsewherePlaces';
import { englishIntent } from './englishIntents';
import { withoutOpeningGreeting } from './greetings';
import type { Intent } from './intents';
import { scorer, type IntentModel, type Scorer } from './intentModel';
import { modelWords } from './intentFeatures';
import { cancelAskedBeforeAppointment, withoutParentsIllness } from './intentReasons';
import { ABSENCE_REASON, ASKS_A_MEASURE, ASKS_THE_TIME, JUDGES_ONLY, OPTION_BY_NUMBER } from './intentPhrasings';
import { asksToFollowRequest } from './requestTopics';
import { asksAbsenceStatus } from './bookedQuestion';
import { saysSignInCode } from './signInCode';
import { mailFailsAt } from './mailFails';
import { talksOnly } from './smallTalk';
import { withoutProxysIllness } from './proxyWriter';
import { withoutReferences } from './referenceBeside';
import { keyFails } from './keyFails';
import { cancelAskedWithoutIllness } from './cancelWhenAsked';
import { bareRequest } from './bareRequest';

export const UNKNOWN_THRESHOLD = 0.8;
export const PAIR_THRESHOLD = 0.8;
export const ANY_THRESHOLD = 0.95;
export const RULES_IMPOSSIBLE = 5e-5;
/** Rules' intents the model never replaces. */
export const PROTECTED: ReadonlySet<Intent> = new Set<Intent>(['abort', 'help', 'greeting', 'elsewhere_demarche']);
/** Rules' intent → the model's intents that may replace it. */
export const OVERRIDABLE: Readonly<Partial<Record<Intent, readonly Intent[]>>> = {
  book: ['list_bookings'],
  cancel_booking: ['report_absence'],
  contact: ['update_contact'],
};

/** Words of days and periods, which answer « quels jours ? » and say nothing of what is asked. */
const DAY_WORD = /^(?:0|1er|(?:lun|mar|mercre|jeu|vendre|same)dis?|dimanches?|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|demain|apres|aujourd|hui|hier|semaines?|mois|jours?|prochaine?s?|derniere?s?|vacances|noel|paques|toussaint|hiver|printemps|ete|du|au|aux|le|la|les|l|de|des|d|et|ou|a|en|tous|toutes|tout|pendant|partir|jusqu|sauf|chaque|matin|soir|midi|fin|debut|ce|cette|premier)$/;

/** A town's name alone, shaped « Carrières-sous-Poissy », « Chanteloup-les-Vignes » (the answer to « quelle commune ? »). */
const TOWN_NAME = /^[a-z]+(?: (?:sous|sur|les|le|la|en|de|d|l|lez|saint|sainte) [a-z]+)+$/;

/**
 * Where one lives or is, with a town-shaped name and nothing else (« nous on habite à Chanteloup-les-Vignes », « en fait je suis bien
 * à Carrières-sur-Seine », « c'est à Carrières »): the commune said (the menu says which one is served here), never a démarche guessed.
 */
const LIVES_IN_TOWN = /^(?:(?:en fait|finalement|non|oui|ouais|bah|ben|euh|nous|moi|mais) )*(?:j habite|je vis|je suis|je reside|nous habitons|nous vivons|nous sommes|on habite|on vit|on est|c est)(?: bien)? (?:a|au|sur|dans) (?:la (?:commune|ville) (?:de |d ))?[a-z]+(?: (?:sous|sur|les|le|la|en|de|d|l|lez|saint|sainte) [a-z]+)*$/;

/** A question mark, a question word or a filler alone says nothing of what is wanted (« pourquoi ? », « mais comment ? »). */
const SAYS_NOTHING = /^(?:\?|pourquoi|comment|quoi|mais|donc|alors|ah|oh|bon|euh|hein|ok|bah|ben)$/;
/**
 * Thanks alone, for what was said (« Très bien, merci pour ces informations. », « ok merci pour votre réponse », « thanks for the info »):
 * nothing more asked, whatever words the model knows.
 */
const THANKS_ONLY = /^(?:(?:ok|okay|d accord|tres bien|parfait|super|genial|top|nickel|great|perfect|ah|bon) ,? )*(?:merci|thanks|thank you)(?: (?:beaucoup|bien|infiniment|a vous|so much|a lot))?(?: (?:pour|for) (?:ces|les|vos|votre|ta|tes|cette|the|your|this|that|all the) (?:\w+ )?(?:informations?|infos?|renseignements?|reponses?|precisions?|explications?|aide|help|info|information|answers?|details))?(?: ,? (?:bonne journee|bonne soiree|bonne fin de journee|au revoir|a bientot))?\s*[.!]*$/;
/** « même chose pour sa sœur », « pareil pour Hugo », « idem »: the request before, said again (the dialog knows which). */
const SAME_AGAIN = /^(?:et )?(?:(?:la )?meme chose|pareil|idem)\b/;

/** Politeness, which says nothing of what is wanted (« yes please », « merci beaucoup », « great, thank you so much », « merci madame, bonne journée »). */
const POLITE_WORD = /^(?:please|pls|plz|svp|stp|merci|thanks|thank|you|so|much|very|lot|great|cheers|beaucoup|madame|monsieur|mme|bonne|journee|soiree|revoir)$/;

/**
 * Enough words besides days to say what is wanted, one of them a word the model learned besides politeness: « yes please »
 * (an option's word in English, which the model never saw) is not guessed from « please » and letters.
 */
const saysSomething = (prepared: string, model: Scorer) =>
  modelWords(prepared).filter((w) => !DAY_WORD.test(w) && !SAYS_NOTHING.test(w)).length >= 2 &&
  modelWords(prepared).filter((w) => !DAY_WORD.test(w) && !SAYS_NOTHING.test(w) && !POLITE_WORD.test(w) && model.knows(w)).length >= 1 && !ASKS_THE_TIME.test(prepared) && !ASKS_A_MEASURE.test(prepared) && !asksAboutElsewhere(prepared) && !OPTION_BY_NUMBER.test(prepared.replace(/[.!?]/g, ' ').replace(/\s+/g, ' ').trim()) && !TOWN_NAME.test(prepared.trim()) && !LIVES_IN_TOWN.test(prepared.trim());

/**
 * « je voudrais savoir quels jours je peux réserver », « vous pouvez le noter ? », « je voudrais que Léa mange à la
 * cantine », « résa garderie matin semaine prochaine » (the noun first, as a request), « réservé la cantine pour jeudi » (the verb typed as its
 * participle, opening the message, no question mark), « je voudrais 2 réservations de cantine », « j'ai 2 réservations à faire pour le 14 »: a booking asked, not a question
 * about one (« c'est bien réservé ? », « réservations de Léa ? » are).
 */
const ASKS_TO_BOOK = /^(?:reservation|inscription|resa) (?!(?:de |d |des |du )?(?:mes|mon|ma|ses|son|sa|nos|notre|leurs?)\b)|^(?:(?:ok|okay|oui|ouais|bon|alors|donc|du coup|d accord|dac|ben|bah|euh|ah|oh|et|en fait|finalement|dans ce cas) )*(?:reserve|reservee?s?) (?:la |le |l |les |une |un )?(?:cantine|garderie|etude|centre|accueil|repas|place)s?\b(?![^?]*\?)|^(?:(?:ok|oui|ouais|bon|alors|donc|du coup|et|en fait|finalement|stp|svp) )*reserve (?:(?:moi|nous|lui|leur|aussi|stp|svp) )*(?:(?:le|la|les|l|ce|ces) )?(?:\d{1,2}(?:er)?|lundi|mardi|mercredi|jeudi|vendredi|demain|apres demain)\b(?![^?]*\?)|\b(?:reserver|reservez|inscrire|inscrivez|ajouter|ajoutez|rajouter|rajoutez|noter|notez|changer|changez|modifier|modifiez)\b|\b(?:voudrais|veux|voulons|souhaite\w*|aimerais|aimerions) (?:que|qu|(?:une |la |faire (?:une |\d |deux |trois )?|\d |deux |trois )?(?:reservations?|inscriptions?|resas?))\b|\b(?:reservations?|inscriptions?|resas?) a (?:faire|prendre)\b|\bbook\b/;
/**
 * A day then the activity, or the activity alone, opening the message with no question mark (« le 23 cantine pour Maëlya », « cantine jeudi 18 pr
 * Lina, c'est le vendredi 19 que je voulais dire »): the SMS shape of a booking asked.
 * (« vite cantine pr Lyna demain, g zappé la résa »: after a word of urgency or a greeting; a booking forgotten, said.)
 */
const DAY_THEN_ACTIVITY = /^(?:(?:vite|urgent|urgence|svp|stp|bonjour|bjr|slt|salut|hello|coucou|re|please) (?:, )?)*(?:le |les )?(?:\d{1,2}(?:er)?(?: \w+)?|(?:lun|mar|mercre|jeu|vendre)di) (?:cantine|garderie|etude|centre|accueil)\b(?![^?]*\?)|^(?:(?:vite|urgent|urgence|svp|stp|bonjour|bjr|slt|salut|hello|coucou|re|please) (?:, )?)*(?:cantine|garderie|etude|centre|accueil)\b(?![^?]*\?)|\b(?:oublie|zappe|loupe|rate)\w* (?:de |d )?(?:la |l |le |sa |son )?(?:reserv\w*|inscri\w*|resa)\b(?![^?]*\?)/;
/** An account named, not only a child to enrol. */
const NAMES_AN_ACCOUNT = /\b(?:comptes?|espaces?|site|portail|appli\w*|account|identifiants?|mot de pass\w*)\b/;
/** « quels jours… », « c'est quel jour que… », opening the message: which days are asked. */
const WHICH_DAYS = /^(?:(?:et|mais|donc|alors|bon) )?(?:c est )?(?:quels?|quelles?) (?:jours?|dates?|soirs?|semaines?)\b/;
/**
 * A cancellation asked in so many words: « merci d'annuler », « pourriez-vous annuler », « je vous prie donc d'annuler », « je voulais annuler », « annulez », « annule cantine vendredi » (opening the message),
 * « pas la peine de garder Jules à l'accueil demain », « no need for the club ».
 */
const CANCEL_ASKED = /\b(?:merci d|merci de|pourriez vous|pouvez vous|veuillez|(?:je )?vous prie|(?:je )?vous (?:saurais|saurions) gre d|(?:je )?vous (?:serais|serions) (?:tres )?(?:reconnaissante?s?|obligee?s?) d|je voudrais|je souhaite|je souhaiterais|j aimerais|je veux|il faut|je voulais|je souhaitais|j aurais (?:voulu|aime|souhaite))\b.{0,12}\b(?:annuler|desinscrire|retirer|supprimer|enlever)\b|\b(?:annulez|desinscrivez|retirez|supprimez|enlevez)\b|^(?:(?:bonjour|svp|stp) (?:, )?)?(?:annule|annul|enleve|retire|supprime|cancel)\b|\b(?:plus|pas) (?:la peine|besoin)\b|\bno (?:more )?need\b/;
/** « en fait si », « ah si », « finalement si »: what was taken out said back in. */
const TAKES_BACK_INTO = /^(?:(?:en fait|finalement|ah|oh|bon|non|euh|pardon) )+si\b/;
/** A word of stopping, for a stop the model guesses. */
const SAYS_STOP = /\b(?:stop\w*|arret\w*|annul\w*|laiss\w*|tomber|abandon\w*|oubli\w*|quitt\w*|fin|fini\w*|termin\w*|besoin|rien|cancel\w*|quit|exit|forget|mind|renonc\w*|assez|marre|suffit|tant pis|plus la peine|efface\w*|sortir|continu\w*|poursui\w*|peine|inutile|go on|plus tard|autre fois|verra|passe|later)\b/;
const NEVER_FROM_MODEL: ReadonlySet<string> = new Set(['elsewhere_demarche', 'unknown']);
/** « ça va », « ok ça marche »: an answer that all is well, never a greeting guessed (the rules know greetings). */
const ALL_WELL = /^(?:(?:oui|ouais|ok|bon|bah|ben) )?(?:ca (?:va|marche|roule|ira)|tres bien|parfait)(?: merci)?(?: \?)?$/;
/** The intents about the resident's account: the model may say one only where the message names the account or the way in. */
const ACCOUNT_INTENTS: ReadonlySet<string> = new Set(['forgot_password', 'sign_in', 'create_account', 'family_key']);
/** « mon chat est perdu depuis le 2 » is not a password lost, nor « mon code postal c'est 78955 » a key: what names an account, a code or a way in. */
const ACCOUNT_WORD = /\b(?:comptes?|espaces?|site|portail|appli\w*|mot de pass\w*|mdp|codes?(?! postal)|cles?|identifiants?|connect\w*|connexion|login|log|acces|acceder|inscri\w*|password|account|enfants?|dossier|mail|e ?mail)\b/;

/** The rules' démarches that English names in so many words (englishIntents.ts). */
const NAMED_IN_ENGLISH: ReadonlySet<Intent> = new Set<Intent>(['civil_status_act', 'address_change', 'family_booklet']);
/** The electoral roll, which the model may say only where voting, elections or the lists are named (« how do I register », « JDC inscription » are not). */
const VOTING_WORD = /\b(?:vot\w*|elect\w*|listes?|scrutin|procurations?|municipales|presidentielles?|legislatives|europeennes|referendum)\b/;

/** The citizen census, which the model may say only where it or its age is named (« ma fille a eu 18 de moyenne » is not). */
const CENSUS_WORD = /\b(?:recens\w*|jdc|journee|defense|armee|militaire|service national|16|seize|census)\b/;
/** A number that identifies the resident elsewhere (« mon numéro de sécu c'est… », « numéro fiscal »): no phone to change nor to call. */
const REFERENCE_INTENTS: ReadonlySet<Intent> = new Set(['contact', 'update_contact', 'family_key']);
const TASKS: ReadonlySet<Intent> = new Set(['book', 'cancel_booking', 'report_absence', 'list_bookings']);
/** What asks for someone to reach: a contact, a number, an address, a person, a desk. */
const CONTACT_WORD = /\b(?:contact\w*|joindre|appel\w*|telephon\w*|tel|numeros?|mails?|e ?mails?|adresses?|ecrire|courriers?|guichets?|mairie|services?|qui|personnes?|interlocut\w*|parler|responsables?|bureaux?|call|phone|reach|who)\b/;
const NUMBER_ELSEWHERE = /\bnumeros? (?:de |d )?(?:securite sociale|secu|fiscal|fiscaux|allocataire|caf|client|passeport|permis|carte vitale)\b/;

/** The rules' intents said by their own words, which the model's look-alikes (the family booklet, a contact) never replace. */
const NAMED_OUTRIGHT: Readonly<Partial<Record<Intent, RegExp>>> = {
  family_key: /\b(?:cles?|codes?) (?:famille|enfance|familial)\b|\bfamily key\b/,
  // « état civil », « je veux l'état civil »: the office named for its acts (the model reads it as its hours or its contact).
  civil_status_act: /\betat civil\b|\bactes? (?:de |d )?(?:naissance|mariage|deces)\b/,
  // (« qui dois-je contacter pour contester un remboursement refusé ? » asks whom to reach.)
  list_invoices: /^(?!.*\b(?:contact\w*|joindre|appeler|ecrire a|qui|who|call|write to)\b).*\b(?:rembours\w*|refunds?|refunded)\b/,
};

export interface Policy {
  unknownThreshold: number;
  pairThreshold: number;
  anyThreshold: number;
  rulesImpossible: number;
}

export const POLICY: Policy = { unknownThreshold: UNKNOWN_THRESHOLD, pairThreshold: PAIR_THRESHOLD, anyThreshold: ANY_THRESHOLD, rulesImpossible: RULES_IMPOSSIBLE };

/** The rules' intent, or the model's where it may and is sure enough. */
export function combine(rules: Intent, prepared: string, model: Scorer, policy: Policy = POLICY): Intent {
  // (« la cantine c'est vraiment pas bon »: an activity judged asks nothing, whatever the model guesses; nor « mon mari est
  // allergique aux chats », « il a oublié son sac à la maison »: not for the care, never an absence guessed; « mon fils est allergique
  // aux arachides », a question for the care: the care's answer, never a paper to send guessed.)
  if (PROTECTED.has(rules) || (rules === 'unknown' && (!saysSomething(prepared, model) || notForTheCare(prepared) || careQuestion(prepared) !== undefined || SAME_AGAIN.test(prepared) || JUDGES_ONLY.test(prepared) || THANKS_ONLY.test(prepared) || talksOnly(prepared)))) return rules;
  // An act or a paper named in English (« death certificate », « proof of address », « family record book »): the model, learned on
  // French, reads « certificat » as the certificat de vie commune, « address » as a contact.
  if (NAMED_IN_ENGLISH.has(rules) && englishIntent(prepared) === rules) return rules;
  const guess = model.guess(prepared);
  const intent = guess.intent as Intent;
  if (NEVER_FROM_MODEL.has(intent) || (intent === 'greeting' && ALL_WELL.test(prepared))) return rules;
  // « numéro de dossier 45, absent le 15 »: a number given beside a task the rules read is who writes, never a contact or a key guessed.
  if (REFERENCE_INTENTS.has(intent) && TASKS.has(rules) && withoutReferences(prepared) !== undefined) return rules;
  // « il a quoi comme périscolaire demain mon fils »: a task the rules read becomes a request for the commune's contact only where one is named.
  if (intent === 'contact' && TASKS.has(rules) && !CONTACT_WORD.test(prepared)) return rules;
  if ((ACCOUNT_INTENTS.has(intent) && !ACCOUNT_WORD.test(prepared)) || (intent === 'electoral_roll' && !VOTING_WORD.test(prepared)) || ((intent === 'update_contact' || intent === 'contact') && NUMBER_ELSEWHERE.test(prepared)) || (intent === 'citizen_census' && !CENSUS_WORD.test(prepared))) return rules;
  // « c'est pour suivre ma demande »: a request followed, never a stop (which would end the conversation); « non pas comme ça »
  // (at a basket: to change it) names no stop: a stop is guessed only where a word of stopping is said.
  if (intent === 'abort' && (asksToFollowRequest(prepared) || !SAYS_STOP.test(prepared))) return rules;
  // « j'ai pas reçu le code »: the sign-in's code, read by the rules, stands (the model reads « code » as the family key's).
  // (« mon adresse hotmail n'est pas reconnue »: the e-mail refused at sign-in, mailFails.ts, never a postal address guessed.)
  if ((rules === 'sign_in' && saysSignInCode(prepared)) || mailFailsAt(prepared) === rules) return rules;
  // « après un déménagement, faut-il une nouvelle clé famille ? », « can I get a refund for the cantine days… »: named outright, the rules' stands.
  // (« je voudrais payer la facture mais j'ai perdu ma clé »: the key missing or failing, keyFails.ts.)
  if (NAMED_OUTRIGHT[rules]?.test(prepared) || (rules === 'family_key' && keyFails(prepared))) return rules;
  // « l'absence de Léa est justifiée ? »: an absence's state asked (the bookings say it), never a paper guessed.
  if (rules === 'list_bookings' && asksAbsenceStatus(prepared)) return rules;
  // « en fait si le 18 pour Hugo » (after « pas le 18 »): a day taken back into a list, an answer, never a task guessed.
  if (rules === 'unknown' && TAKES_BACK_INTO.test(prepared)) return rules;
  if (rules === 'unknown') return guess.probability >= policy.unknownThreshold ? intent : rules;
  // « le 23 cantine pr Maelya, c la semaine où jla récupère »: a day then the activity (or the activity first), opening the message, ask for it.
  // (« Hola, mi hija Valentina, centre mercredi 28 abril? Gracias »: who, what and when alone, a question mark of politeness, bareRequest.ts.)
  if (rules === 'book' && intent === 'list_bookings' && (ASKS_TO_BOOK.test(prepared) || DAY_THEN_ACTIVITY.test(prepared) || bareRequest(prepared))) return rules;
  // « je suis nouvelle sur la commune, comment inscrire mes enfants ? »: a booking becomes an account only when an account is named.
  if (rules === 'book' && intent === 'create_account' && !NAMES_AN_ACCOUNT.test(prepared)) return rules;
  // « quel jour Adam va au centre pendant les vacances ? »: a question on which days, asking nothing to be done, stays one.
  if (rules === 'list_bookings' && WHICH_DAYS.test(prepared) && !ASKS_TO_BOOK.test(prepared)) return rules;
  // « … merci d'annuler sa cantine du vendredi 18 juin », no illness nor absence said (or an appointment told after: « annulez la
  // cantine vendredi, il a rendez-vous chez le dentiste »; the illness of a parent someone writes for, proxyWriter.ts): the cancellation asked stands.
  // « cantine lundi pour Tom, j'ai un rdv chez le dentiste », « ma mère est hospitalisée, garderie soir jeudi »: the parent's own day or illness
  // is the reason the rules read; the model, which learned the appointment's words on absences, never turns it into one.
  if (intent === 'report_absence' && rules !== 'report_absence' && withoutParentsIllness(prepared) !== undefined) return rules;
  if (rules === 'cancel_booking' && intent === 'report_absence' && CANCEL_ASKED.test(prepared) && (!ABSENCE_REASON.test(withoutProxysIllness(prepared) ?? prepared) || cancelAskedBeforeAppointment(prepared) || cancelAskedWithoutIllness(prepared))) return rules;
  // « hello, moi vouloir cantine demain »: a greeting opening the request never tips it into its look-alike (the model learned
  // « hello » on questions about bookings); the pair is judged on the request alone.
  if (OVERRIDABLE[rules]?.includes(intent)) {
    const request = withoutOpeningGreeting(prepared);
    const bare = request === prepared ? guess : model.guess(request);
    return bare.intent === intent && bare.probability >= policy.pairThreshold ? intent : rules;
  }
  return guess.probability >= policy.anyThreshold && guess.probabilityOf(rules) <= policy.rulesImpossible ? intent : rules;
}

let loaded: Scorer | undefined;

/** The committed model's counts, parsed on first use (the warm-up parses them one step before the scorer is made: two shorter steps). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const intentModelCounts = (): IntentModel => (require('./intentModelData') as typeof import('./intentModelData')).COMMITTED_MODEL;

/** The committed model, loaded and made ready on first use. */
export function intentModel(): Scorer {
  loaded ??= scorer(intentModelCounts());
  return loaded;
}
