/**
 * Requests said in few words, without the verb the main patterns wait for: SMS (« jveux plus la
 * cantine », « plus besoin cantine »), « langage simple » (« papier naissance », « papier qui dit que
 * j'habite ici »), a verb held off by an adverb (« ne pourra donc pas »), an object as a pronoun
 * (« comment vous le transmettre ? »). Tried with each intent's main pattern in intentLexicon.ts (same
 * priority). Works on prepare()d text, politeness removed.
 */
import { CARER } from './intentPhrasings';

/** The intents that have plain phrasings here (a subset of intents.ts's; intentLexicon.ts imports this file). */
type Plain =
  | 'civil_status_act' | 'cohabitation_certificate' | 'address_change' | 'upload_document' | 'create_account'
  | 'report_absence' | 'cancel_booking' | 'book' | 'sign_in';

const ACTIVITY = '(?:cantine|garderie|accueil|centre(?: de loisirs| aere)?(?! ville| social| commercial| medical)|clsh|alsh|etude|repas|periscolaire|peri)';
const PAPER = '(?:papiers?|documents?|justificatifs?|certificats?|attestations?|pieces?|photos?|fichiers?|pdf|scans?|copies?|ordonnances?|preuves?|feuilles?)';
const SEND = '(?:envoyer|envoie|transmettre|transmets|deposer|depose|joindre|joins|fournir|faire parvenir|televerser|donner|mettre|met|mets|ajouter|ajoute)';
/** The event of an act, with the usual slips (« naissance », « naisance », « nessance », « naissanse », « mariage », « marriage », « deces », « dece »). */
const EVENT = '(?:n(?:ai|e)s+[ae]n[cs]+e?s?|mar+iage?s?|deces?|decede)\\b';
/** « civil » as typed: « civile », « civl », « cilvil », « cvil ». */
const CIVIL = '(?:civ|ci\\w?v|cv)\\w{0,4}';
/** Adverbs that may stand between a verb and « pas »: « ne pourra donc pas ». */
const ADVERB = '(?:donc|malheureusement|probablement|surement|certainement|sans doute|finalement|exceptionnellement|vraiment|meme|encore)';

export const PLAIN_PHRASINGS: Readonly<Record<Plain, RegExp>> = {
  // « papier naissance de mon enfant », « copie de naissance », « feuille de mariage », « act de nessance », « certificat de naissance »;
  // the service's name alone (« l'état civil », « etat-civil », « etat civl »: a request, not the hours nor the number, asked before);
  // the event's word alone (« naissance », « un acte mariage svp »)
  civil_status_act: new RegExp(
    `\\b(?:papiers?|documents?|feuilles?|copies?|extraits?|preuves?|act|acts|actes?|certificats?) (?:de |d |du |pour |pour la |de la )?${EVENT}|` +
      `^(?:(?:je veux|je voudrais|besoin|pour|un|une|l|d|le|la|service|demande|demander) )*etat ${CIVIL}(?: svp| merci| s il vous plait)?$|` +
      `^(?:(?:un|une|l|le|la|pour|acte|act|actes|copie|extrait) )*${EVENT}(?: svp| merci| s il vous plait)?$`,
  ),
  // « nous pas mariés mais vivre ensemble, il faut certificat » (a paper and living together)
  cohabitation_certificate: /^(?=.*\b(?:certificat|attestation|papier|document|preuve)s?\b).*\b(?:vivre|vivons|vit|vivent|vis|habiter|habitons|habitent) ensemble\b/,
  // « papier mairie qui dit que j'habite ici » (a paper to send is upload_document)
  // « je habite chez ma sœur, papier hébergement pour préfecture »
  // « nouvelle maison. Papier changement adresse pour travail », « un doc de changement de domicile pr la caf »: a paper of the move, asked
  // (not the form that changes the address of the file).
  address_change: new RegExp(
    `^(?!.*\\b${SEND}\\b)(?:.*\\b(?:papiers?|docs?|documents?|feuilles?|preuves?|justifs?|justificatifs?)\\b (?:(?:de|d|du|pour|pour le|pour mon|pour un|qui (?:prouve|atteste|dit)) )?(?:mon |notre |le |un )?(?:changement|modification) (?:de |d )?(?:adresse|domicile)\\b|.*\\b(?:papier|document|attestation|preuve|certificat|feuille)\\b.{0,40}\\b(?:j habite|on habite|nous habitons|habite ici|je vis ici|on vit ici|nous vivons ici|je reside|domicilie)|` +
      `.*\\b(?:papiers?|documents?|feuilles?|preuves?|justificatifs?)\\b (?:d |de |pour |pour l |pour un )?hebergement\\b|.*\\bbesoin (?:d un |d une |de |d )?(?:papier|document|preuve|attestation|justificatif) (?:d |de |pour |avec )?(?:mon |l |une |mon )?(?:adresse|domicile)\\b|.*\\b(?:j habite|je habite|je vis|je loge|on habite|nous habitons|heberge\\w*) chez\\b.{0,40}\\b${PAPER})`,
  ),
  // « comment vous le transmettre ? » (after naming the paper), « où je mets le justificatif ? »
  upload_document: new RegExp(
    `\\b${PAPER}\\b.{0,80}\\b(?:vous |te )?(?:le|la|les|l)(?: vous| lui)? ${SEND}\\b|\\b${PAPER}\\b.{0,40}\\b(?:ou|comment) (?:je |j |on )?(?:le |la |les |l )?${SEND}\\b.{0,15}\\b(?:sur (?:internet|le site|l espace|mon espace|le portail)|en ligne)\\b|\\b(?:ou|comment) (?:est ce que )?(?:je |j |on |nous )?${SEND}\\b.{0,25}\\b${PAPER}\\b`,
  ),
  // « je veux faire mon compte », « comment je me fais un compte », « avoir un espace », « je veux compte sur site », « besoin compte », « moi pas avoir compte »,
  // « je n'ai encore aucun accès au portail » (not « moi avoir compte »: I have one)
  create_account: /\b(?<!\bmoi (?:deja )?)(?:faire|fais|fait|fabriquer|monter|avoir|obtenir|creer|ouvrir) (?:mon |un |une |notre )?(?:propre )?(?:nouveau )?(?:compte|espace)\b|\b(?:veux|voudrais|vouloir|besoin(?: d| de)?) (?:un |une |d un )?(?:nouveau )?(?:compte|espace)\b|\bpas (?:avoir|eu) (?:de |d |un )?(?:compte|espace)\b|\baucun acces (?:au|a l|a|sur)\b|\bpas encore (?:d |de )?acces\b|\baucun (?:compte|espace)\b|\b(?:compte|espace)\b.{0,60}\b(?:comment|je voudrais|je veux|pouvez vous|aidez moi a) (?:en )?creer un\b/,
  // « ne pourra donc pas », « elle restera à la maison », « garder mon fils à la maison », « ne pas lui servir de repas »,
  // « s'est fait opérer », « mal de ventre », « il tousse, il reste maison », « reste couché »,
  // « s'est fait opérer », « pas bien, … », « Zoé pas là demain », « rdv dentiste jeudi », « ma fille pas manger cantine demain »,
  // « Ethan pas au centre demain », « va pas à la garderie lundi » (not a question)
  report_absence: new RegExp(
    `\\bne \\w+(?:ra|ront|peut|peuvent|va|vont) (?:${ADVERB} ){1,2}pas\\b|\\b(?:rest|gard(?!erie))\\w* (?:(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|le|la|les|l) \\w+ )?(?:(?:a|chez) )?(?:la )?maison\\b|\\brest\\w* (?:couche\\w*|au lit|alite\\w*)\\b|` +
    `(?:^|,|\\s)(?<!\\b(?:y a|ya|vois|voit|trouve|sais|met|mets|mettez) )pas la(?= (?:demain|aujourd hui|apres demain|ce |cette |cet |la semaine|le |les |du |au |a la |a l |lundi|mardi|mercredi|jeudi|vendredi|\\d)|\\s*(?:,|$))|` +
    `\\b(?:rendez vous|consultation|seance)\\b(?: \\w+){0,3} ${CARER}\\b|\\bchez (?:le |la |l |son |sa |une? )?${CARER}\\b|` +
    `\\bpas (?:manger|dejeuner)\\b|\\b(?:ne )?pas (?:lui |leur )?(?:compter|facturer|prevoir|servir) (?:son |ses |les |le |leur |leurs |de |d )?(?:repas|dejeuners?)\\b|\\bopere\\w*|\\boperation\\b|\\bpas en forme\\b|\\bpas bien(?= ?(?:,|$|aujourd|ce |depuis|du tout|donc))|\\bmal (?:au|a la|aux|de|d) (?:ventre|tete|gorge|dents|oreilles?)\\b|\\bvomi\\w*|\\bpas (?:a|au|en) (?:la |l )?${ACTIVITY}\\b.{0,60}\\b(?:rendez vous|convocation|examen|consultation)\\b|\\btouss(?!aint)\\w*|^(?!.*\\?\\s*$).*(?:^|\\s|,)(?<!\\b(?:y a|ya|n est|ne sont|c est) )pas (?:a|au|en) (?:la |l )?${ACTIVITY}\\b|\\b(?:rhume|enrhume\\w*|diarrhee|conjonctivite|bronchiolite|otite|angine)\\b|` +
    // « je voudrais pas qu'il mange à la cantine demain », « je ne veux pas qu'elle aille au centre »: the day refused
    `\\b(?:veu[xt]|voudrais|voudrait|voulons|voudrions|souhaite|souhaiterais|souhaitons|aimerais|aimerait|aimerions) pas (?:que|qu) (?:\\w+ ){1,3}(?:mange|mangent|dejeune|dejeunent|aille|aillent|reste|restent|vienne|viennent|soit|soient) (?:a|au|en) (?:la |l )?${ACTIVITY}\\b|` +
    // « ni jeudi ni vendredi cantine »: days refused one after another
    `\\bni (?:le |la )?(?:lundi|mardi|mercredi|jeudi|vendredi|demain|\\d{1,2})\\b.{0,30}\\bni (?:le |la )?(?:lundi|mardi|mercredi|jeudi|vendredi|demain|\\d{1,2})\\b`,
  ),
  // « jveux plus la cantine », « plus besoin cantine », « pas cantine demain », « plus de garderie vendredi »,
  // « stop étude à partir de lundi », « vire la garderie de jeudi », « fini la cantine », « plus la peine de mettre l'étude lundi »,
  // « cantine demain non, pas besoin », « no need for the Wednesday club on the 9th »
  // (not « il n'y a pas de cantine ? »)
  cancel_booking: new RegExp(
    `\\b(?:veux|veut|voulons|souhaite|souhaitons|voudrais) plus (?:de |d )?(?:la |le |l |les |du |des )?${ACTIVITY}\\b|\\b(?:arrete|arretons|arretez|arreter|stop|stoppe|stopper|stoppons|vire|virer|virez|enleve|fini|finie|termine|terminee) (?:la |le |l |les |du |de la |a la |au )?${ACTIVITY}\\b|\\b(?:plus|pas) besoin (?:de |d )?(?:la |le |l |les |du )?${ACTIVITY}\\b|\\b(?:plus|pas) la peine (?:de |d )(?:(?:le |la |l |les |lui |leur )?(?:mettre|reserver|inscrire|prevoir|compter|garder|laisser)\\b|(?:la |le |l |les |du )?${ACTIVITY}\\b)|\\bno (?:more )?need (?:for|of) (?:the |his |her |their |my )?(?:\\w+ )?${ACTIVITY}\\b|^(?!.*\\?\\s*$).*\\b${ACTIVITY}\\b.{0,40}\\b(?:plus|pas) besoin(?! (?:de|d)\\b)|^(?!.*\\?\\s*$).*(?:^|\\s|,)(?<!\\b(?:y a|ya|vois|voit|voyons|trouve|trouvons|comprends|sais|arrive) )(?:pas|plus) (?:de |d )?(?:la )?${ACTIVITY}\\b`,
  ),
  // « notre fille doit manger à la cantine dès lundi », « il va aller à la garderie », « comment faire pour que mes enfants
  // déjeunent à la cantine ? »
  book: new RegExp(
    `\\b(?:manger|dejeuner|aller|rester|venir|etre) (?:a|au|en) (?:la |l )?${ACTIVITY}\\b|` +
      `\\b(?:pour que|pour qu|veux que|voudrais que|voudrions que|souhaite que|faut que|faudrait que)\\b.{0,30}\\b(?:mange|mangent|dejeune|dejeunent|aille|aillent|reste|restent|vienne|viennent) (?:a|au|en) (?:la |l )?${ACTIVITY}\\b`,
  ),
  // « Moi entrer compte. Comment ? », « rentrer sur espace »: getting into the account, the verb in the infinitive, no article
  sign_in: /\b(?:entrer|rentrer|acceder|aller) (?:dans |sur |a |au )?(?:le |l |mon |notre )?(?:compte|espace)\b/,
};
