/**
 * A yes/no question about what is booked (« est-ce que Léa est inscrite à la cantine lundi ? », « Hugo mange bien à la
 * cantine mardi ? »), told from a request to book or a price asked: the intent is then `list_bookings`.
 */

/** « est-ce que Léa est inscrite… », « Hugo mange à la cantine… », « cantine lundi c'est bon pour Nora ? », « resa centre c bon pr Ilyan du 19 au 21 oct ? », « c'est bon pour la garderie ce soir ? », « est-ce que Yanis a le centre mercredi ? » (« a le » is never « à le »: a booking checked), « est-ce que Malo a la cantine le 19/01 » (the child, then « a la »), « a-t-il la garderie du soir lundi ? », « centre mercredi 13, réservé ou pas ? », « Centre mercredi fille. Réservé ? », « is Lily down for school lunch on Thursday? ». */
const BOOKED_QUESTION = /\b(?:c est|c) (?:bien )?(?:bon|ok|valide|confirme|enregistre|pris|reservee?s?|inscrite?s?|note|booke)(?: pour \w+)?(?: (?:du|le|les|ce|cette|demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi)\b[a-z0-9 ]{0,30}?)?(?: \?)?\s*$|\b(?:c est|c) (?:bien )?(?:bon|ok|valide|confirme|enregistre|note|pris) pour (?:la |le |l |les )?(?:cantine|garderie|etude|centre|accueil|repas)\b|(?:^|, )(?:c est|c) (?:bien )?(?:bon|ok|valide|confirme|note) (?:la |le |l |les )?(?:cantine|garderie|etude|centre|accueil|repas)\b|^(?:est ce qu?e? ?|est il |est elle |)(?:\w+ ){0,2}(?:est|sont) (?:bien )?(?:inscrite?s?|reservee?s?|prevue?s?|notee?s?)\b|^(?:\w+ ){0,4}(?:est|sont) (?:il|elle|ils|elles) (?:bien )?(?:attendue?s?|inscrite?s?|reservee?s?|prevue?s?|notee?s?)\b|\b(?:reservation|resa|inscription)s?\b.{0,40}\b(?:est|sont|a|ont) (?:bien )?(?:passee?s?|marche|fonctionne|ete (?:prise?s?|enregistree?s?|validee?s?))\b|^(?:c est quand|quand est ce) qu?e? ?(?:\w+ )?(?:a|ont|va|vont|mange|mangent|est|sont)\b|\b(?:a|ont|avons|avez) (?:bien )(?:eu )?(?:une |sa |leur |des |la |notre |nos |ses |son )?places?\b|\b(?:a|ont) (?:eu )?(?:une |sa |leur |des )?places?\b|\b(?:mange|mangent|va|vont|ira|iront|est|sont) (?:bien )?(?:a|au|en|a la|a l|inscrite?s?)\b|\b(?:a|ont) (?:bien )?(?:cantine|garderie|etude|centre|accueil|repas)\b|\b(?:a|ont) bien (?:la |le |l )(?:cantine|garderie|etude|centre|accueil)\b|\ba le (?:centre|periscolaire)\b|\b(?:a t (?:il|elle)|ont (?:t )?(?:ils|elles)) (?:bien )?(?:la |le |l |sa |son |leur |une place a la |une place a l |une place au )?(?:cantine|garderie|etude|centre|accueil|repas)\b|\bont (?:la |le |l )(?:cantine|garderie|etude|centre|accueil)\b|\b(?:on a|il a|elle a|j ai|ils ont|elles ont|nous avons|a t il|a t elle) bien (?:la |le |l )?(?:cantine|garderie|etude|centre|accueil|repas)\b|(?:^|, )(?:[a-z]+ ){1,2}a (?:la |le |l )(?:cantine|garderie|etude|centre|accueil)\b|\b(?:reservee?s?|inscrite?s?|prise?s?|notee?s?|validee?s?|confirmee?s?|booke) (?:ou pas|ou non)\b|\b(?:c est|c) (?:bien )?(?:bon|ok|valide|confirme|enregistre|note|pris)(?: (?:pour|pr) \w+)? (?:ou pas|ou non)\b|\b(?:bien )?(?:reservee?s?|inscrite?s?|booke|prevue?s?|notee?s?)(?: oui)? \?\s*$|^(?:is|are) (?:\w+ ){1,2}(?:down|booked|signed up|registered|enrolled|in) (?:for|in|at)\b|^(?:did|has|have|was|were) (?:my |our |the |his |her )?.{0,60}\b(?:reservations?|bookings?)\b.{0,60}\b(?:go through|gone through|work|worked|get confirmed|been confirmed|confirmed|been registered|registered|been taken)\b/;
/** « pouvez-vous me dire si », « pourriez-vous me confirmer que »: asks to be told (what follows is the question). */
const TELL_ME_IF = /(?:^|\b)(?:(?:est ce que )?(?:vous )?(?:pouvez|pourriez|pourrais|peux)(?: vous| tu)? (?:me |m |nous )?(?:dire|confirmer|indiquer|preciser|verifier|rappeler) (?:si|s(?= il)|que|qu)|(?:je voudrais|j aimerais|je souhaite|je souhaiterais) (?:savoir|verifier) (?:si|s(?= il)|que|qu)) ?/;
export const ASKS_TO_ACT = /\b(?:je peux|on peut|puis je|pourriez|pouvez|pourrais|peux tu|possible|voudrais|veux|souhaite|faut il|dois je|comment)\b|\b(?:inscrire|reserver|ajouter|annuler)\b/;

/** « …ou faut réserver ? », « …ou je dois l'inscrire ? », « …ou il faut le faire ? »: what to do if nothing is booked, the other half of a question. */
const OR_TO_BOOK = /(?<=\S) (?:ou|sinon) (?:(?:il )?faut(?: il)?|je dois|dois je|on doit|je (?:le |la |l )?(?:reserve|inscris)|faut que je (?:le |la |l )?(?:reserve|inscrive)) ?(?:le |la |l |les )?(?:reserver|inscrire|faire|la reservation)?(?: (?:pour|pr) \w+)? ?\?\s*$/;

/** « verif garderie matin janvier 7 », « vérifier la cantine de lundi pour Léo », « check cantine mardi »: a check asked, in a word. */
const CHECK_FIRST = /^(?:(?:bonjour|svp|stp|merci de|pouvez vous|pourriez vous) )?(?:verif|verifs|verifier|verifiez|verification|check|checker|controler|controlez)\b(?! (?:mon |ma |mes |l )?(?:adresse|mail|e mail|numero|telephone|facture|paiement|code|cle|identite|compte))/;

/** « j'ai mis la garderie du soir le 28 ou pas ? », « on a bien réservé la cantine mardi ou non »: did I book, asked of oneself. */
const DID_I_BOOK = /\b(?:j ai|on a|nous avons|je l ai|on l a)(?: bien| deja)? (?:mis|reserve|inscrit|coche|pris|booke)\b.{0,60}\b(?:ou pas|ou non)\b/;

/** An activity said alone after the question mark: « c réservé jeudi ? la cantine », « … ? pour la garderie du soir ». */
const ACTIVITY_AFTER_MARK = /\s*\?\s*((?:(?:pour|a|au) )?(?:la |le |l )?(?:cantine|garderie(?: du (?:soir|matin))?|etude|centre(?: de loisirs)?|accueil(?: du (?:soir|matin))?))\s*\??\s*$/;
/** « résa des enfants demain ? », « résa de Léa demain ? »: the booking named, a day and the mark, nothing asked to be done. */
const BOOKING_NAMED_ASKED = /^(?:(?:la|les|ma|mes|sa|ses|nos) )?(?:resas?|reservations?)(?: (?:de|des|du|d|pour) [a-z]+)*(?: (?:demain|apres demain|aujourd hui|ce soir|rentree|lundi|mardi|mercredi|jeudi|vendredi|(?:le |du )?\d{1,2}(?: [a-z]+)?))+ \?\s*$/;

/** The one question, then words told after its mark (no other mark): « … c bon ? il sort à 16h30 ». */
const FACT_AFTER_MARK = /^([^?]*\?) ([^?]*[a-z][^?]*)$/;

/**
 * A yes/no question about what is booked: « est-ce que … » or a question mark, naming an activity
 * or a booking word, asking nothing to be done.
 */
export function asksWhatIsBooked(said: string, activityNamed: boolean): boolean {
  // « pouvez-vous me dire si Alice a bien une place au centre ? »: the request is to be told, the question is what follows.
  // (« nous réservons chacun de notre côté. Pourriez-vous m'indiquer si Mila a la cantine le mardi 30 ? Je ne voudrais pas réserver deux fois »:
  // after a story, the question up to its mark.)
  const tell = TELL_ME_IF.exec(said);
  // (« la cantine demain c'est bon pour Ilies ou faut réserver ? »: the booking to be made if none is the other half of the question.)
  // (« c réservé jeudi et vendredi pr Ilyana ? la cantine »: the activity said after the mark is the question's.)
  // (« garderie ce soir pr Leo c bon ? il sort à 16h30 »: a fact told after the one question, asking nothing, is no part of it.)
  const told = tell ? undefined : FACT_AFTER_MARK.exec(said);
  const whole = told && !ASKS_TO_ACT.test(told[2] as string) ? (told[1] as string) : said;
  const asked = (tell ? said.slice(tell.index + tell[0].length).split('?')[0]?.trim() ?? '' : whole).replace(OR_TO_BOOK, ' ?').replace(ACTIVITY_AFTER_MARK, ' $1 ?');
  if (activityNamed && CHECK_FIRST.test(asked) && !ASKS_TO_ACT.test(asked.replace(CHECK_FIRST, ''))) return true;
  if (BOOKING_NAMED_ASKED.test(asked)) return true;
  // (« ma résa cantine du 1/10 elle est passée pr Nina »: a booking's state said last, asked without a mark in a text message.)
  const question = /^est ce qu|^(?:c est )?quand\b|\?\s*$|\b(?:reservation|resa|inscription)s?\b.{0,40}\b(?:est|sont|a|ont) (?:bien )?(?:passee?s?|marche|fonctionne)(?: pour [a-z]+)?\s*$|\b(?:ou pas|ou non|oui ou non)\b|^(?:est|a t|ont|sont) (?:il|elle|ils|elles)\b|\bquand\s*$/.test(asked) || asked !== said;
  // (« on a bien la place au centre pdt les vacs ? »: the place kept at an activity not told which, asked.)
  const aboutBookings = activityNamed || /\b(?:inscrite?s?|reservee?s?|prevue?s?|reservations?|resas?|garderie|periscolaire)\b|\bplaces? (?:a|au|en|pour) (?:la |le |l )?(?:centre|accueil|cantine|etude|colo|stage)\b/.test(asked);
  // « le repas est à 3,50 ou 4,20 ? »: an amount asks a price.
  return question && aboutBookings && (BOOKED_QUESTION.test(asked.replace(/^est ce qu?e? ?/, '')) || DID_I_BOOK.test(asked)) && !ASKS_TO_ACT.test(asked) && !/\b\d+\.\d{2}\b|€|\beuros?\b|\b(?:prix|tarifs?)\b/.test(asked);
}

/**
 * Whether an absence already reported is justified, or taken into account, asked (« l'absence de Léa est justifiée ? »,
 * « est-ce que son absence a bien été prise en compte ? », « l'absence est-elle enregistrée ? »): the bookings answer it (each
 * day says « absence signalée » or « absence justifiée »), never a new absence to report (prepare()d text).
 */
const ABSENCE_STATUS = /\babsences?\b(?: (?:de|d) \w+| du \d{1,2}\w*(?: \w+)?| d hier| de (?:lundi|mardi|mercredi|jeudi|vendredi))?(?: (?:est|sont)(?: elles?)?| a(?: t elle)?(?: bien)? ete| ont(?: t elles)?(?: bien)? ete| est(?: elle)? bien)(?: bien)? (?:justifiee?s?|prises? en compte|enregistree?s?|notee?s?|acceptee?s?|validee?s?)\b/;
const QUESTION = /\?|^(?:est ce que|est ce qu|alors|et|du coup|donc)\b|\b(?:est|sont|a|ont) (?:t )?(?:elle|elles)\b/;

/** A paper sent with it, or asked how to send (« …justifiée, je vous envoie le certificat », « …si j'envoie un certificat ? »): the upload's. */
const SENDS_PAPER = /\b(?:voici|ci joint|je (?:vous )?(?:envoie|envoi|joins|transmets|depose|renvoie)|(?:si|quand|une fois que) (?:j|je) (?:\w+ )?(?:envoie|envoi|joins|transmets|depose|fournis)|(?:dois|doit|faut|faut il|dois je|peux|peux je) (?:\w+ ){0,2}(?:envoyer|fournir|joindre|transmettre|deposer|renvoyer))\b/;

export function asksAbsenceStatus(said: string): boolean {
  return ABSENCE_STATUS.test(said) && QUESTION.test(said) && !SENDS_PAPER.test(said);
}

/**
 * A booking said made by someone (often the other parent), the commune asked to confirm it: « mon ex-conjoint me dit avoir
 * inscrit Clément à l'accueil du matin le vendredi 26 : pouvez-vous le confirmer ? », « son père l'a inscrite à la cantine
 * lundi, vous pouvez vérifier ? », « il paraît qu'elle est inscrite au centre mercredi, c'est bien le cas ? ».
 */
const TOLD_BOOKED = /\b(?:avoir|a|aurait|avait|ont|auraient|avaient|l a|l aurait|les a|les aurait|j ai|on a|il paraitrait que|il parait que|(?:il|elle|ils|elles) (?:est|sont|serait|seraient))(?: deja| bien)? (?:inscrite?s?|reservee?s?|cochee?s?|booke|mise?s?)\b/;
const CHECK_IT = /\b(?:(?:pouvez|pourriez|peux|pourrais)(?: vous| tu)? (?:me |nous )?(?:le |la |l |les )?(?:confirmer|verifier)|(?:vous )?(?:confirmez|verifiez)|(?:c est|est ce) (?:bien )?(?:le cas|vrai|exact))\s*\??\s*$/;
export const asksToConfirmToldBooking = (said: string): boolean => TOLD_BOOKED.test(said) && CHECK_IT.test(said);

/**
 * « …? je croyais que si », « …? je pensais qu'il y était »: the surprise told after the question (the question is before it); so is the wish to be
 * sure (« c bon pr l'accueil matin lundi ? jveux être sûr », « … ? je préfère vérifier », « … ? pour être sûre »).
 */
const THOUGHT_SO = /(?<=\?) (?:(?:mais|pourtant) )?(?:je|j) (?:croyais|pensais)\b[a-z ]{0,40}$|(?<=\?) (?:(?:merci|juste|c est|je|j|moi) )?(?:(?:veux|voudrais|prefere|aimerais|veut) )?(?:pour )?(?:etre (?:sure?s?|certaine?s?)|verifier|(?:ne )?(?:suis|sais) (?:pas|plus) (?:sure?s?|certaine?s?|si)|(?:j ai )?un doute|dans le doute)(?: (?:merci|svp|stp|de ne pas (?:me tromper|oublier)))?\s*[!?]?\s*$/;

/**
 * « Maëlle n'est-elle pas inscrite au centre… ? », « il n'est pas inscrit à la cantine lundi ? », « Nael a pas étude jeudi ?? jcroyais
 * que si »: the negated question asks the same.
 */
export const withoutNegatedQuestion = (text: string): string => {
  const said = text.replace(THOUGHT_SO, '');
  return /\?\s*$/.test(said)
    ? said
        .replace(/\bn (est|sont)( t)? (il|elle|ils|elles) pas\b/, '$1 $3')
        .replace(/\b(il|elle|ils|elles|\w+) n (est|sont) pas (bien )?(inscrite?s?|reservee?s?|prevue?s?|notee?s?)\b/, '$1 $2 $4')
        .replace(/^((?:\w+ ){1,2})(?:n )?(a|ont) pas (?:de |d |la |le |l )?(cantine|garderie|etude|centre|accueil)\b/, '$1$2 $3')
    : text;
};
