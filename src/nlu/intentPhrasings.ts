/**
 * More ways residents say what they want, found on a held-out set of their messages
 * (test/nlu/heldout.jsonl): each intent's extra phrasings, tried with its main pattern in
 * intentLexicon.ts (same priority). Works on prepare()d text, politeness removed.
 */

/** The intents that have extra phrasings here (a subset of intents.ts's; intentLexicon.ts imports this file). */
type Phrased =
  | 'help' | 'forgot_password' | 'family_key' | 'citizen_census' | 'parental_authorization' | 'address_change'
  | 'cohabitation_certificate' | 'upload_document' | 'sign_in' | 'list_bookings' | 'create_account' | 'update_contact';

/**
 * « combien de repas j'ai réservés en mars ? », « combien de jours sont prévus ? »: what was booked, counted (no price asked);
 * « est-ce que j'ai pensé à réserver la cantine ? »: whether it was.
 */
const BOOKINGS_COUNTED = /\b(?:j ai|on a|ai je|avons nous|nous avons|a t on) (?:bien )?pense a (?:reserver|inscrire|cocher|mettre)\b|\bcombien de (?:\w+ ){0,2}(?:j ai|on a|nous avons|il a|elle a|ils ont|a t il|a t elle|ai je|avons nous|sont|est|ont ete|a ete) (?:deja |bien )?(?:reserv|inscri|prevu|coch|book)\w*/;

/** « je ne sais pas du tout par où commencer », naming no task (one named is asked: « …ma carte grise volée, par où commencer ? »). */
const WHERE_TO_START = /\b(?:sais|savons) (?:pas|plus) (?:du tout |trop |vraiment |bien )?(?:par ou|comment) (?:commencer|m y prendre|nous y prendre)\b/;

/**
 * « mes inscriptions en cours ? », « nos résas », « les réservations de Léa ? » (the bookings named alone, as a title), « quels jours j'ai pris
 * le centre ? », « quelles dates on a choisies ? » (which days were taken): the bookings asked for, nothing to book.
 */
const BOOKINGS_NAMED = /^(?:(?:et|bon|alors) )?(?:mes|nos|les|ses|leurs) (?:inscriptions?|resas?|reservations?)(?: (?:en cours|actuelles?|a venir|prevues?|faites|de (?:ma|mon|mes) \w+|d \w+|de [a-z]+))?(?: \?)?$|^(?:(?:et|mais|alors) )?(?:c est )?(?:quels?|quelles?) (?:jours?|dates?) (?:(?:est ce que |qu )?(?:j ai|on a|nous avons|il a|elle a|ils ont|ai je|avons nous|a t il|a t elle)) (?:deja |bien )?(?:pris|prise?s|choisie?s?|coche\w*|demande\w*|reserve\w*|inscrit\w*)\b/;

/** « sur mon espace il n'y a aucun enfant », « pas d'enfants dans l'espace »: the children missing from the account. */
const CHILDREN_MISSING = /\b(?:espace|compte|portail)\b.{0,40}\b(?:il n y a|n y a|il y a|y a) (?:aucun enfant|pas (?:d |de |mes |les |nos )?enfants?)\b|\b(?:il n y a|n y a|il y a|y a) (?:aucun enfant|pas (?:d |de |mes |les |nos )?enfants?)\b.{0,40}\b(?:espace|compte|portail)\b|\b(?:aucun enfant|pas (?:d |de |mes |les |nos )?enfants?) (?:dans|sur) (?:mon |l |notre |le )?(?:espace|compte|portail)\b/;

export const MORE_PHRASINGS: Readonly<Record<Phrased, RegExp>> = {
  // « je pas comprendre », « moi pas savoir comment faire » (simple French: the infinitive, no « ne »),
  // « a quoi tu sers », « comment ça fonctionne ? », « c'est quoi les options ? », « retour au menu », « au secours »,
  // « c'est quoi ce service ? », « qu'est-ce que c'est que ce site ? », « vous êtes qui ? », « je sais pas utiliser le site »,
  // « moi pas savoir utiliser, expliquer », « quelles sont les questions auxquelles vous pouvez répondre ? »,
  // « je découvre ce service, que peut-on y faire ? », « m'expliquer ce que je peux faire ici »
  help: new RegExp(/\b(?:questions?|sujets?|choses?|demandes?|domaines?|themes?) (?:auxquel\w*|sur lesquel\w*|pour lesquel\w*|dont) (?:vous pouvez|tu peux|vous savez|tu sais|vous etes capables?|tu es capable) (?:repondre|traiter|gerer|m aider|aider|vous occuper|t occuper|parler)\b|\ba (?:quoi|quelles? (?:questions?|demandes?)) (?:pouvez vous|peux tu|vous pouvez|tu peux|savez vous|sais tu) repondre\b|(?:^|, )(?:quel\w*|que) (?:demarches?|services?|choses?) (?:puis je|peut on|pouvons nous|je peux|on peut) (?:faire|effectuer|realiser|accomplir)(?: (?:avec|aupres de|chez|sur) (?:vous|toi|ce site|le site|ce service|cet espace)| ici| en ligne)?(?: \?)?$|(?:^|, )(?:quel\w*|que) (?:demarches?|services?) (?:proposez vous|offrez vous|vous proposez|vous offrez|proposes tu|tu proposes|rendez vous)(?: (?:dans|sur|par|avec|via) (?:cette|ce|cet|la|le|l) (?:conversation|discussion|chat|messagerie|service|site|espace|application|appli)| ici| en ligne)?(?: \?)?$|\ba quoi (?:tu |vous )?(?:sers|servez|sert)\b|\b(?:c est quoi|qu est ce que c est(?: que)?|a quoi sert) (?:ce|cet|cette) (?:service|site|chat|bot|robot|appli|application|outil|assistant|espace|truc|machin)\b(?! (?:de|d|du|des)\b)|^(?:(?:tu es|vous etes|t es) qui|qui (?:es tu|etes vous))(?: \?)?$|\bcomment (?:ca|cela|ce site|le site|ce service|l appli|l application|ce chat|ce bot) (?:marche|fonctionne)\b|\b(?:quelles? sont|c est quoi) (?:les|tes|vos) (?:options|possibilites|fonctions|fonctionnalites|choix)\b|^(?:le |au |retour au |revenir au |retourner au )?menu(?: principal)?$|\bau secours\b|^(?:je |j |moi )?(?:ne )?(?:pas|rien) (?:comprendre|compris|comprends?)(?: rien| pas| quoi faire)?(?: \?)?$|^(?:moi )?(?:comprendre|savoir) (?:pas|rien)(?: \?)?$|\b(?:moi|je) (?:pas|ne pas) savoir (?:quoi|comment)\b|\b(?:pas|ne sais pas|sais pas|sait pas) (?:savoir )?(?:utiliser|me servir|m en servir|m y retrouver)\b|^(?:.* , )?(?:expliquer|expliquez|explique)(?: moi| nous)?(?: ?\?)?$|\b(?:ce service|ce site|cet espace|cette appli\w*|ce numero|ce chat)\b.{0,30}\b(?:que|qu est ce qu|qu est ce que|ce que|ce qu) (?:peut on|puis je|je peux|on peut|l on peut) (?:y )?faire\b|\b(?:que|qu est ce qu|qu est ce que|ce que|ce qu) (?:peut on|puis je|je peux|on peut|l on peut) (?:y )?faire ici\b/.source + '|' + WHERE_TO_START.source),
  // « j'ai perdu mes identifiants », « mot de pass oublier », « j'essaie de me connecter mais ça marche pas »
  // « le site me dit que mon identifiant est inconnu »
  // « je me souviens plus de mon identifiant », « je me rappelle pas de mon login »
  forgot_password: /\b(?:souviens|souvient|souvenons|rappelle|rappelons) (?:plus|pas) (?:de |d )?(?:mon |mes |notre |nos |son |ses |l |les )?(?:identifiants?|logins?|codes? d acces|nom d utilisateur)\b|\b(?:identifiants?|logins?|codes? d acces|nom d utilisateur) (?:est |sont |serait )?(?:inconnue?s?|introuvables?|(?:pas|non) reconnue?s?|invalides?|errone\w*|incorrecte?s?|refusee?s?|n existe (?:pas|plus))\b|\bperdu (?:mon |mes |l |les )?(?:identifiants?|logins?|codes? d acces)\b|\bmots? de pass\b|\bmdp\b|\b(?:me connecter|connexion)\b.{0,30}\b(?:(?:ne )?(?:marche|fonctionne) (?:pas|plus)|echoue|refuse\w*)\b/,
  // « j'ai reçu un courrier avec un code », « rattacher mes enfants à mon compte », « je ne vois pas mes enfants »,
  // « un code à saisir pour voir nos enfants », « la clé Espace Citoyens Enfance »,
  // « la mairie m'a envoyé un code » (a code sent by e-mail to sign in is not the family's: « par mail »),
  // « on me demande une clé personnelle », « clé perso »
  family_key: new RegExp(/\b(?:mairie|commune|ecole|regie|service \w+)\b.{0,20}\b(?:envoye|donne|transmis|remis|fourni|adresse|communique|poste)e? (?:un |une |le |mon |notre |ce |son )?code\b(?! (?:par|dans|sur) (?:mail|e ?mail|courriel|sms|texto))|\b(?:courrier|lettre)\b.{0,40}\bcode\b|\b(?:rattach\w*|relier|lier|associer|ajouter) (?:mes|mon|ma|les|nos) (?:\w+ )?(?:enfants?|fils|filles?)\b.{0,30}\b(?:compte|espace|dossier)\b|\b(?:ma|la|notre) cle\b(?! (?:usb|de (?:voiture|maison|la maison|l appartement|la boite)))(?: \w+){0,2} (?:ne )?(?:marche|fonctionne|passe) (?:pas|plus)\b|\b(?:vois|trouve|voit|affiche) (?:pas|plus) (?:mes|les|nos) enfants\b|\b(?:mes|les|nos) enfants? n (?:apparai\w*|est|sont) (?:pas|plus)\b|\b(?:code|cle) (?:a |pour |qui |de l ecole )(?:\w+ ){0,6}(?:mes|nos|les|ses|leurs|votre|vos) enfants\b|\bcle (?:\w+ ){0,3}enfance\b|\bcles? (?:perso|personnelle?|d activation|d acces famille)\b/.source + '|' + CHILDREN_MISSING.source),
  // « mon fils a eu 16 ans, que doit-il faire ? » (not « ma fille de 16 ans part en Espagne »)
  // « mon fils 16 ans, papier pour l'armée ? », « c'est quoi le service national ? »
  citizen_census: /\b(?:(?:a|aura|va avoir|vient d avoir|a eu|fete ses|ai|aurai|vais avoir|viens d avoir)|(?:fils|fille|enfant|ado)(?: de| a)?) 16 ans\b(?!.{0,60}\b(?:part|partir|voyage\w*|etranger|autorisation|vote|voter)\b)|\b(?:armee|service (?:militaire|national))\b/,
  // « mon fils part en Angleterre du 15 au 20 mars avec sa classe », « qu'un mineur quitte la France sans ses parents »
  parental_authorization: /\b(?:part|partira|partent|va|ira|partir|voyage\w*) (?:en|au|aux) (?!(?:sortie|classe verte|classe decouverte|excursion|promenade|balade|visite|pique nique|rando\w*|foret|piscine|musee|cinema|theatre|spectacle|parc)\b)[a-z]+\b.{0,40}\bavec (?:sa|son|ses|leur|l|la|le) (?:classe|college|ecole|lycee|club|equipe|professeure?s?|maitresse|maitre)\b|\b(?:quitt\w*|sort\w*) (?:de )?(?:la france|le territoire|le pays|l europe)\b|\bmineure?s?\b.{0,50}\bsans (?:ses|les|leurs|son|sa|leur) (?:parents?|pere|mere)\b/,
  // « je voudrais un justificatif de domicile de la mairie », « un justificatif de domicile, la mairie peut-elle m'en
  // fournir un ? » (one to send is a paper: upload_document)
  address_change: /\b(?:voudrais|veux|besoin d|demander?|obtenir|avoir|delivr\w*|souhaite) (?:un |une )?justificatif (?:de |d )(?:domicile|residence)\b(?!.{0,30}\b(?:envoyer|fournir|deposer|transmettre|joindre)\b)|\bjustificatifs? (?:de |d )(?:domicile|residence)\b.{0,60}\b(?:m en|nous en|me|nous)(?: le| l)? (?:fournir|delivrer|donner|faire|etablir)\b|\b(?:m en|me|nous en|nous) (?:fournir|delivrer|donner|faire|etablir) (?:un |une )?justificatif (?:de |d )(?:domicile|residence)\b/,
  // « on vit en couple, il nous faut un certificat »
  // « une preuve que nous vivons ensemble », « un papier disant qu'on habite ensemble »
  cohabitation_certificate: /\ben couple\b.{0,40}\b(?:certificat|attestation)\b|\b(?:certificat|attestation)\b.{0,40}\ben couple\b|\b(?:preuve|prouve\w*|attest\w*|justificatif|document|certificat|papier)s?\b.{0,40}\b(?:vivons|vivent|vivez|vivions|vit|habitons|habitent|habite|vivre|habiter) ensemble\b/,
  // « je vous envoie la photo de mon attestation CAF », « le service m'a demandé le certificat médical de ma fille »
  // « le scan est trop lourd, ça passe pas »: the paper's file fails to go.
  // « le pédiatre a fait le PAI, je vous l'envoie par où ? », « numéro allocataire CAF, je le mets où ? » (for the quotient)
  // « document impôts, envoyer où pour tarif ? », « attestation CAF à transmettre comment ? »: a paper, where or how it goes, said short.
  upload_document: /\b(?:documents?|justificatifs?|papiers?|attestations?|avis|feuilles?)(?: (?:d |de |des |du |la |l )?(?:impots?|imposition|caf|revenus?|domicile|salaire|employeur|quotient))?\b ?,? (?:a |je dois |on doit |il faut )?(?:envoyer|transmettre|deposer|donner|faire passer|remettre) (?:ou|comment|a qui|par ou)\b|\b(?:scan|fichier|pdf|piece jointe|pj|document|justificatif)s?\b.{0,30}\b(?:trop (?:lourde?s?|gros(?:se)?s?|volumineu\w*)|(?:passe|charge|telecharge|televerse|s envoie|part) (?:pas|plus))\b|\bnumero (?:d )?allocataire\b.{0,40}\b(?:mett\w*|mets|saisi\w*|donn\w*|fourni\w*|envo\w*|transmet\w*|indiqu\w*|ou)\b|\b(?:pai|documents?|justificatifs?|papiers?|certificats?|attestations?|ordonnances?|jugements?|photos?|scans?|copies?)\b.{0,60}\b(?:vous |te )?(?:l|le|la|les) (?:envoie|envoyer|transmets|transmettre|depose|deposer|fais passer|faire passer|fais parvenir|faire parvenir)\b.{0,12}(?:\b(?:comment|ou|par ou|par quel moyen|a qui)\b|\?)|\b(?:envoie|envoies|envoyez|envoye|transmets|transmettons|joins|depose|deposons)\b.{0,40}\b(?:documents?|justificatifs?|pieces?|papiers?|certificats?|attestations?|avis d|photos?|fichiers?|pdf|scans?|copies?)\b|\b(?:m a|m ont|nous a|nous ont|me|nous) (?:demande|reclame|exige)\w* (?:un |une |le |la |les |des |mon |ma |mes |son |sa |ses |l )?(?:\w+ )?(?:documents?|justificatifs?|pieces?|papiers?|certificats?|attestations?|avis d|photos?|fichiers?|copies?)\b/,
  // « je n'ai jamais utilisé le portail », « mon mari a un compte, je peux en avoir un à mon nom ? », « mes propres identifiants »,
  // « il faut s'enregistrer ? », « on vient d'emménager, c'est quoi la première étape pour avoir un accès au portail ? »
  create_account: /\bjamais (?:utilise|ete sur|eu acces a|venu sur) (?:le |l |ce |cet )?(?:portail|site|espace|appli|application)\b|\b(?:mon|ma|mes|son|sa|ses|notre|nos) propres? (?:compte|espace|acces|identifiants?)\b|\ben (?:avoir|ouvrir|creer|faire) un (?:autre |second |deuxieme )?(?:a mon nom|pour moi|a moi|perso\w*)\b|\b(?:m|s|me|se|nous) (?:suis |sommes )?enregistr\w*\b(?! (?:comme|en tant que)\b)|\b(?:venons|vient|viens|venez|venu|venue|venus) d (?:arriver|emmenager)\b.{0,80}\b(?:premiere etape|(?:avoir|obtenir) (?:un |l )?acces)\b/,
  // « modifier le nom de mon employeur et mon téléphone professionnel »: the means of contact second in a list of changes
  // (« mettre le tel de la mamie comme contact d'urgence, 06… », « ajouter sa tante comme personne à prévenir »: someone to call, given.)
  update_contact: /\b(?:changer|modifier|mettre a jour|corriger|actualiser)\b.{0,40}\bet (?:mon |ma |mes |notre |nos |le |la |les |son |sa |l )?(?:adresse|mail|e ?mail|courriel|telephone|tel|numero|portable|coordonnees)\b|\b(?:mettre|mets|mettez|ajouter|ajoute|ajoutez|rajouter|rajoutez|enregistrer|enregistrez|noter|notez|declarer|indiquer|changer|modifier)\b.{0,40}\b(?:comme |en )?(?:contacts? (?:d urgence|a prevenir)|personnes? a (?:prevenir|contacter|appeler)(?: en cas d urgence)?|numeros? d urgence)\b/,
  // « s'identifier », « je trouve pas où on se log », « Connexion. Moi avoir compte. » (I have one)
  sign_in: /\bmoi (?:deja )?avoir (?:un |mon )?(?:compte|espace)\b(?! \?)|\bs (?:identifier|connecter|logger|loguer)\b|\b(?:on|je|se|me) (?:se |me )?log(?:ger|guer|uer|ue|gue)?\b/,
  // « me dire ce que j'ai réservé », « j'ai réservé quoi ? », « je ne sais plus si j'ai réservé », « avez-vous bien reçu ma
  // réservation », « quelles sont les réservations de Tom ? », « qu'est-ce qui est réservé ? », « planning de la semaine », « agenda des enfants »,
  // « mes enfants manger cantine quels jours ? » (a question ending on « quels jours », nothing asked to be done, about the family:
  // not « les poubelles passent quel jour ? »),
  // « on a quoi comme réservations ? », « pas sûr d'avoir coché la cantine lundi »,
  // « il a quoi comme périscolaire demain », « g bien résa la cantine ? », « je veux savoir quels jours il a cantine »,
  // « ils ont quelle activité après-demain », « me rappeler les jours où elle est inscrite »
  // (« je voudrais réserver, mais je ne sais pas si c'est ici qu'on le fait »: a doubt on the place, not on what is booked),
  // « vérifier ce qui est vraiment réservé pour Ambre ce mois-ci »
  list_bookings: new RegExp(/\b(?:qu est ce qui |ce qui |qu est ce qu il y a (?:de |d ))(?:est |a ete |sont |ont ete |est deja )?(?:(?:vraiment|bien|reellement|effectivement|actuellement|deja|encore) )?(?:reserve|prevu|inscrit|coche)e?s?\b|^(?!.*\b(?:inscrire|reserver|annuler|ajouter|besoin)\b)(?:le |l |mon |son |notre |leur )?(?:planning|calendrier|agenda|emploi du temps)(?: (?:de|du|des|d|pour)\b.*)?$|\bce que (?:j ai|on a|nous avons|il a|elle a) (?:deja )?(?:reserve|prevu|inscrit)\b|\b(?:j ai|on a|nous avons) (?:deja )?(?:reserve|inscrit \w+) quoi\b|\b(?:sais|sait|souviens|rappelle) (?:plus|pas) si\b(?! (?:(?:mon|le|notre|ce|la|ma) )?(?:paiement|reglement|virement|prelevement|factures?)\b)(?! (?:c est|c|je suis|on est|j ecris|je m adresse|je (?:dois|peux)(?: [a-z]+){0,3}?) (?:bien )?(?:ici|le bon|la bonne|au bon|a la bonne|a vous|par ici|sur ce site)\b)|\b(?:avez vous|vous avez) (?:bien )?(?:recu|pris|note|enregistre)\b|\bquel\w* (?:sont )?(?:les |mes |nos |ses )?(?:reservations|inscriptions|jours reserves)\b|^(?!.*\b(?:reserv|inscri|annul|ajout|rajout|book|ouvert|ferme|horaire)\w*)(?=.*\b(?:je|j|on|nous|il|elle|ils|elles|mes|mon|ma|nos|notre|ses|son|sa|leurs?|enfants?|fils|filles?|cantine|garderie|etude|centre|accueil|periscolaire|repas)\b).*\b(?:quels?|quelles?) (?:jours?|dates?)(?: \?)?$|\b(?:quoi|quelles?) comme (?:reservations?|inscriptions?|activites?|periscolaire|accueils?)\b|\b(?:ai|a|avons|ont) (?:je |t il |t elle |nous )?bien (?:reservation|reserv\w*|inscrit\w*|coche\w*|book\w*)\b|\b(?:savoir|connaitre|voir|dire|indiquer|rappeler) (?:quels?|quelles?) (?:jours?|dates?|activites?)\b(?!.*\b(?:peux|peut|pouvons|possible|ouvert\w*|ferme\w*|reste\w*|faut|dois|doit|reserver|inscrire)\b)|\b(?:pas (?:sure?|certaine?)|doute) (?:d avoir|que (?:j ai|on a|nous avons)|qu on ait|si (?:j ai|on a))\b|\b(?:il|elle|ils|elles|on) (?:a|ont|fait|font) (?:quel|quelle|quels|quelles) (?:activites?|accueils?|periscolaire)\b|\b(?:quel|quelle)s? activites? (?:a|ont|fait|font)(?: t)? (?:il|elle|ils|elles)\b|\b(?:rappeler|redonner|dire|indiquer) (?:les )?jours (?:ou|qu)\b(?!.*\b(?:peux|peut|pouvons|possible|ouvert\w*|ferme\w*|faut|dois|doit|reserver|inscrire)\b)/.source + '|' + BOOKINGS_COUNTED.source + '|' + BOOKINGS_NAMED.source),
};

/** « quelle heure est-il ? » asks the time, not the hours. */
export const ASKS_THE_TIME = /\b(?:quelle heure est il|il est quelle heure|quelle heure il est)\b/;

/**
 * « combien de kilomètres… ? », « combien d'habitants… ? »: a measure asked, nothing to pay (off-topic); « on doit réserver combien de
 * jours avant ? », « combien de temps à l'avance ? »: a delay asked (the task named says which).
 */
export const ASKS_A_MEASURE = /\bcombien (?:de |d )(?:kilometres?|km|metres?|kilos?|kg|habitants?|litres?|calories)\b|\bcombien (?:de |d )(?:jours?|semaines?|heures?|minutes?|temps)(?: \w+){0,3} (?:avant|a l avance|d avance|en avance|de delai|de prevenance)\b|\bcombien de temps\b(?!.{0,30}\b(?:factur|pay|regl|prix|tarif|cout)\w*)/;

/** An explicit cancelling verb: « ne mangera pas mercredi, il faut annuler » cancels rather than reports an absence. */
export const CANCEL_VERB = /\b(?:annul\w*|desinscri\w*|decoch\w*|decommand\w*|deprogramm\w*|desist\w*)\b|(?<=^|[,.] |bonjour )cancel\b(?= (?:la |le |l |les )?(?:cantine|garderie|etude|centre|accueil|periscolaire|repas))/;

/**
 * « la cantine c'est vraiment pas bon, mon fils mange rien », « la garderie c'est n'importe quoi »: a judgement of an activity
 * (or of the service), with no day said, asks nothing of it (not a booking). « c'est pas bon » alone is left to the other readings.
 */
export const JUDGES_ONLY = /^(?!.*\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|aujourd hui|semaine|mois|vacances|\d{1,2})\b)(?=.*\b(?:cantines?|garderies?|repas|nourriture|menus?|plats?|etude|centre|accueil|periscolaire|animat\w*|surveillan\w*|appli\w*|site|service)\b).*\b(?:pas bon(?:ne)?s?|pas terrible|degueu\w*|immangeable|infecte?s?|inadmissible|inacceptable|scandal\w*|honteu\w*|une honte|n importe quoi|(?:toujours|trop|tout) (?:froid|sale|bruyant)e?s?|mal (?:organise|surveille|cuit)e?s?|(?:mange|mangent) (?:rien|presque rien|jamais rien)|mecontente?s?|pas contente?s?|decue?s?|(?:me|nous) plaindre)\b/;
/** Whom a child sees on a school day: « rdv dentiste jeudi », « chez l'orthophoniste ». */
export const CARER = '(?:dentiste|orthophonist\\w*|orthodontist\\w*|pediatre|ophtalmo\\w*|kine\\w*|medecin|docteur|dermato\\w*|orl|specialiste|psychologue|psychomotricien\\w*|osteopathe|osteo|allergo\\w*|orthoptiste|ergotherapeute|podologue|chirurgien)';
/** What makes it an absence all the same (an illness, a word for absence, a medical appointment). */
export const ABSENCE_REASON = new RegExp(`\\b(?:absen\\w*|malade|maladie|fievre|gastro|grippe|covid|varicelle|otite|hospitalise|hopital|medical|souffrante?|blesse|opere|${CARER})\\b`);

/** « mercredi à 17h », « demain vers 9h ? », « et samedi à midi » alone: a moment, asked about the hours. */
export const ONLY_A_MOMENT = /^(?:et )?(?:(?:le |ce |la )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: prochain)?|demain|aujourd hui|apres demain)(?: matin| soir| apres midi)? )(?:a |vers |pour )?(?:\d{1,2} ?h(?: ?[0-5]\d)?|\d{1,2} heures?(?: [0-5]\d)?|\d{1,2}:\d\d|midi(?: et demi)?|minuit)(?: \?)?$/;

/**
 * « c'est la 3e option que je veux », « je choisis la proposition numéro 1 »: a choice among options the resident sees
 * elsewhere (no menu of ours is open when this is read), which says nothing of what is wanted.
 */
export const OPTION_BY_NUMBER = /^(?:(?:c est|c|je (?:choisis|prends|veux)|je voudrais) )?(?:la |le |l )?(?:\d+ ?(?:e|eme|er|ere)|premiere?|deuxieme|second|seconde|troisieme|quatrieme|derniere?)? ?(?:option|proposition|choix|reponse)(?: (?:numero|n|no) ?\d+| \d+)?(?: (?:que|qu) (?:je|j) (?:veux|voudrais|prends|choisis))?$/;

/**
 * « quels sont vos services ? », « quelles options ? », « c'est quoi le principe ? », « je fais comment ? »: the whole message
 * asks what the assistant offers or how to go about it (help), naming no task.
 */
export const ASKS_WHAT_IS_OFFERED = /^(?:(?:et|mais|alors|donc|bon|ok) )?(?:(?:quels?|quelles?) (?:sont )?(?:les |tes |vos )?(?:services?|options?|possibilites|fonctions|fonctionnalites|choix)(?: (?:proposee?s?|offerte?s?|disponibles?))?(?: (?:tu|vous) (?:proposes?|proposez|offres?|offrez|as|avez)| (?:proposes?|proposez|offres?|offrez|as|avez) (?:tu|vous))?|(?:les )?options|(?:c est |c )?quoi le (?:principe|fonctionnement)|(?:je|on) (?:fais|fait|dois faire|doit faire) comment|(?:je dois |on doit )?(?:faire )?quoi faire|quoi faire)(?: (?:ici|maintenant|exactement))?(?: \?)?$/;

/** « voir toutes les factures », « afficher la liste de mes factures », « consulter nos factures ». */
export const SEE_INVOICES = /\b(?:voir|afficher|consulter|lister|regarder|retrouver|avoir la liste (?:de|des)|la liste (?:de|des))\b(?: (?:moi|nous))?(?: (?:toutes|tous))?(?: (?:les|mes|nos|ma|la))? (?:\w+ )?factures?\b|\b(?:connaitre|voir|savoir|consulter|verifier|avoir|afficher)(?: (?:moi|nous))? (?:mon|le|notre|ma) (?:solde|reste a payer|situation (?:de compte|financiere)|montant (?:du|restant|a payer))\b|\b(?:j ai|ai je|on a|avons nous|nous avons|il y a|y a t il|y a) (?:encore |toujours )?des (?:impayes|factures impayees|retards? de paiement)\b(?=[^?]{0,40}\?)/;
/** To pay, asked (not « ce qui reste à payer », « je ne veux pas payer deux fois »). */
export const PAY_ASKED = /\b(?:veux|voudrais|souhaite\w*|aimerais|vais|peux|puis je|pouvez vous) (?!pas\b|plus\b)(?:la |les |le |\w+ )?(?:payer|regler)\b|\bet (?:la |les )?(?:payer|regler)\b/;

/** A step, a page, a form or a link that blocks: « page 2 du formulaire je bloque », « le lien de l'étape 3 marche pas », « bloqué à l'étape 2 ». */
export const STUCK_IN_A_FORM = /^(?=.*\b(?:etape|page|formulaire|lien|bouton)s?\b)(?=.*\b(?:(?:je )?bloque\w*|coince\w*|(?:marche|fonctionne|charge|s ouvre|ouvre|repond) (?:pas|plus)|rien ne se passe)\b)(?!.*\b(?:mot de passe|mdp|code|connexion|connecter|paiement|payer|factur\w*|cle)\b).*$/;

/** « il reste des factures impayées ? », « je pensais avoir tout réglé »: what is left to pay, asked or doubted. */
export const UNPAID_ASKED = /\b(?:pensais|croyais|pensions|croyions|pensait|croyait) (?:avoir|que (?:j|on|nous) (?:avais|avait|avions)) (?:tout |bien |deja )*(?:paye|regle)\b|\b(?:reste|restent|reste t il|y a t il|y a|il y a|ai je|j ai|avons nous|on a)(?: encore)? (?:des |une |d )?factures? (?:impayee|non payee|non reglee|en retard|a regler|en attente(?: de (?:paiement|reglement))?)s?\b.*\?\s*$/;

/** An absence told as past: « a été absent mardi », « étaient malades ». */
export const PAST_ABSENCE = /\b(?:a|ont|avait|avaient) ete (?:absente?s?|malades?)\b|\b(?:etait|etaient) (?:absente?s?|malades?)\b/;

/** Whether a paper is needed, asked: « faut-il envoyer un certificat ? », « dois-je fournir un justificatif ? ». */
export const PAPER_QUESTION = /\b(?:faut il|faudra t il|dois je|doit on|devons nous|est ce qu il faut|il faut)\b.*\?\s*$/;

/** « garderie matin c'est à partir de 7h15 ? », « la cantine jusqu'à 13h30 ? »: a time asked (not « je peux venir dès 16h ? »). */
/** « dernière heure pour récupérer les enfants c'est quoi », « l'heure limite pour venir chercher Léo ? »: the latest time, asked (no day, no request). */
export const LATEST_TIME = /^(?!.*\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|ce soir|\d{1,2}(?! ?h))\b).*\b(?:derniere heure|heure (?:limite|max|maximum|maximale)|(?:jusqu a|a) quelle heure au plus tard)\b.*(?:\?|c est quoi|c est combien|svp|stp)\s*$/;
export const TIME_ASKED = /^(?!.*\b(?:je|j|on|nous) (?:peux|peut|pouvons|dois|doit|devons)\b).*\b(?:a partir de|des|jusqu a) \d{1,2} ?h(?: ?[0-5]\d)?\b.*\?\s*$/;

/**
 * A time of an activity asked (« mon fils peut rester à la garderie jusqu'à quelle heure », « l'accueil du matin commence à quelle heure »,
 * « à quelle heure je viens le chercher à l'étude »): its hours. With a booking's verb it is the deadline's question or a booking (BOOKING_VERB).
 */
export const ACTIVITY_HOURS_ASKED = /\b(?:jusqu a|a partir de|des|vers|avant|apres) quelle heure\b|\bquelle heure\b(?: \w+){0,4} (?:finit|finissent|fini|commence|commencent|termine|terminent|ouvre|ouvrent|ferme|ferment|sort|sortent|recupere\w*|cherche\w*)\b/;
export const BOOKING_VERB = /\b(?:inscri\w*|reserv\w*|ajout\w*|rajout\w*|annul\w*|absen\w*|malade|book\w*|cancel\w*)\b/;

/** A booking asked in so many words: « je voudrais l'inscrire à la cantine », « pourriez-vous réserver… ». */
export const BOOK_ASKED = /\b(?:voudrais|voudrions|souhaite|souhaitons|souhaiterais|aimerais|veux|pourriez vous|pouvez vous|merci d)\b(?: \w+){0,2} (?:inscrire|reserver)\b/;

/** « je veux pas annuler », « n'annulez pas », « pas la peine d'annuler », naming no day: what was to be cancelled is kept. */
const KEEPS_IT = /^(?!.*\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|semaine|\d{1,2})\b).*\b(?:(?:ne )?(?:veux|veut|voulons|souhaite|souhaitons) (?:pas|plus)|n annulez pas|annulez pas|pas (?:la peine|besoin) d) annuler\b|^(?:non )?(?:n )?annulez pas\b/;
/** What asks for something else after it: « je ne veux pas annuler, je voudrais ajouter la garderie », « pas besoin d'annuler, il sera absent ». */
const ASKS_ELSE = /\b(?:mais|juste|plutot|seulement|voudrais|veux|souhait\w*|aimerais|ajout\w*|rajout\w*|inscri\w*|reserver|reservez|modifi\w*|deplac\w*|chang\w*|absen\w*|malade|signal\w*|sera|seront|ira|iront|mangera|mangeront|viendra|viendront)\b/;
/** The cancellation called off, nothing else asked after it. */
export const keepsIt = (said: string): boolean => {
  const m = KEEPS_IT.exec(said);
  return m !== null && !ASKS_ELSE.test(said.slice(m.index + m[0].length));
};
