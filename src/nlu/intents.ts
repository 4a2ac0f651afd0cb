/**
 * What the resident wants, from a lexicon of our own on prepare()d text (no accents, SMS
 * spellings expanded): tolerant of typos that keep a word's start, franglais, politeness.
 * The first intent of PRIORITY that matches wins: the specific before the general
 * (« annuler la cantine » is cancel_booking before it is book; « numéro de la mairie » is contact,
 * « changer mon numéro » is update_contact). « j'annule tout », naming nothing, is a stop (abort), in
 * a task as at the menu; « j'annule toutes mes réservations » names what it cancels (cancel_booking).
 */

import { withoutOwnNumber } from './ownNumber';
import { asksForContact } from './contactQuestions';
import { elsewhereKindOf } from './elsewhereDemarches';
import { greetingOnly } from './greetings';
import { greetsWithName } from './greetingWithName';
import { withoutChannelTail } from './channelTail';
import { cancelWhenAsked } from './cancelWhenAsked';
import { STILL_POSSIBLE } from './stillPossible';
import { englishIntent } from './englishIntents';
import { asksAboutElsewhere } from './elsewherePlaces';
import { howToTopic, type HowToTopic } from './howTo';
import { lastReads } from './lastReads';
import { takenBackTail } from './takenBack';
import { booksAfterContrast, missesWithReason, withoutIllness, withoutParentsIllness } from './intentReasons';
import { PLAIN_PHRASINGS } from './plainPhrasings';
import { withoutProxysIllness } from './proxyWriter';
import { askedBesideContext } from './contextBeside';
import { sendsPaperAgainstBilling } from './paperAgainstBilling';
import { saysSignInCode } from './signInCode';
import { validatesNewAccount } from './newAccountCode';
import { shortQuestion } from './shortQuestions';
import { talksOnly } from './smallTalk';
import { STOP_FOR_NOW_ALONE } from './stopForNow';
import { asksWhereToSignIn, CANNOT_GET_IN, CREDENTIALS_FAIL, HAS_CREDENTIALS, PORTAL_FAILS, WAY_IN_WORKS } from './signInQuestions';
import { asksIfOpen, asksWhenOpen, asksWhereIs } from './visitQuestions';
import { ASKS_A_MEASURE, ASKS_THE_TIME, PAY_ASKED, SEE_INVOICES, ASKS_WHAT_IS_OFFERED, JUDGES_ONLY, MORE_PHRASINGS, ONLY_A_MOMENT, OPTION_BY_NUMBER, PAPER_QUESTION, PAST_ABSENCE, BOOK_ASKED, keepsIt, STUCK_IN_A_FORM, TIME_ASKED, LATEST_TIME } from './intentPhrasings';
import { ASKS_TO_ACT, asksAbsenceStatus, asksToConfirmToldBooking, asksWhatIsBooked, withoutNegatedQuestion } from './bookedQuestion';
import { asksWhatCanBeAsked } from './whatCanIAsk';
import { withoutSideRemark } from './sideRemark';
import { asksAboutPaidInvoices } from './paidInvoiceQuestions';
import { foreignForRules } from './foreignWords';
import { howManyAsked } from './howManyAsked';
import { invoiceNotReceived } from './invoiceNotReceived';
import { askedBesideReference } from './referenceBeside';
import { keyFails } from './keyFails';
import { bookingBesideRemark } from './bookingAside';

export const INTENTS = [
  'create_account', 'sign_in', 'forgot_password', 'family_key', 'book', 'cancel_booking', 'report_absence',
  'list_bookings', 'list_invoices', 'pay_invoice', 'e_invoice', 'civil_status_act', 'electoral_roll',
  'family_booklet', 'citizen_census', 'parental_authorization', 'address_change', 'cohabitation_certificate',
  'upload_document', 'update_contact', 'elsewhere_demarche', 'opening_hours', 'contact', 'help', 'abort', 'greeting', 'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

/** What says stop, alone or one after another: « laissez tomber », « stop », « je ne veux plus continuer », « je n'ai plus besoin de rien ». */
const ABORT_WORDS =
  '(?:(?:(?:je|j|on|nous) )?(?:laisse|laissez|laisser|laissons) tomber|(?:j|je|on|nous) (?:arrete|arretons|abandonne|abandonnons|laisse|annule|annulons)|(?:je|on) (?:ne )?(?:veux|veut|voulons) (?:plus|pas|rien)|' +
  '(?:(?:je|on|nous) )?(?:ne )?(?:veux|veut|voulons|souhaite|souhaitons|vais|va|peux) (?:plus|pas) (?:continuer|poursuivre|aller plus loin)|(?:ne )?(?:plus|pas) continuer|' +
  'plus|(?:(?:j|je|on) (?:n )?(?:ai|a) )?rien dit|(?:(?:c est|ce n est|c) )?plus la peine|inutile(?: de (?:continuer|poursuivre|aller plus loin))?|pas la peine|c est pas la peine|ce n est pas la peine|plus besoin|(?:ca|cela) ne m interesse (?:plus|pas)|annule|annulez|annuler|on annule|stop|stoppe|stopper|' +
  '(?:arrete|arretez)(?: toi| vous)?|on arrete|(?:on )?n en (?:parlons|parle|parlez) plus|oublions|arreter|oublie|oubliez|cancel|quit|quitter|abandon|abandonner|tant pis|basta|fin|fini|c est fini|(?:ca )?(?:suffit|suffira)|(?:j en ai )?assez|c est assez|rien|abandonne|abandonnez|(?:je|j|on|nous) (?:renonce|renoncons)|renoncer|renonce|je (?:laisse|lache) l affaire|nevermind|never mind|ca ira|ira|' +
  // « oublie ce que j'ai dit », « oubliez ma question »: what was said taken back, not a password forgotten
  '(?:oublie|oubliez|oublions) (?:ce que (?:je|j) (?:t |vous )?(?:ai|viens de) (?:dit|dire|demande|demander|ecrit|ecrire)|(?:ma|mon|cette) (?:question|message|dernier message))|' +
  // « mettons fin à cette démarche », « je voudrais mettre fin à la conversation »
  '(?:(?:je |on )?(?:voudrais|veux|souhaite|prefere) )?(?:mettons|mettez|mettre|je mets|on met) fin(?: (?:a|au)(?: (?:cette|la|ma|notre|ce|cet|l))?(?: (?:demarche|demande|conversation|echange|discussion|procedure|operation))?)?|' +
  // « je préfère arrêter là », « on préfère en rester là »
  '(?:(?:je|on|nous) )?(?:prefere|preferons|prefererais) (?:arreter|abandonner|laisser tomber|en rester|ne pas continuer|stopper)|' +
  // « je n'ai plus besoin de rien », « on a besoin de rien finalement »: nothing named, nothing wanted
  '(?:(?:je|j|on|nous) )?(?:n )?(?:ai|a|avons)? ?(?:plus |pas )?besoin de rien|' +
  // « je veux plus rien faire », « ne rien faire de plus »
  '(?:ne )?rien (?:faire|de plus)(?: de plus| du tout)?|' +
  // « ce n'est plus nécessaire », « je veux sortir », « exit », « pas maintenant », « on en reste là », « j'ai changé d'avis », « annule ce que je viens de dire »
  // « arrêtez de me poser des questions », « ne me pose plus de questions », « j'en ai marre de vos questions », « stop asking me questions »
  '(?:(?:arrete|arretez|arreter|cesse|cessez|cesser|stop|stoppez) (?:de |d )?(?:me |m |nous )?(?:poser|envoyer|demander|ecrire|relancer|harceler|embeter|deranger|questionner|asking|ask)(?: me)?|ne (?:me |m |nous )?(?:pose|posez|envoie|envoyez|demande|demandez|ecris|ecrivez) plus) (?:(?:de|des|les|tes|vos|ces|toutes ces|autant de|d autres) )?(?:questions?|messages?|sms|trucs?|choses?)|(?:arrete|arretez|stop|assez|fini|plus) (?:de |d )?(?:tes|vos|les|ces|de) questions|(?:j en ai )?marre(?: de (?:vos|tes|ces|toutes ces) questions)?|' +
  '(?:(?:ce n est|c est|c|ca n est|n est) )?(?:plus|pas) (?:necessaire|utile)|(?:je veux |je )?(?:sortir|sors)|quitte|quittez|arretons|exit|abort|stoppez|termine|terminer|(?:fin de|stop|stopper|arreter|arretons|terminer|quitter) (?:la |cette )?(?:conversation|discussion|demande|demarche|operation|procedure)|fin de|(?:pas|plus) la peine de (?:continuer|poursuivre|aller plus loin)|pas maintenant|une autre fois|(?:on |nous |je |j )?en (?:reste|rester|restons|resterons|resterai|restera)(?: la)?|(?:j ai|on a|nous avons) (?:change|changer|changee) d avis|laisse|laissez|(?:on )?(?:efface|effacez|effacons)(?: tout)?|(?:tout )?effacer|(?:annule|annulez|efface|effacez) (?:tout )?ce que (?:je|j) (?:t |vous )?(?:ai|viens de) (?:dit|dire|ecrit|ecrire|demande|demander))';
/** Words around « laissez tomber » that do not change it (« moi vouloir arrêter »: simple French; « no, gracias, termino aquí »: the Spanish no). */
const ABORT_FILLER = /(?:^|\s)(?:non|nan|no|ok|bon|moi|vouloir|c est bon|c est pas grave|ce n est pas grave|pas grave|(?:(?:a|de) )?(?:ma|la|cette) (?:demande|operation|procedure|demarche)(?: en cours)?|l operation(?: en cours)?|ce que je fais|ce que j etais en train de faire|(?<!\b(?:pas|plus) )la|ici|en fait|finalement|je vous remercie|merci|quand meme|ca|tout|je veux(?! (?:pas|plus|rien)\b)|je voudrais|on verra(?: ca)?(?: plus tard| apres| une autre fois)?|plus tard|une autre fois|(?:je|j|on) (?:vais|va) (?:le |la |l )?(?:faire|finir|terminer|continuer|reprendre)|(?:je|j|on) (?:reviendrai|recommencerai|recommencerais|referai|reprendrai|reessaierai|reessayerai|recommence|reviens|verrai|vais voir|regarderai|vais regarder|en parlerai|vais en parler)(?: plus tard)?(?: (?:avec|a) (?:mon|ma) (?:mari|femme|epoux|epouse|conjointe?|compagnon|compagne|ex|fille|fils))?|j ai trouve(?: la reponse| ce que je cherchais)?(?: ailleurs| sur (?:le|votre|ton|internet|google)(?: site)?| tout seule?| moi meme)?|ah|oh|je me suis (?:trompee?(?: de \w+)?|embrouillee?|emmelee?(?: les pinceaux)?|melangee?(?: les pinceaux)?)|j ai fini|on|,|!)(?=\s|$)/g;
/** Politeness that does not change what is asked. */
const POLITE = /\b(?:bonjour|bonsoir|salut|coucou|hello|hey|svp|stp|s il vous plait|s il te plait|(?:je vous remercie|merci)(?: beaucoup| d avance| par avance)?(?: (?:pour|de) (?:votre|ton|ta|toute votre|l) (?:aide|comprehension|attention|retour|reponse))?|madame|monsieur|please|pls|plz)\b/g;

const PATTERNS: Record<Exclude<Intent, 'unknown' | 'greeting' | 'elsewhere_demarche'>, RegExp> = {
  // One stop word or several (« stop jveux arrêter »).
  abort: new RegExp(`^${ABORT_WORDS}(?: ${ABORT_WORDS})*$`),
  civil_status_act: /\b(?:demandes? d actes?\b|declar\w* (?:une |la |le |de |du |d |sa |son |leur )?(?:naissance|deces|reconnaissance)|reconnaissance (?:anticipee|d un enfant|de paternite)|actes? (?:de |d )?(?:naissance|mariage|deces|etat civil)|extrait d acte|extraits? (?:de |d )?(?:naissance|mariage|deces)|extraits? (?:d acte )?(?:avec|sans) filiation|extraits? plurilingues?|\b(?:bebe|nouveau ne|accouche\w*)\b.{0,60}\b(?:le |la |l )?declar\w*|copie integrale|acte d etat civil|actes? de nais|certificat de deces|copie (?:de mon |d )?acte|\b(?:mort|morte|decedee?)\b.{0,60}\b(?:papiers?|documents?)\b|\b(?:papiers?|documents?)\b.{0,60}\b(?:mort|morte|decedee?|deces)\b)/,
  family_booklet: /\blivret (?:de |d )?famille\b/,
  electoral_roll: /\b(?:elections?|listes? electorales?|electorale?s?\b|carte (?:d )?electeur|carte electorale|m inscrire pour voter|inscri\w* (?:pour|sur les listes|sur la liste) (?:voter|electorales?)|inscri\w* sur (?:les|la) listes?\b|pour voter|droit de vote|bureau de vote|voter)\b/,
  citizen_census: /\b(?:recensement|recenser|me faire recenser|recense|journee (?:defense|d appel|de defense)|jdc|attestation de recensement)/,
  parental_authorization: /\b(?:(?:part|partira|va|ira|voyage\w*)\b.{0,40}\b(?:en|au|aux) [a-z]+\b.{0,40}\b(?:papier|autorisation|document|formulaire)|(?<!\b(?:je suis|j habite|je vis|je travaille|nous sommes|on est|nous vivons)(?: en \w+)? a l )etranger|voyage scolaire|sejour linguistique|(?:part|partira|va|ira|partir|voyage\w*) (?:en|au|aux) (?!(?:sortie|classe verte|classe decouverte|excursion|promenade|balade|visite|pique nique|rando\w*|foret|piscine|musee|cinema|theatre|spectacle|parc)\b)[a-z]+(?: [a-z]+)? avec (?:sa|son|leur|l|la) (?:classe|college|ecole|lycee|club|equipe|professeur)|autorisation(?! (?:de )?prelevement)|sortie (?:du|de) territoire|ast\b|autoriser (?:mon|ma|mes) (?:fils|fille|enfant)s? a (?:partir|voyager|sortir)|voyag\w* (?:seule?s?|sans (?:ses|les|leurs) parents))/,
  cohabitation_certificate: /\b(?:vie maritale|concubinage|vie commune|certificat de vie|attestation de vie commune|union libre)\b/,
  address_change: /\b(?:(?:attestation|certificat) (?:d |de )?(?:hebergement|residence)|hebergement\b.{0,40}\battestation|attestation\b.{0,40}\bhebergement|(?:attestation|certificat) (?:de |d )?(?:changement (?:de |d )?)?(?:(?:ma |mon |notre )?(?:nouvelle |nouveau |nouvel )?(?:domicile|adresse)|demenagement)|justificatif de changement (?:de |d )?(?:domicile|adresse)|changement de domicile|(?:attestation|justificatif|preuve) de (?:mon |notre )?demenagement)\b/,
  forgot_password: /\b(?:(?:n ai|je n ai|j ai) plus (?:acces|d acces)|perdu (?:l )?acces|connexion (?:impossible|bloquee|refusee)|(?:je n arrive|j arrive) (?:pas|plus) a (?:me )?connecter|n arrive pas a (?:me connecter|acceder|ouvrir)|mot de passe|mot d passe|password|identifiants? oublies?|oublie (?:mon |mes )?(?:identifiant|login|code d acces)|reinitialis\w*|bloque (?:mon )?compte|compte (?:est )?bloque|je n arrive plus a me connecter|je ne peux plus me connecter|impossible de me connecter)/,
  family_key: /\b(?:(?:recu|reçu|ai) un code\b|code\b.{0,30}\b(?:courrier|lettre)\b|cle (?:enfance|famille|enfant)|code (?:famille|enfance|familial|enfants?)|cles? enfance|cle d acces famille|rattach\w* (?:mon |le )?(?:compte|dossier|espace)|(?:re)?lier (?:mon |le )?(?:compte|dossier|espace)|associer (?:mon |le )?(?:compte|espace)|dossier famill?e|numero de dossier|code (?:que|recu|dans le) .*(?:mairie|courrier)|code (?:de la |du )?(?:mairie|courrier))/,
  e_invoice: /\b(?:(?:papier|courrier)\b.{0,40}\bfactur|factur\w*\b.{0,40}\b(?:papier|courrier)|(?<!\b(?:payer|regler|paye|regle|paie|payez|reglez|paiement|reglement|payement|(?:voir|vois|voit|consulter|consulte|trouver|trouve|retrouver|retrouve|afficher|telecharger|telecharge|imprimer|acceder a|regarder)(?: pas| plus)?)(?: de| d| des| du)? (?:ma |la |mes |les |une |cette |nos |notre |toutes mes |tous mes )?(?:anciennes? |dernieres? )?)factures? (?:en ligne|dematerialisees?|par (?:e ?mail|mail|courriel|internet)|electroniques?|numeriques?|sur (?:internet|le site|l espace|mon espace)|papier)|(?:recevoir|avoir|envoyer) (?:mes |les |ma |la )?factures? (?:par|en|sur|sans)|(?:plus|pas|arreter|fini|stop)(?: de| les| la)? factures? papier|zero papier|sans papier|\b(?:plus|pas|arreter|stop|fini|sans)\b(?: \w+){0,4} courriers? papier\b|dematerialis\w*|\bfactures\b(?![^,?]*\b(?:copie|duplicata|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|mois)\b).{0,50}\b(?:par|sur|dans|a) (?:ma |mon |notre |l )?(?:boite (?:mail|e ?mail|electronique)|adresse (?:mail|e ?mail|electronique)|mail|e ?mail|courriel)\b|e ?facture|facturation (?:en ligne|electronique|dematerialisee))/,
  upload_document: /\b(?:(?:document|justificatif|papier|piece|fichier)s? a (?:vous )?(?:transmettre|envoyer|fournir|deposer)|(?:envoyer|envoi|deposer|depose|joindre|transmettre|faire passer|faire parvenir|televerser|telecharger sur|uploader|upload|scanner|ajouter|fournir|donner) (?:un |une |le |la |les |mon |ma |mes |des |du )?(?:\w+ )?(?:titres? de sejour|cartes? de (?:sejour|resident)|documents?|justificatifs?|pieces?|papiers?|certificats?|attestations?|avis (?:d )?(?:imposition|impots?)|photos?|fichiers?|pdf|scans?|copies?|ordonnances?|pj|bulletins?|quittances?|factures? (?:edf|d electricite|d eau|de gaz))|pieces? jointes?|pj\b|justificatifs? (?:de|d)\b|\bcomme (?:justificatif|preuve|attestation)\b|avis d (?:imposition|impots?)|document (?:a|pour) (?:envoyer|fournir))/,
  update_contact: /\b(?:(?:changer|modifier|mettre a jour|maj|corriger|actualiser|changement|modification|mise a jour|nouvelle?|nouvel|nouveau|mauvaise?|mauvais)(?: de)? (?:mon |ma |mes |notre |nos |son |sa |ses |leur |d |l |le |la |les |de |du |des )?(?:adresse|mail|e ?mail|courriel|telephone|tel|numero|portable|coordonnees|domicile)|j ai (?:change|demenage) (?:de |d )?(?:numero|telephone|adresse|mail|e ?mail|portable)|(?:^|, )(?:numero|telephone|tel|portable|mobile|adresse mail|adresse e ?mail|mail|e ?mail|courriel|coordonnees) (?:a )?(?:change|modifie)e?s?\b|nouv\w* (?:numero |telephone |tel |portable |mobile )?(?:: )?(?:0\d|\+ ?33)|j ai (?:de|em)menage|nous avons (?:de|em)menage|on a (?:de|em)menage|je demenage|nous demenageons|(?:mon|ma) (?:adresse(?: e ?mail| mail)?|numero(?: de (?:telephone|portable|mobile|tel|fixe))?|ligne|mail|e ?mail|telephone|tel|portable|mobile) (?:a change|n est plus|est faux|est fausse|est incorrecte?|ne (?:marche|fonctionne) plus)|change (?:d |de )operateur|(?:ajouter|rajouter|ajout|enregistrer) (?:un |une |le |la |mon |ma |son |sa |l )?(?:autre |second |seconde |deuxieme |nouveau |nouvel |nouvelle )?(?:numero|telephone|tel|portable|adresse mail|adresse e ?mail|e ?mail|mail|contact)\b(?! (?:de dossier|famille|de facture))|\b(?:second|seconde|deuxieme|autre) (?:contact|numero de telephone)\b|\b(?:j habite|on habite|nous habitons|habiter|on vit|nous vivons|je vis)\b(?=.*\b(?:maintenant|desormais|a present|depuis peu)\b)(?: \w+){0,6} \d{1,4} (?:bis |ter )?(?:rue|avenue|av|bd|boulevard|place|chemin|allee|impasse|route|quai|square|cours|residence)\b|\b(?:we|i) (?:have )?moved to\b)/,
  report_absence: /\b(?:ne \w+(?:ra|ront) pas\b|(?:mangera|mangeront|viendra|viendront|ira|iront|sera|seront) pas\b|manquera|manqueront|absente?s?|absence|malade|maladie|fievre|gastro|grippe|covid|varicelle|hospitalise|hopital|ne (?:viendra|viendront|sera|seront|pourra|pourront|mangera|mangeront|va|vont|ira|iront) (?:pas|ni)\b|(?<!\bc |\bce n |\bce |\bca )(?:sera|seront|est|sont) pas la(?! peine)|ne vient pas|ne viennent pas|pas venir(?! (?:le |la |les |l )?(?:chercher|recuperer|prendre)\b)|pas present|certificat medical|rendez vous (?:medical|chez le medecin)|chez le medecin|rdv medical|reste (?:a|chez) (?:la )?maison|garde (?:a|chez) (?:la )?maison|enfant souffrant|souffrante?|blesse)/,
  cancel_booking: /\b(?:pas besoin (?:de|d)\b|decommand\w*|deprogramm\w*|(?:me|nous|se) desist\w*|(?<!\bje )ne (?!sa(?:is|it|vons|vez|vent)\b|souvien\w*|rappel\w*|compren\w*|trouv\w*|voi\w*|voy\w*|arriv\w*|(?:sera|seront|serait|est|sont) plus (?:possible|faisable|le cas|tenable)\b)\w+ plus\b|n ira plus|n iront plus|annul\w*|\b(?:cantine|garderie|etude|centre|accueil|periscolaire)\b(?: \w+){0,4} (?:n est|ne sera|ne sont|ne seront) (?:plus|pas) (?:necessaire|utile)s?\b|desinscri\w*|desincri\w*|decoch\w*|supprim\w*|retir\w*|enlev\w*|cancel\w*|plus besoin (?:de|d)|n a plus besoin|n avons plus besoin|ne (?:veux|voulons|souhaite|souhaitons) plus|\bsortir (?:(?!(?:j|je|nous|on|il|elle|ils|elles)\b)\w+ ){0,3}(?:de la|du|de l|des) (?:cantine|garderie|etude|centre|accueil)|\b(?:mange|mangera|mangent|va|vont|ira|iront|vient|viennent|viendra|veut|veulent) plus (?:(?:aller|manger|venir) )?(?:a|au|aux|en) (?:la |l )?(?:cantine|garderie|etude|centre|accueil|periscolaire)\b)/,
  list_bookings: /\b(?:combien de (?:jours|repas|dates|seances|mercredis|soirs|matins)\b(?: \w+){0,6} (?:reserve|reserves|reservees?|inscrite?s?|prevus?|coches?)\b|qu est ce que (?:j ai|on a|nous avons|il a|elle a) (?:deja )?(?:reserve|prevu|inscrit)|(?:savoir|voir|dire|connaitre|verifier|regarder) ce qu (?:il|elle|on|j|ils|elles) (?:a|ai|ont|avons) (?:deja )?(?:reserve|prevu|inscrit|coche)|(?:quels?|quelles?) (?:jours?|dates?|activites?) (?:ai je|avons nous|j ai|sont|est) (?:deja )?(?:reserve|reserves|reservees|prevus?)|(?:connaitre|savoir|voir|consulter|afficher) (?:les |mes |ses |nos |leurs )?jours\b|confirmer (?:que|si)|bien (?:note|notee|notes|inscrit|inscrite|prise?|enregistree?)|(?:voir|consulter|verifier|verif|afficher|liste|lister|recap|recapitulatif|consulte|regarder|savoir|connaitre|confirmer|confirmation|check)\w* (?:de |d |des |les |mes |ma |la |le |si )?(?:\w+ ){0,3}(?:reservations?|inscriptions?|planning|calendrier|jours reserves|reserves?|reservees?|inscrite?s?)|mes reservations|quels? jours? (?:est|sont|il|elle|ai|a|ma|mon)|est ce qu ?(?:il|elle|lea|mon|ma)? ?(?:est|sont)? ?(?:bien )?(?:inscrite?s?|reservee?s?)|\bsi (?:\w+ )?(?:est|sont) (?:bien )?(?:inscrite?s?|reservee?s?|notee?s?)|c est bien (?:reserve|note|pris|enregistre)|(?:bien )?(?:ete )?(?:prise?|enregistree?s?) en compte|(?:ai|a) (?:je |t il |t elle )?bien reserve|est bien reserve|(?<!\b(?:recu|reçu|eu|obtenu|change|changer|modifie|modifier|chamboule|bouleverse|decale) )(?:son|mon|le) planning(?! (?:change|a change|va changer|changera|de travail|professionnel|evolue|bouge))(?!(?: \w+){0,4} (?:vient|viennent) de (?:tomber|sortir|arriver|changer)\b))/,
  pay_invoice: /\b(?:cheques?|cesu|especes|en liquide|payer|paye|payez|paie|paiement|payement|regler|reglement|regle|rembourser|cb\b|carte (?:bleue|bancaire)|paybox|prelev\w*|pay\b|virement|(?:donner|verser|envoyer) (?:de l |l |un peu d )?argent|(?:je|j) (?:dois|doit) combien|montant a payer|solde|echelonn\w*|en plusieurs fois|paiement fractionne|etaler (?:le |la |mon |ma )?(?:paiement|facture|reglement|somme))/,
  list_invoices: /\b(?:factures?|facturation|releve|reduc(?:tion)?s?\b|tarifs? (?:reduit|degressif)|degressi\w*|combien (?:je dois|ca coute|coute|on doit|dois je)|montant|tarifs?|prix|cout|combien)/,
  book: /\b(?:reinscri\w*|(?:ira|iront|mangera|mangeront|viendra|viendront|restera|resteront) (?:a|au|en|a la|a l)\b|reserv\w*|book\w*|inscri\w*|rajout\w*|ajout\w*|cocher|coche|mettre (?:\w+ )?(?:a|au|en) (?:la )?(?:cantine|garderie|accueil|centre|etude)|(?:il|elle|ils|elles|lea|on) (?:mangera|mangeront|ira|iront|viendra|viendront|restera|resteront)|(?:besoin|besoins) (?:de |d )(?:la |l )?(?:cantine|garderie|accueil|centre|etude|repas)|prendre (?:la |le |l )?(?:cantine|garderie|accueil|repas|centre|etude)|place (?:a|au|en|pour)|je veux (?:la |le |l )?(?:cantine|garderie|accueil|centre|etude))/,
  create_account: /\b(?:(?:jamais|pas) (?:eu |cree |ouvert )?(?:de |d |un )?(?:compte|espace)\b|cre\w* (?:mon |un |une |son |mon propre )?(?:espace|compte|acces|profil)|creation (?:de |d )?(?:mon |un )?(?:espace|compte)|ouvrir (?:un |mon )?(?:espace|compte)|nouveau compte|pas (?:encore )?(?:de|d) (?:compte|espace)|inscri\w* (?:sur|au|a l) (?:le |l |votre |ce |cet )?(?:site|portail|espace|appli)|s inscrire sur|sign ?up|register)/,
  sign_in: /\b(?:acces (?:a|au) (?:mon |l |le |au )?(?:espace|compte|portail|site)|(?:me|se|m|s|nous) (?:connecter|connecte|identifier|logger|loguer)|connexion|connecter|login|log in|sign ?in|acceder (?:a|au) (?:mon |l )?(?:espace|compte)|acces (?:a|au) (?:mon |l )?(?:espace|compte)|mon espace|mon compte|identifiants?)/,
  opening_hours: /\b(?:horaires?|heures? (?:d |de )?(?:ouverture|fermeture)|ouvert(?:e|es|s)?|ferme(?:e|es|s)?|ouvre|ouvrent|ferment|quelle heure|a quel moment|jours? d ouverture|permanences?)\b/,
  contact: /\b(?:rendez vous avec|prendre (?:un )?rendez vous|un rendez vous pour|rappel\w* moi|me rappeler(?! (?:si|quel\w*|quand|ce qu\w*|combien|les jours|le jour|la date|pourquoi|comment|a quelle)\b)|(?<!\b(?:sur|depuis|avec) (?:mon|ton|son|le|leur|notre|votre|un) |\bcomme (?:[a-z]+ ){0,5}?(?:dit|convenu|vu|indique|explique|precise|demande) (?:au|par) )(?:telephone|tel\b)|(?<!\b(?:m a|nous a|m ont|nous ont|j ai|on a) (?:donne|transmis|passe|communique|file|eu|trouve) (?:le |ce |votre |ton )?)numero(?! (?:d )?(?:allocataire|fiscal|de securite sociale|de secu|secu|caf|client|de client|de facture|de reservation|de reference|d identifiant)\b)|joindre|(?<!\b[ms] )(?:appeler|appelle)|contacter|contact|me plaindre|(?:faire|deposer|adresser|envoyer) (?:une |ma )?reclamation|coordonnees|mail|e ?mail|courriel|(?<!\bbonnes? )adresse|parler (?:a|avec)|un humain|une personne|un conseiller|un agent|quelqu un|ou se trouve|ou est|ou sont|guichet)/,
  help: /\b(?:(?:je ne sais|je sais|sais) pas (?:quoi|comment) (?:faire|m y prendre)|(?:sais|savons) pas (?:a quoi|quoi) (?:il|elle|ca|cela|ce service|cette application|cette appli|l appli|l application) sert|(?:ce service|cette application|cette appli|l appli|l application|ca) sert a quoi|quelles? questions? (?:je peux|on peut|puis je|pouvons nous) (?:vous )?poser|(?:que|qu est ce que) (?:puis|peux|pouvons) (?:je|nous)? ?faire|(?:que|qu est ce que) (?:peux|pouvez|sais|savez) (?:tu|vous) faire|qu est ce que (?:tu|vous) (?:sais|savez|peux|pouvez) faire|(?:savoir|dire|expliquer|demander) (?:ce que|ce qu) (?:tu|vous) (?:sais|savez|peux|pouvez|proposez|proposes)(?: faire| proposer)?(?: pour (?:moi|nous))?(?: \?)?$|(?:tu|vous) (?:sers|servez|sert) a quoi|(?:tu|vous) (?:fais|faites|peux|pouvez) (?:faire )?quoi|quelles? sont (?:tes|vos) (?:fonctions|possibilites)|qu est ce que (?:je peux|on peut) faire|(?:savoir|dire|expliquer|montrer) (?:ce que|ce qu) (?:je|j|on|nous) (?:peux|peut|pouvons|pourrais|pourrait|dois|doit|devons) (?:faire|demander)(?: ici| avec (?:vous|ce service|cette application|l appli))?(?= \?$|$)|aide|aidez|aider|help|comment (?:ca marche|faire|fonctionne|on fait|je fais|proceder)|je (?:ne )?comprends? (?:pas|rien)|que (?:pouvez|peux|savez) vous faire|(?:que|qu est ce que|qu est ce qu|quoi) (?:je peux|on peut|puis je|peut on|pouvons nous) (?:vous |te )?demander|qu est ce que (?:vous pouvez|tu peux)|a quoi (?:sers|servez)|(?:^|suis|sommes|moi|me sens|un peu|completement|totalement|tout|vraiment|trop) perdue?s?|besoin d aide|sos)\b|^\?+$|^(?:le )?menu(?: principal)?$/,
};

/** Every intent's pattern, for the warm-up that compiles them between turns (src/nlu/warmSteps.ts). */
export const intentPatterns = (): RegExp[] => Object.values(PATTERNS);

const PRIORITY: Array<keyof typeof PATTERNS | 'elsewhere_demarche'> = [
  'civil_status_act', 'family_booklet', 'electoral_roll', 'citizen_census', 'elsewhere_demarche', 'parental_authorization', 'cohabitation_certificate', 'address_change',
  'forgot_password', 'family_key', 'e_invoice', 'upload_document', 'update_contact',
  'create_account', 'report_absence', 'cancel_booking', 'list_bookings', 'pay_invoice', 'list_invoices', 'book',
  'sign_in', 'opening_hours', 'contact', 'help',
];

/** « réserver le 15, non en fait annulez tout »: the request given up at the end of its own message (the words after the cue all say stop). */
export const takesBack = (said: string): boolean => PATTERNS.abort.test((takenBackTail(said) ?? '').replace(ABORT_FILLER, ' ').replace(/\s+/g, ' ').trim());

/** The intent of each of the last messages read, with an activity named or not. */
const lastIntents = [lastReads((prepared) => intentOf(prepared, false)), lastReads((prepared) => intentOf(prepared, true))] as const;

/** `activityNamed`: the message names a periscolaire activity (see activities.ts). */
export const detectIntent = (prepared: string, activityNamed = false): Intent => lastIntents[activityNamed ? 1 : 0](prepared);

function intentOf(prepared: string, activityNamed: boolean): Intent {
  if (!prepared || !/[a-z?]/.test(prepared)) return 'unknown';
  if (/^[? ]+$/.test(prepared)) return 'help';
  // « hello la mairie », « bonjour à l'équipe »: a greeting to someone.
  if (greetingOnly(prepared) || greetsWithName(prepared)) return 'greeting';
  const said = foreignForRules(prepared).replace(POLITE, ' ').replace(/\s+/g, ' ').trim();
  // « non c'est bon, laissez tomber », « annule tout ça », « oubliez ma demande »
  const core = said.replace(ABORT_FILLER, ' ').replace(/\b(\w+)(?: \1\b)+/g, '$1').replace(/\s+/g, ' ').trim();
  // « on en reste là pour aujourd'hui »: a stop with its moment; « réserver le 15, non en fait annulez tout »: the request taken back.
  if (PATTERNS.abort.test(core) || STOP_FOR_NOW_ALONE.test(core) || (core === '' && /\b(?:non|finalement|c est bon|plus tard|une autre fois|on verra|je verrai|vais voir)\b/.test(said)) || takesBack(said)) return 'abort';
  // « ma fille adore la dame de la cantine », « je comprends mieux maintenant »: talk that asks nothing.
  if (talksOnly(said)) return 'unknown';
  // « je n'ai pas reçu ma clé pour réserver le 15 »: the family key is the problem, the booking waits for it (keyFails.ts).
  if (keyFails(said)) return 'family_key';
  // « tel 0612131415 garderie le 17 », « numéro de dossier 45, absent le 15 », « suite à mon mail du 4, garderie le 9 »: who writes, the task asked.
  const besideReference = askedBesideReference(said, (rest) => intentOf(rest, activityNamed));
  if (besideReference) return besideReference;
  // « comment faire pour payer », « how do I cancel a booking? »: how a task goes, naming nothing of it (« … inscrire Léa à la cantine » asks it).
  if (howToTopic(said)) return 'help';
  // « cantine jeudi tel 0612131415 », « …, dossier n° 2345 »: the parent's own number given, the request read without it (ownNumber.ts).
  const withoutNumber = withoutOwnNumber(said);
  const requested = withoutNumber !== said ? intentOf(withoutNumber, activityNamed) : undefined;
  if (requested === 'book' || requested === 'cancel_booking' || requested === 'report_absence') return requested;
  const english = englishIntent(said, prepared);
  if (english) return english;
  // « où est la piscine la plus proche ? », « le bus 4 passe à quelle heure ? »: a place or a ride that is not the commune's services.
  if (asksAboutElsewhere(said)) return 'unknown';
  if (ONLY_A_MOMENT.test(said)) return 'opening_hours';
  if (ASKS_THE_TIME.test(said) || OPTION_BY_NUMBER.test(said)) return 'unknown';
  // « page 2 du formulaire je bloque », « le lien de l'étape 3 marche pas »: stuck in a form or on a page, help.
  if (STUCK_IN_A_FORM.test(said)) return 'help';
  // « garderie matin c'est à partir de 7h15 ? »: a time asked of an activity is its hours.
  // (« dernière heure pr récupérer les enfants à la garderie du soir c quoi »: the latest time, asked.)
  if ((TIME_ASKED.test(said) || LATEST_TIME.test(said)) && !ASKS_TO_ACT.test(said)) return 'opening_hours';
  // « je ne trouve pas comment réserver »: help, whatever the task named.
  if (/^(?:je ne trouve pas|je trouve pas|je ne sais pas|je sais pas|je (?:ne )?comprends? pas) (?:comment|ou|quoi)\b|^(?:je (?:ne )?trouve (?:pas|plus)|j (?:n )?arrive pas a trouver) (?:le |la |l )?(?:bouton|lien|page|onglet|rubrique)\b/.test(said) || ASKS_WHAT_IS_OFFERED.test(withoutChannelTail(said))) return 'help';
  // « que puis-je vous demander exactement ? », « jsuis la nounou, jpeux faire quoi avec ce truc »: what may be asked here.
  if (!activityNamed && asksWhatCanBeAsked(said)) return 'help';
  // « résa cantine 4/02 (jvous envoie l'attestation plus tard) », « …Au passage, j'ai bien reçu la facture »: the booking asked, the remark aside.
  const mainPart = activityNamed ? withoutSideRemark(said) : undefined;
  const mainIntent = mainPart === undefined ? undefined : intentOf(mainPart, activityNamed);
  if (mainIntent === 'book' || mainIntent === 'cancel_booking') return mainIntent;
  // « faut-il un numéro de dossier pour ouvrir un espace ? »: what opening an account takes, asked (not the family key to enter).
  if (/\b(?:faut il|faut|il faut|besoin d|besoin de|necessaire|obligatoire)\b.{0,40}\b(?:numero de dossier|code|cle)\b.{0,30}\bpour (?:ouvrir|creer|me creer|m ouvrir) (?:un |mon |notre )?(?:espace|compte)\b/.test(said)) return 'create_account';
  // « mon ex me dit avoir inscrit Clément… pouvez-vous le confirmer ? »: a booking told, checked.
  if (activityNamed && asksToConfirmToldBooking(said)) return 'list_bookings';
  // « non finalement je veux pas annuler », « n'annulez pas »: the cancellation itself is called off (no day named).
  if (keepsIt(said)) return 'abort';
  if (/^(?:non |bon |ok )?(?:laisse|laissez|laisser) tomber\b/.test(said)) return 'abort';
  // « facture fausse j'appelle qui », « mail du service facturation », « Facture. Payé ou pas ? », « comment je vote ici »: said short.
  const short = shortQuestion(said);
  if (short) return short;
  // « comment déposer le certificat pour que les repas ne soient pas facturés ? »: the paper to send is asked.
  if (sendsPaperAgainstBilling(said)) return 'upload_document';
  if (/^(?:merci|je vous remercie)\b/.test(prepared) && /\baide\b/.test(said)) return 'unknown';
  if (/^(?:(?:desolee?|pardon|oups) ,? ?)?(?:je me suis trompee?|c est une erreur|erreur)$/.test(said)) return 'abort';
  // Payments, receipts, refunds, charges and deductions asked about: the invoices (paidInvoiceQuestions.ts).
  if (asksAboutPaidInvoices(said, { eInvoice: PATTERNS.e_invoice.test(said), paperSent: PATTERNS.upload_document.test(said) })) return 'list_invoices';
  // « est-ce que la régie est ouverte le mercredi après 17h ? » (to pay there), « … je serai en mairie vers 17h20 jeudi,
  // est-ce que ce sera encore ouvert ? » (to fetch an act): the question is the hours.
  if (asksIfOpen(said)) return 'opening_hours';
  if (asksWhereToSignIn(said)) return 'sign_in';
  // « j'ai pas reçu le code », « le code de connexion marche pas »: the sign-in's code (the family key is named as such);
  // « …un code que je n'ai pas reçu. En attendant, pouvez-vous inscrire Nassim à la garderie ? »: the booking is asked.
  // « j'ai pas reçu le code pour valider le compte que je viens de créer »: the account's creation goes on.
  if (saysSignInCode(said) && validatesNewAccount(said)) return 'create_account';
  if (saysSignInCode(said) && !(activityNamed && BOOK_ASKED.test(said))) return 'sign_in';
  if (asksWhereIs(said)) return 'contact';
  // « c'est quoi le mail pour les inscriptions ? »: the way to reach the commune is asked, whatever the subject.
  if (asksForContact(said) && !saysIt('update_contact', said) && !saysIt('family_key', said)) return 'contact';
  if (asksWhenOpen(said) && !PATTERNS.civil_status_act.test(said)) return 'opening_hours';
  // (« prélèvement du mois prochain ça sera combien »: the amount of a charge to come.)
  if (/\bcombien\b/.test(said) && !ASKS_A_MEASURE.test(said) && /\b(?:pay\w*|dois|doit|devons|coute|coutent|factur\w*|regler|montant|prelev\w*)\b/.test(said)) return 'list_invoices';
  // « j'ai un reste à payer de 18,90 € »: what is owed told (the invoices say it), nothing asked to pay (« comment régler le reste à payer ? » asks).
  if (/\breste a (?:payer|regler)\b/.test(said) && !saysIt('pay_invoice', said.replace(/\breste a (?:payer|regler)\b/g, ' '))) return 'list_invoices';
  // « je n'ai toujours pas reçu la facture… peur d'une majoration si je paie en retard »: the invoice asked for, paying only a worry.
  if (invoiceNotReceived(said, (rest) => saysIt('pay_invoice', rest)) && !PATTERNS.e_invoice.test(said)) return 'list_invoices';
  // « pourriez-vous me transmettre une copie de la facture de mai ? »: an invoice asked for, not a paper sent.
  if (/\b(?:me|nous) (?:transmettre|envoyer|renvoyer|faire parvenir|adresser)\b.{0,40}\bfactures?\b/.test(said) && !PATTERNS.e_invoice.test(said)) return 'list_invoices';
  // « le repas est à 3,50 ou 4,20 ? »: an amount questioned, nothing to pay.
  // (« le 17.11 », a day and its month, is no amount.)
  if (/\?\s*$/.test(said) && /\b(?!(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\b)\d+\.\d{2}\b|€|\beuros?\b/.test(said) && !/\b(?:pai\w*|pay\w*|regl\w*|factur\w*)\b/.test(said)) return 'list_invoices';
  // « est-ce que je peux voir toutes les factures… et savoir ce qui reste à payer ? », « m'afficher la liste de mes factures… je ne veux pas
  // payer deux fois »: the invoices to see, asked in so many words (« je veux voir ma facture et la payer » asks to pay).
  if (SEE_INVOICES.test(said) && !PAY_ASKED.test(said)) return 'list_invoices';
  // « j'ai 2 enfants dans 2 écoles, j'ai besoin de 2 clés ? », « j'ai 2 résas pour le 14 ou 1 seule ? »: how many, asked.
  const counted = howManyAsked(said);
  if (counted) return counted;
  // « est-ce que Léa est inscrite à la cantine lundi ? », « Hugo mange à la cantine demain ? »:
  // a question about what is booked, not a request to book (« est-ce que je peux inscrire… » is one).
  if (asksWhatIsBooked(withoutNegatedQuestion(said), activityNamed) && !(activityNamed && STILL_POSSIBLE.test(said))) return 'list_bookings';
  // « l'absence de Léa est justifiée ? »: an absence reported, its state asked (the bookings say it), not one to report.
  if (asksAbsenceStatus(said)) return 'list_bookings';
  const intent = firstSaid(said, activityNamed);
  // « l'étude mardi pour Gabin, jsp si c'est encore possible »: a booking asked, with a doubt it can still be made.
  if (intent === 'list_bookings' && activityNamed && STILL_POSSIBLE.test(said)) return 'book';
  // « …garderie matin jeudi, elle a pas de compte », « leurs parents sont partis à l'étranger… », « malade ajd, j'envoie le certificat ce soir »: context beside the request.
  // (« cantine lundi 31 mai, le papa paye », « … son frère, lui, reste à la maison »: a remark beside the booking, bookingAside.ts.)
  const beside = askedBesideContext(intent, said, activityNamed, (text) => firstSaid(text, activityNamed)) ?? bookingBesideRemark(intent, said, activityNamed, (text) => intentOf(text, activityNamed));
  if (beside) return beside;
  // « mon mari est hospitalisé, pourriez-vous inscrire les enfants ? »: the illness is the reason, the booking is asked.
  // « ma mère est hospitalisée, garderie soir toute la semaine »: a parent's illness is the reason to keep the child.
  const reread = intent === 'report_absence' ? (withoutIllness(said) ?? withoutParentsIllness(said) ?? withoutProxysIllness(said)) : undefined;
  if (reread !== undefined) {
    const asked = firstSaid(reread, activityNamed);
    if (asked !== 'report_absence' && asked !== 'unknown') return asked;
  }
  if ((intent === 'cancel_booking' || intent === 'report_absence') && booksAfterContrast(said)) return 'book';
  // « pas d'étude jeudi, il a kiné »: the activity is missed for a reason of the child's.
  if ((intent === 'cancel_booking' || intent === 'book') && missesWithReason(said)) return 'report_absence';
  // « modifier le numéro de mon conjoint dans notre dossier famille »: the file is where, the number is what changes.
  if (intent === 'family_key' && saysIt('update_contact', said) && !/\b(?:code|cle)\b/.test(said)) return 'update_contact';
  // « nous avons déménagé à Carrières… je voudrais l'inscrire à la cantine lundi »: the move told, a booking asked.
  if (intent === 'update_contact' && /\b(?:avons|avez|ont|a|ai) (?:de|em)menage\b/.test(said) && BOOK_ASKED.test(said)) return 'book';
  // « Mathis a été absent mardi et mercredi… Faut-il envoyer un certificat ? »: a past absence told, the paper asked about (the absence's task asks for it).
  if (intent === 'upload_document' && PAST_ABSENCE.test(said) && PAPER_QUESTION.test(said)) return 'report_absence';
  // « j'arrive pas à rentrer sur mon compte depuis mon nouveau tel »: the new phone is why the way in fails, no number to change.
  if (intent === 'update_contact' && CANNOT_GET_IN.test(said) && !/\d{2}/.test(said)) return PORTAL_FAILS.test(said) ? 'sign_in' : 'forgot_password';
  // « j'arrive pas à me co, ça tourne en boucle »: the portal fails, the password is not in question.
  if (intent === 'forgot_password' && PORTAL_FAILS.test(said) && !/\b(?:mot de pass\w*|mdp|identifiants?|oubli\w*|code)\b/.test(said)) return 'sign_in';
  // « mdp ok mais pas d'enfants dans l'espace »: the way in works, the children are missing (the family key).
  if ((intent === 'forgot_password' || intent === 'sign_in') && WAY_IN_WORKS.test(said) && saysIt('family_key', said)) return 'family_key';
  // « comment me connecter ? j'ai bien mon identifiant et mon mot de passe »: the credentials are at hand, the way in is asked.
  // (« connexion impossible, identifiant ok mdp ok mais rien »: said to work, the same; the way in failing is no credential failing.)
  if (intent === 'forgot_password' && (HAS_CREDENTIALS.test(said) || WAY_IN_WORKS.test(said)) && !CREDENTIALS_FAIL.test(said.replace(/\b(?:connexion impossible|impossible de (?:me |nous )?(?:connecter|co))\b/g, ' '))) return 'sign_in';
  // « nous allons au consulat renouveler nos passeports… les enfants ne seront pas à l'école », « Tidiane absent vendredi, on va au consulat
  // pr son passeport »: the démarche is why the child misses school.
  if (intent === 'elsewhere_demarche' && saysIt('report_absence', said) && (activityNamed || /\b(?:ecole|classe|absence)\b|(?<!\bje (?:suis|serai|serais) )\babsente?s?\b/.test(said))) return 'report_absence';
  return intent;
}

function firstSaid(said: string, activityNamed: boolean): Intent {
  for (const intent of PRIORITY) {
    // « combien de kilomètres… ? » asks nothing of an invoice.
    if (intent === 'list_invoices' && ASKS_A_MEASURE.test(said)) continue;
    if (intent === 'elsewhere_demarche' ? elsewhereKindOf(said) !== undefined : saysIt(intent, said)) return cancelWhenAsked(intent, said);
  }
  // « cantine demain », « garderie du soir jeudi »: an activity with nothing else asked is a booking.
  // « vacs de février du 8 au 19 centre »: « le centre » alone is the children's (not the town centre, the social centre…).
  // (« la cantine c'est vraiment pas bon »: an activity judged, with no day, is not a booking.)
  if (JUDGES_ONLY.test(said)) return 'unknown';
  return activityNamed || /\b(?:garderie|periscolaire|accueil|centre aere)\b|\bcentre\b(?! ville| social| des| de (?!loisirs)| d | commercial| medical| sportif| equestre| hospitalier)/.test(said) ? 'book' : 'unknown';
}

const saysIt = (intent: keyof typeof PATTERNS, said: string) =>
  PATTERNS[intent].test(said) || (MORE_PHRASINGS as Partial<Record<Intent, RegExp>>)[intent]?.test(said) === true || (PLAIN_PHRASINGS as Partial<Record<Intent, RegExp>>)[intent]?.test(said) === true;

/** « comment on fait pour réserver ? », « comment signaler une absence ? »: the task whose way of going is asked (the help says how it goes) (prepare()d text). */
export const howToAsked = (prepared: string): HowToTopic | undefined => howToTopic(prepared.replace(POLITE, ' ').replace(/\s+/g, ' ').trim());


/** « je veux créer mon espace, j'ai ma clé enfance »: an account to create is asked for, whatever else the message names (prepare()d text). */
export const asksToCreateAccount = (prepared: string): boolean => saysIt('create_account', prepared.replace(POLITE, ' ').replace(/\s+/g, ' '));
