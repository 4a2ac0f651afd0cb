/**
 * Where to sign in, asked after what happened (« j'arrive pas à me connecter, où on met l'identifiant ? »,
 * « j'ai créé mon compte… je ne retrouve plus la page pour me connecter, où faut-il cliquer ? »): the way in is
 * asked, not a new password nor a new account; so is which identifier it takes (« mon identifiant c'est mon mail ou mon numéro de dossier ? »). A forgotten or refused password stays forgot_password.
 * Works on prepare()d text, politeness removed.
 */

const ENTER_WHERE = /\b(?:ou|comment) (?:est ce qu on |est ce que je |est ce que j )?(?:on |l on |je |j |faut il |dois je |il faut |peut on |puis je )?(?:met|mets|mettre|saisi\w*|entre|entrer|tape|taper|rentre|rentrer|renseigne\w*|indique\w*) (?:mon |mes |l |le |les |son |ses )?(?:identifiants?|login|nom d utilisateur)\b/;
const PAGE_LOST = /\b(?:trouve|retrouve)\w* (?:pas|plus) (?:la page|le bouton|le lien|l onglet|l endroit|la rubrique|l espace) (?:pour |de |d )(?:me |se |nous )?(?:connecter|connexion|identifier|identification)\b/;
const CLICK_WHERE = /\bou (?:faut il|dois je|je dois|on doit|est ce qu on|il faut) (?:cliquer|aller|appuyer) pour (?:me |se |nous )?(?:connecter|identifier)\b/;
/**
 * Which page or link the way in is on: « je ne sais pas sur quelle page me connecter », « vous pouvez m'envoyer le lien pour me connecter ? »,
 * « c'est quoi l'adresse du site pour se connecter ? » (what is wanted once in, the bookings to see, is for after).
 */
const WHICH_PAGE = /\b(?:sur|a|par) (?:quel|quelle|quels) (?:page|adresse|site|lien|onglet|endroit|rubrique) (?:(?:je dois|on doit|il faut|faut il|dois je) )?(?:me |se |nous )?(?:connecter|identifier)\b|\b(?:le |un |du )?(?:lien|adresse(?: du site)?|page) (?:pour|de|d) (?:me |se |nous )?(?:connecter|connexion|identifier|identification|acceder (?:a|au) (?:mon |l |notre )?(?:espace|compte|portail))\b|\b(?:envoyer|donner|transmettre|renvoyer|communiquer) (?:le|un) lien\b(?=.*\b(?:connect\w*|identifier|acceder)\b)/;
/** Which identifier the way in takes: « mon identifiant c'est mon mail ou mon numéro de dossier ? », « c'est quoi mon identifiant ? », « quel est l'identifiant ? ». */
const WHICH_LOGIN = /\b(?:(?:mon|l|notre|votre|son) (?:identifiant|login)s? (?:c est|c|cest|est|serait|ce serait|sont) (?:quoi|mon|ma|mes|l|le|la|les|votre|un|une|notre)\b|\bquoi (?:mon|l|notre) (?:identifiant|login)\b|\bquels? (?:est |sont )?(?:mon |mes |l |les |notre )?(?:identifiant|login)s?\b)/;
const PASSWORD_TROUBLE = /\b(?:mot de passe|mdp|password|bloque\w*|oublie\w*|perdu|refuse\w*|incorrecte?|errone\w*|invalide)\b/;

/** « où je mets mon identifiant et mon mdp », « où l'on saisit l'adresse mail et le mot de passe »: the password entered with the identifier is no trouble with it. */
const WITH_PASSWORD = /\b(?:identifiants?|login|(?:l |mon |son |votre )?(?:adresse )?(?:e ?mail|email|mail|courriel)) et (?:mon |le |son |notre |votre )?(?:mot de passe|mdp|password)\b/;

/** « c'est où l'espace perso ? », « où se trouve mon espace personnel ? »: where the resident's own space is (its way in). */
const OWN_SPACE_WHERE = /^(?:et )?(?:(?:c est|c|il est|elle est) ou|ou (?:est|se trouve|trouver|on trouve)) (?:l |mon |notre |votre )?espace (?:perso|personnel|citoyens?|famille|parents?)\b|^(?:et )?(?:l |mon |notre )?espace (?:perso|personnel|citoyens?|famille|parents?) (?:c est|c|se trouve|est) ou\b/;

export const asksWhereToSignIn = (text: string): boolean => {
  const said = text.replace(WITH_PASSWORD, 'identifiants');
  return (ENTER_WHERE.test(said) || OWN_SPACE_WHERE.test(said) || PAGE_LOST.test(said) || WHICH_PAGE.test(said) || CLICK_WHERE.test(said) || WHICH_LOGIN.test(said)) && !PASSWORD_TROUBLE.test(said);
};

/** « j'ai bien mon identifiant et mon mot de passe », « j'ai mes identifiants » */
export const HAS_CREDENTIALS = /\b(?:j ai|on a|nous avons) (?:bien |deja |tous |toujours )?(?:mon|mes|les|nos|notre) (?:identifiants?|mot de passe|mdp|codes? d acces)\b/;
/** What says the credentials do not work or are lost. */
export const CREDENTIALS_FAIL = /\b(?:oubli\w*|perdu\w*|bloque\w*|refuse\w*|invalide\w*|errone\w*|incorrect\w*|faux|fausse|reinitialis\w*|expire\w*|erreur|impossible)\b|\b(?:marche\w*|fonctionne\w*|passe\w*|accepte\w*|reconnai\w*) (?:pas|plus)\b|\b(?:pas|plus|jamais) (?:reconnue?s?|acceptee?s?|valides?|bons?|bonnes?)\b|\brien ne\b/;
/**
 * « mdp ok », « je me suis connectée sans problème », « mon mot de passe est pourtant le bon », « identifiants corrects »:
 * the way in works, or the password is said right (what fails is elsewhere).
 */
export const WAY_IN_WORKS = /\b(?:mot de passe|mdp|identifiants?|connexion) (?:ok|bon|marche|fonctionne)\b|\bconnecte\w* (?:sans (?:probleme|souci)|normalement|bien)\b|\b(?:mot de passe|mdp|identifiants?|password) (?:est |sont )?(?:pourtant |bien |toujours |forcement |quand meme )*(?:le |la |les )?(?:bons?|bonnes?|corrects?|correctes?|justes?|valides?|right|correct)\b/;
/**
 * « ça me dit identifiants incorrects alors que c'est les bons », « mot de passe refusé, pourtant j'ai mis le bon », « identifiants refusés mais
 * je suis sûre qu'ils sont bons »: refused, yet said right; the way in is in question, not a password forgotten.
 */
export const REFUSED_YET_RIGHT = /\b(?:alors que|pourtant|mais|meme si|bien que|je suis (?:sure?s?|certaine?s?)|j en suis (?:sure?|certaine?))(?: (?:que|qu))?(?: pourtant)? (?:ce sont|c est|cest|c|ils sont|elles sont|il est|j ai (?:bien )?(?:mis|tape|saisi|entre|rentre)|je (?:mets|tape|saisis|rentre|suis sure?)) (?:pourtant |bien |vraiment |forcement |quand meme |tout a fait )?(?:les |le |la |mes |mon )?(?:bons?|bonnes?|corrects?|correctes?|justes?)\b/;
/** What the portal does when it fails, whatever the password. */
/** « j'arrive pas à rentrer sur mon compte », « je n'arrive plus à me connecter »: the way in fails. */
export const CANNOT_GET_IN = /\b(?:arrive|arrivons|reussis|reussi|parviens) (?:pas|plus) a (?:me |nous )?(?:connecter|co|rentrer|entrer|acceder|aller)\b/;
// (« depuis mon nouveau tel », « depuis que j'ai changé de téléphone »: the device is new, the password is not in question;
// « la page me renvoie à l'accueil à chaque fois »: the portal goes round.)
export const PORTAL_FAILS = /\b(?:(?:me |nous |vous )?(?:renvoie|renvoi|renvoit|ramene|redirige|reviens|revient|retourne)\w* (?:toujours |sans cesse |direct |directement )?(?:a|sur|vers) (?:la page d |la page de |l )accueil|tourne en boucle|en boucle|tourne (?:dans le vide|a vide|sans fin|indefiniment|a l infini)|(?:mouline|rame|charge) (?:dans le vide|sans fin|indefiniment|a l infini)|rien ne (?:se passe|s affiche|charge|s ouvre)|(?:ecran|page) (?:blanc|vide)|page blanche|(?:page|site|ecran|appli|application|ca) (?:se )?(?:recharge|rafraichit|reactualise|relance)\w*|(?:je )?reste (?:deconnecte\w*|bloque\w* sur (?:la|l) (?:page|accueil|ecran))|(?:ca|il|le site|l appli) me deconnecte\w*|depuis (?:la|une|cette) (?:derniere )?(?:mise a jour|maj|mise a niveau|nouvelle version|refonte)|bug\w*|beug\w*|plante|ne charge pas|charge pas|message d erreur|erreur technique|(?:affiche|marque|met|mis|dit|indique|ecrit|renvoie)\w* (?:(?:me|m|une|un|toujours|encore|sans cesse) )*erreur|(?:une )?erreur (?:s affiche|apparait|s affichait)|errors?|(?:depuis|sur|avec) (?:mon|ma|le|la|un|une) (?:nouveau|nouvelle|autre) (?:tel|telephone|portable|smartphone|mobile|iphone|android|ordi|ordinateur|pc|tablette|navigateur)|(?:change|changee) (?:de|d) (?:tel|telephone|portable|smartphone|mobile|ordi|ordinateur|pc|tablette|navigateur))\b/;
