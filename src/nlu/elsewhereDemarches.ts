/**
 * « je veux me pacser », « comment se marier à la mairie ? », « refaire ma carte d'identité »,
 * « passeport pour mon fils », « carte grise », « permis de conduire », « titre de séjour », « carte vitale perdue »,
 * « attestation CAF », « extrait de casier judiciaire », « inscription à France Travail », « demande de nationalité française »: démarches that are not made in the chat (see
 * src/domain/demarchesElsewhere.ts). Works on prepare()d text; sending a copy of one's identity
 * card as a paper (« envoyer ma carte d'identité ») is not asking for one.
 */
import type { ElsewhereKind } from '../domain/demarchesElsewhere';
import { prepare } from './frenchText';

const KINDS: ReadonlyArray<readonly [ElsewhereKind, RegExp]> = [
  ['passport', /\b(?:passe ?ports?|passports?)\b/],
  // In English: « renew my ID card », « driving licence », « residence permit », « car registration », « civil partnership », « get married ».
  ['identity_card', /\b(?:id|identity|national identity|national id) cards?\b/],
  ['driving_licence', /\b(?:driving|driver s?|drivers) licen[cs]es?\b/],
  ['residence_permit', /\bresiden(?:ce|cy) (?:permits?|cards?)\b/],
  ['vehicle_registration', /\b(?:car|vehicle) registration\b|\bregistration (?:document|certificate) (?:of|for) (?:my|a|the) (?:car|vehicle)\b/],
  ['pacs', /\bcivil (?:partnership|union)\b/],
  ['marriage', /\b(?:get|getting|be|to be) married\b/],
  ['identity_card', /\b(?:cartes? (?:nationales? )?(?:d )?identit\w*|cartes? nationales? d identit\w*|cni\b|carte d id\b|(?:refaire|renouveler|perdu|vole|volee) (?:ma |mon |sa |son |une |la )?(?:piece|papiers?) d identit\w*)/],
  ['pacs', /\b(?:pacs|pacse|pacsee|pacses|pacsees|pacser|me pacser|nous pacser|se pacser|pacte civil(?: de solidarite)?)\b/],
  // « se marier à la mairie », « dossier de mariage », « publication des bans » (an acte de mariage is a civil status act).
  ['marriage', /\b(?:(?:me|se|nous|vous|te) marier|marier (?:a|en) (?:la )?mairie|(?:veut|veux|voulons|voudrions|souhaitons|allons|va|vais) (?:nous |se |me )?marier|mariage (?:civil|a la mairie|en mairie)|dossier (?:de |du )?mariage|publication des bans|publier les bans|bans|celebr\w* (?:un |le |notre |mon )?mariage|futurs? (?:maries|epoux|epouses?)|(?:date|salle|ceremonie) (?:de |du |d un |pour le |pour notre )?mariage)\b/],
  ['vehicle_registration', /\b(?:cartes? grises?|certificat d immatriculation|immatricul\w*)\b/],
  // « permis de construire », « permis de pêche » are other permits.
  ['driving_licence', /\bpermis\b(?! (?:de|d) (?!conduire\b))/],
  // « titre de séjour », « carte séjour perdue », « carte de résident » (not « mini séjour »: the holidays)
  ['residence_permit', /\b(?:titres? (?:de )?sejour|cartes? (?:de )?sejour|cartes? de resident)\b/],
  // « une demande de nationalité française », « dossier de naturalisation », « devenir français » (not « je suis de nationalité
  // française », nor the « certificat de nationalité » of the tribunal).
  ['nationality', /\b(?:(?:demandes?|demander|dossier|acquisition|acquerir|obtenir|obtention|avoir|prendre)(?: (?:de|d|la|ma|sa|une|ma demande de))* nationalite(?: francaise)?|naturalis\w*|devenir francaise?|(?:french citizenship|naturali[sz]ation))\b/],
  // « j'ai perdu ma carte vitale », « attestation de droits ameli », « health insurance card ».
  ['health_card', /\b(?:cartes? vitales?|ameli|attestations? (?:de |d )?(?:droits?|securite sociale|secu|assurance malad\w*)|cartes? europeennes? (?:d )?assurance malad\w*|ceam|(?:health insurance|social security) card)\b/],
  // « attestation CAF », « attestation de paiement de la CAF », « mon compte CAF » (a paper for the CAF is the commune's: FOR_OUR_PAPER).
  // « ma demande d'APL », « le RSA », « la prime d'activité », « l'allocation logement »: the CAF's benefits, asked of the CAF (« housing benefit »).
  ['caf', /\b(?:attestations? (?:de (?:paiement|quotient familial|droits?) )?(?:de la |d )?caf|(?:mon |son |le )?compte caf|allocations? familiales|caf (?:attestation|certificate)|apl|aides? (?:personnalisees? )?au logement|allocations? (?:de )?logement|rsa|prime d activite|housing benefits?)\b/],
  ['criminal_record', /\b(?:(?:extrait (?:de |du )?)?casier judiciaire|bulletin (?:n |no |numero )?3|criminal record)\b/],
  // « je dois déclarer mes impôts où », « payer ma taxe foncière », « ma déclaration de revenus » (the « avis d'imposition » as a paper for the tariff is ours: FOR_OUR_PAPER).
  ['taxes', /\b(?:(?:declar\w*|payer|paye|regler|remplir) (?:mes |nos |mon |ma |les |la |sa |son |ses |leurs? |une |des |d )?(?:impots?|revenus)|declarations? (?:d impots?|de revenus|des revenus|fiscale)|taxe (?:fonciere|d habitation)|impots? (?:sur le revenu|gouv)|centre des (?:impots|finances publiques)|income tax|tax return)\b/],
  ['job_seeker', /\b(?:pole emploi|france travail|(?:m |s |me |se )?inscri\w* (?:au|a la|a) chomage|attestation employeur|job ?seeker)\b/],
];

/** A paper sent for another démarche, not a document asked for. */
const AS_A_PAPER =
  /\b(?:copie|copies|scan|scanner|photocopie|envoyer|joindre|transmettre|deposer|justificatif|piece jointe|televerser|voici|ci joint\w*|jointe?s?|(?:je|j|nous) (?:vous )?(?:l |les )?(?:envoie|envoyons|transmets|transmettons|joins|joignons|depose|deposons)|(?:j ai|nous avons|je vous ai|nous vous avons) (?:bien )?(?:envoye|transmis|depose|joint|televerse)\w*)\b/;
/** « dossier de mariage, où déposer ? »: where the file is handed in asked (at the town hall), no paper sent in the chat. */
const MARRIAGE_FILE_WHERE = /^(?=.*\bdossier (?:de |du )?mariage\b)(?=.*\b(?:ou|quand|comment) (?:\w+ ){0,3}deposer\b|.*\bdeposer (?:\w+ ){0,2}ou\b)/;
/** « on est pacsés, il nous faut un certificat de vie commune ? », « une preuve que nous vivons ensemble » is the certificate. */
const COHABITATION = /\b(?:vie commune|certificat de vie|concubinage|vie maritale|union libre)\b|\b(?:vivons|vivent|vivez|vit|habitons|habitent|habite|vivre|habiter) ensemble\b/;
/** « ni mariés ni pacsés », « pas pacsés »: the pacs is what the couple is not, not what is asked. */
const PACS_DENIED = /\b(?:ni|pas|non|sans etre|sans) (?:maries? |mariee?s? )?(?:ni )?pacse\w*/;

/**
 * « une attestation d'hébergement pour le titre de séjour de mon frère »: the commune's paper is asked, for the permit;
 * « rendez-vous à la préfecture pour le titre de séjour, ma fille sera absente »: the permit is the reason of an errand of ours
 * (« un certificat de résidence pour mon dossier de naturalisation »: the same for the nationality).
 */
const PERMIT_AS_REASON = /\b(?:attestation|certificat|hebergement|domicile|absente?s?|absence|cantine|garderie|etude|centre|accueil|inscri\w*|reserv\w*|annul\w*)\b/;

/**
 * A paper of the commune for these bodies (« attestation de domicile pour la CAF », « l'attestation de paiement pr la caf »), or
 * theirs given to the commune (« attestation CAF pour le quotient familial », « je mets l'attestation caf où ? »).
 */
const FOR_OUR_PAPER = /\b(?:pour|pr|par) (?:la |le |l |ma |mes |les |nos |notre )?(?:caf|secu|securite sociale|cpam|pole emploi|france travail|impots?|declarations? (?:d impots?|de revenus|des revenus|fiscales?))\b|\b(?:quotient|tarifs?|factur\w*|cantine|garderie|etude|centre|accueil|pai|mettre|mets|met|ajout\w*|photo\w*|allocataire|domicile|concubinage|vie (?:commune|maritale)|dossier administratif|dossier en ligne)\b/;
/** « le récap des sommes payées pour la déclaration d'impôts », « l'attestation de frais de garde »: the commune's paper for the taxes. */
const FOR_TAXES = /\b(?:attestations?|recap\w*|recus?|sommes|frais de garde|montants?|justificatifs?)\b/;
const BODIES: ReadonlySet<ElsewhereKind> = new Set<ElsewhereKind>(['health_card', 'caf', 'job_seeker', 'taxes']);

/** On prepare()d text. */
export function elsewhereKindOf(prepared: string): ElsewhereKind | undefined {
  if (AS_A_PAPER.test(prepared) && !MARRIAGE_FILE_WHERE.test(prepared)) return undefined;
  const kind = KINDS.find(([, re]) => re.test(prepared))?.[0];
  if ((kind === 'residence_permit' || kind === 'nationality') && PERMIT_AS_REASON.test(prepared)) return undefined;
  if (kind && BODIES.has(kind) && FOR_OUR_PAPER.test(prepared)) return undefined;
  if (kind === 'taxes' && FOR_TAXES.test(prepared)) return undefined;
  return kind === 'pacs' && (COHABITATION.test(prepared) || PACS_DENIED.test(prepared)) ? undefined : kind;
}

/** The démarche a message asks about that is made elsewhere, if any. */
export const elsewhereDemarche = (text: string): ElsewhereKind | undefined => elsewhereKindOf(prepare(text));
