/**
 * Days told in the past tense are not days asked: « mon fils était malade du 2 au 6 novembre »,
 * « il a eu la gastro du 11 au 13 janvier », « j'ai payé 45 € le 20 novembre », « nous avons emménagé le 15 mars »,
 * « on m'a facturé la cantine le 11 novembre », « elle a été vaccinée
 * cet après-midi ». Read forward, such days would be next year's (or today's); a clause in the past
 * tense keeps only the days before today (« il était malade hier »). Works on prepare()d text.
 */

/**
 * Where a clause ends: a stop (not the point of an amount, « 45.50 »), a comma, a subject pronoun (« a vomi cette nuit elle reste à la maison »;
 * not English « on », « we moved on the 3rd »), a request
 * (« ma réunion a été déplacée pourriez-vous plutôt la réserver vendredi », the stop between them lost),
 * a verb of the future denied (« nous rentrerons dimanche Zoé ne sera pas là jeudi », the stop and the name's clause lost),
 * another subject of the family told (« absent demain et après-demain son grand-père est décédé »: the colon lost),
 * the child as the subject of a verb to come (« la sortie a été déplacée : mon fils mangera finalement à la maison lundi », the colon lost),
 * children named as the subject of their absence (« nous partons demain soir. Rayane et Imane seront absents jeudi », the stop lost),
 * or « et / mais / donc » (English « and », « but ») before a new subject or verb, « ajoute le 13 » (« déjà inscrit le 12 ajoute le 13 »), or « du coup » (« notre rdv a été reporté du coup Lucie ira … le 8 »).
 */
const BOUNDARY = /(?<!\d)\.|[;!?,:]|\b(?=du coup )|\b(?=(?:son|sa|ses|leur|notre|mon|ma) (?:(?:arriere )?grand (?:pere|mere)|pere|mere|papa|maman|frere|soeur|oncle|tante|papi|mamie|cousine?|parrain|marraine) (?:est|a|etait|avait|vient|s est)\b)|\b(?=(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs) (?:fils|fille|filles|enfants?|garcon|garcons|petite?|petits|grande?|ainee?|cadette?|benjamine?)(?: [a-z]+)? (?:ne |n )?(?:mangera|mangeront|sera|seront|ira|iront|viendra|viendront|restera|resteront|dejeunera|dejeuneront|pourra|pourront|va|vont|devra|devront)\b)|\b(?=(?!(?:et|ou|qui|que|ne|n|pas|hier|demain|soir|matin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)[a-z]{2,} (?:et (?!(?:ne|n)\b)[a-z]{2,} )?(?:ne |n )?(?:sera absente?|seront absente?s|manquera|manqueront)\b)|\b(?=(?:il|elle|ils|elles|je|on|nous) )(?!on (?:le \d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)|\b(?=(?:pourriez|pouvez|pourrais|merci de|merci d|j aimerais) )|\b(?=(?:ajoute|ajoutez|ajouter|rajoute|rajoutez|rajouter) (?:aussi |egalement )?(?:le|la|les|l|du) )|\b(?=(?:ne|n) (?:sera|seront|viendra|viendront|pourra|pourront|ira|iront|mangera|mangeront)\b)|\b(?:and|but)\b(?= (?:won t|wont|will|can t|cant|cannot|she|he|they|we|i)\b)|\b(?:et|mais|donc|alors|par contre|pourtant|cependant)\b(?= (?:ne |n )?(?:il|elle|ils|elles|je|j|on|nous|vous|pourr\w*|ser\w*|viendr\w*|mangera\w*|ira|iront|va|vont|pouvez|pourriez|merci|la|le|les|l|mon|ma|mes)\b)/g;

/** A verb in the past: passé composé, imparfait, plus-que-parfait, pronominal verbs. */
const PAST = new RegExp(
  // « il était malade », « vendredi c'était la fête de l'école » (not « c'était le 14 pas le 15 », « non c'était jeudi »: the day meant, said again right after it, or blanked as the day set aside)
  '\\b(?:(?<!\\b(?:c|ce|ce n|c n|ca) )etait|etait(?! (?:pas +)?(?:le |la |ce )?(?:\\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b| pas {2})|etaient|etais|etions|etiez|' +
    // « il avait de la fièvre » (not « j'avais réservé le 15 », a booking still to come)
    '(?:avait|avaient|avais|avions)(?! (?:deja |bien )?(?:reserv|inscri|prevu|demand|coch|command|ajout)\\w*)|' +
    // « a eu », « a bien été malade » (not « a été réservé », about a booking still to come, nor « le rendez-vous a été fixé lundi en huit », an appointment to come)
    '(?:a|ai|as|avons|avez|ont) (?:(?:deja|bien|pas|jamais) )?(?:eu|ete(?! (?:bien )?(?:reserv|inscri|not|enregistr|pris|annul|prevu|valid|confirm|ajout|coch|retenu|fixe|programm|planifi)\\w*)|manque|mange|payee?s?|reglee?s?|prelevee?s?|debitee?s?|garde|vomi|dormi|attrape|emmenage|demenage|facturee?s?|essaye|tente|envoye|appele|telephone|contacte|ecrit|signale|perdu|' +
    'appris|accouche|commence|echoue|comptee?s?|hospitalisee?s?|operee?s?|vue?s?|gagne|reussi|obtenu|remporte|' +
    // « il a fait une mauvaise chute à la récréation ce matin », « elle a fait un malaise »
    'fait (?:une|un) (?:(?:mauvaise|grosse|petite|vilaine) )?(?:chute|malaise|crise|allergie|reaction))|' +
    '(?:est|sont|suis|sommes) (?:restee?s?|tombee?s?|nee?s?|arrivee?s?|partie?s?|rentree?s?|hospitalisee?s?|operee?s?|decedee?s?)|' +
    // « il n'est pas venu à l'école mercredi », SMS « nael pas venu lundi »; English « my son missed school on Monday »
    '(?:(?:n )?(?:est|sont) )?pas venue?s?|missed|' +
    // « she didn't come to school on Tuesday », « he wasn't at school on Monday »: a day gone, in English.
    '(?:didn t|didnt|did not) (?:come|go|attend|make it|turn up|show up)|(?:wasn t|wasnt|was not|weren t|werent|were not) (?:at|in) (?:school|class)|' +
    // « la cantine est facturée le 11 novembre » (a charge on an invoice), « paiement refusé ce matin » (what a payment did)
    '(?:est|sont) (?:facturee?s?|comptee?s?|prelevee?s?|debitee?s?)|(?:paiement|reglement|virement|prelevement|transaction|carte|cb)s? (?:a |ont )?(?:ete |est |sont )?(?:refusee?s?|rejetee?s?|declinee?s?|echoue)|' +
    '(?:me suis|s est|se sont|nous sommes) (?:fait|faite|blessee?s?|marie\\w*|cogne\\w*|casse\\w*|tordu\\w*)|' +
    // « payé le 5 mais toujours marqué impayé », « facture réglée le 3 » (not « elle sera payée le 10 »): a payment told by its participle alone.
    '(?<=^ ?(?:deja )?)(?:paye|regle|preleve|debite)|(?<!\\b(?:sera|seront|etre|soit|sont) )(?:payee|payees|reglee|reglees|prelevee|prelevees|debitee|debitees)|' +
    // English: « we moved on the 3rd », « he was ill on Monday », « I paid on the 5th » (not « was booked », a booking to come;
    // nor « what have I got booked next week? », « have we got the club on Friday? »: « have got », what one has)
    '(?:we|i|he|she|they) (?:(?:already|just|have|has|had) )?(?:(?<!\\b(?:(?:have|has) (?:we|i|he|she|they)|have|has) )got|moved|paid|had|went|came|left|arrived|missed|started|called|sent|tried|(?:was|were|been)(?! (?:booked|registered|signed|enrolled|down|supposed|going)\\b)))\\b',
);

/** A text told in the past tense (« il s'est cassé le poignet au judo »), on lower-case text without accents. */
export const toldPast = (text: string): boolean => PAST.test(text);

/** The clause of `source` that holds position `at`. */
export function clauseAt(source: string, at: number): string {
  let start = 0;
  let end = source.length;
  for (const m of source.matchAll(BOUNDARY)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return source.slice(start, end);
}

/** The text at `at` is told in the past tense. */
export function toldInThePast(source: string, at: number): boolean {
  return PAST.test(clauseAt(source, at));
}

/**
 * The text at `at` tells what is already so (« Inès mange déjà à la cantine le mardi 12 ; pourriez-vous ajouter le jeudi 14 ? »):
 * the day is the story, asked only when no other day is.
 */
export function toldAsAlready(source: string, at: number): boolean {
  return /\bdeja\b/.test(clauseAt(source, at));
}

/** A trip or a move told: leaving, coming back, quitting the school, the plane or the train taken (« billets d'avion le 16 »). */
const TRAVEL = /\b(?:partons|partirons|partent|partiront|rentrons|rentrerons|rentreront|revenons|reviendrons|reviendra|reviendront|retournera|retourneront|quitteront|quitterons|quittons|quittera|demenage|demenagent|demenagera|demenageront|demenageons|demenagerons|depart|arrivons|arriverons|avion|vol|train|on (?:part|partira|rentre|rentrera|revient|reviendra))\b/;

/**
 * The text at `at` tells when the family leaves or comes back (« nous partons en vacances le 24 juillet… inscrire Samuel
 * du 5 au 23 juillet », « nous partons demain et rentrerons le dimanche 21 mars », « il reviendra à l'école le 4 janvier, annulez sa cantine jusqu'aux vacances »): the day is the story, asked only
 * when no other day is.
 */
export function toldAsTravel(source: string, at: number): boolean {
  const clause = clauseAt(source, at);
  if (TRAVEL.test(clause)) return true;
  // « notre vol retour, prévu le samedi 17, a été annulé »: the day said apart, of the trip named just before it.
  const before = source.lastIndexOf(clause, at);
  return /^\s*(?:initialement )?(?:prevue?s?|programmee?s?) (?:le|pour le|ce)\b/.test(clause) && before > 1 && TRAVEL.test(clauseAt(source, before - 2));
}
