/**
 * Words that work at any step: aide, menu, retour (a form's question before), annuler / stop, recommencer, parler à quelqu'un, « c'est un robot ? »,
 * changer de commune, langage simple / langage courant, english / en français, mes rappels / arrêter (reprendre) les rappels,
 * rappel recensement / plus de rappel recensement. A command is recognised only when it is the whole message (give or take
 * politeness), so « annuler la cantine de vendredi » stays a request, not a command.
 */
import { normalize } from '../domain/text';
import { prepare } from './frenchText';
import { SALAM } from './greetings';
import { detectIntent } from './intents';

export type Command = 'help' | 'menu' | 'back' | 'cancel' | 'restart' | 'human' | 'botAsked' | 'changeCommune' | 'signOut' | 'plainOn' | 'plainOff' | 'english' | 'french' | 'remindersList' | 'remindersStop' | 'remindersResume' | 'censusOn' | 'censusOff';

const POLITE = new RegExp(String.raw`\b(s il vous plait|s il te plait|svp|stp|merci|please|je voudrais|je veux|jveux|j aimerais|je souhaite|je peux|puis je|on peut|voudrais|veux|bonjour|bonsoir|allo|svp|pls|plz|${SALAM})\b`, 'g');

/** « c'est pas la bonne ville », « ce n'est pas ma commune »: a town said wrong (the commune served, or a town a form asked: saysTownNotRight). */
const NOT_THE_RIGHT_TOWN = /^(?:(?:non|mais|ah|euh|bah|ben|en fait) )*(?:(?:c est|ce n est|ce est|c|ca n est|c est vraiment) pas (?:la bonne|ma|notre|la) (?:commune|ville)|pas la bonne (?:commune|ville)|(?:la |cette )?(?:commune|ville) (?:n est|est) pas la bonne|je (?:ne )?(?:suis|vis|vais) pas (?:de|dans|a) (?:cette|votre|la bonne) (?:commune|ville)|(?:je n |j |je )habite pas (?:dans |a )?(?:cette|votre|la bonne) (?:commune|ville)|(?:je n |j |je )habite pas ici|(?:vous vous etes|on s est) trompes? de (?:commune|ville))$/;

const PATTERNS: Array<[Command, RegExp]> = [
  // « c'est un robot ? », « je parle à une vraie personne ? », « are you a bot? »: who answers, and how to reach a person.
  ['botAsked', /^(?:(?:est ce que|est ce qu|mais|alors|euh|hum|au fait|dites moi|dis moi) )*(?:c est|c|tu es|t es|vous etes|je parle a|je parle avec|je discute avec|je suis en train de parler a|on parle a|je tchatte avec|j ecris a)(?: bien| vraiment| pas)? (?:un |une |a |a un |a une )?(?:robot|bot|chatbot|machine|ia|intelligence artificielle|programme|automate|ordinateur|humain|etre humain|vraie personne|personne reelle|vrai humain)(?: ou (?:un |une )?(?:humain|etre humain|personne|vraie personne|robot|bot|machine|ia))?$|^(?:are you|is this|am i (?:talking|chatting|speaking) (?:to|with)|i m (?:talking|chatting|speaking) (?:to|with))(?: really| actually)? (?:a |an )?(?:bot|robot|chatbot|human|real person|person|machine|ai|computer)(?: or (?:a |an )?(?:bot|robot|human|real person|person|machine|ai))?$/],
  ['human', /^(parler|discuter|echanger|contacter|joindre|appeler)?\s*(a|avec)?\s*(quelqu un|qqn|qq1|un humain|une personne|une vraie personne|un conseiller|une conseillere|un agent|un operateur|quelqu un de la mairie|un employe)( de la mairie)?$|^(talk|speak) to (someone|a human|a person|an agent)$|^(humain|conseiller|agent|operateur)$/],
  ['help', /^(aide|aidez moi|aide moi|de l aide|besoin d aide|j ai besoin d aide|help|au secours|\?+|comment ca marche|je ne comprends pas|j comprends pas|jcomprends pas)$/],
  ['menu', /^(menu|le menu|menu principal|retour au menu|revenir au menu|accueil|main menu|(?:go )?back to (?:the )?(?:main )?menu|return to (?:the )?(?:main )?menu|the menu)$/],
  // « retour », « précédent »: in a form, its question before (formBack.ts); elsewhere, as « menu » (mainInterruptions.ts).
  ['back', /^(?:(?:euh|oups|pardon|attendez|attends|non|ah) )*(retour|retour arriere|retour en arriere|revenir|revenir en arriere|en arriere|retourner en arriere|precedent|precedente|question precedente|la question precedente|(?:retour|revenir|retourner) (?:a )?la (?:question )?precedente|back|go back|previous|previous question|go back to the previous question)$/],
  // « non laissez tomber », « ah non annuler », « nan en fait laissez tomber »: the words before it are part of the command.
  ['cancel', /^(?:(?:non|nan|ah|oh|bon|euh|en fait|finalement|bref) )*(annuler|annule|annulez|(?:annuler?|annulez) (?:tout )?(?:ca|cela)|annule tout|annulez tout|j annule|on annule|j annule tout|on annule tout|j arrete tout|on arrete tout|stop|stopper|arreter|arrete|arretez|j arrete|on arrete|laisse tomber|laissez tomber|je laisse tomber|on laisse tomber|abandonner|j abandonne|on abandonne|oublie|oubliez|oublie ca|oubliez ca|tant pis|pas la peine|plus la peine|c est pas la peine|ce n est pas la peine|cancel|quit|quitter|sortir|fin)$/],
  ['restart', /^(recommencer|recommencer depuis le debut|recommence|on recommence|reprendre depuis le debut|depuis le debut|reset|restart|start over|tout recommencer)$/],
  ['signOut', /^(me deconnecter|deconnecte moi|deconnectez moi|deconnexion|se deconnecter|je me deconnecte|log ?out|sign ?out)$/],
  // « moi pas parler français (bien) », « je parle pas bien français », « français pas bien »: simple French, however broken.
  ['plainOn', /^((mode |en |un |le )?langage (plus )?(simple|facile|clair)|mode simple|(pouvez vous |vous pouvez )?(parler|parlez|parle|ecrire|ecrivez|expliquer|expliquez)( moi)?( plus)? (simplement|simple)|plus simple|plus simplement|(des )?phrases (plus )?courtes|facile a (lire|comprendre)|falc|(plain|simple|simpler) (language|english|words)|simpler|(?:moi |je )?(?:ne |n )?(?:parle|parler|comprends|comprend|lis|ecris)(?: pas| mal| un peu| peu)(?: tres| trop| tres bien| bien| beaucoup)?(?: le)? francais|(?:moi |je )?(?:pas|peu|un peu|pas bien|pas beaucoup|pas trop|mal) (?:bien |beaucoup |trop )?(?:parle|parler|comprends|comprend|comprendre|lis|lire|ecris|ecrire|connais|connaitre|savoir|sais)(?: bien| beaucoup| tres bien| trop)?(?: le| en)? francais|(?:mon|le) francais (?:n est |est )?pas (?:tres |trop )?(?:bon|bien|terrible)|(?:moi )?(?:pas|peu|un peu|petit) francais|(?:moi )?francais pas (?:bon|bien|beaucoup|tres bien|trop))(?: (?:bien|tres bien|beaucoup|bcp|trop))?$/],
  ['plainOff', /^((mode |en |le )?langage (courant|normal|habituel)|mode normal|(pouvez vous |vous pouvez )?(parler|parlez|ecrire|ecrivez)( moi)? normalement|(des )?phrases normales|(normal|usual) (language|english))$/],
  ['english', /^((in |en )?english|anglais|en anglais|(can you |could you |do you )?(speak|write|answer|reply|talk)( to me)? (in )?english|i (only )?speak english|i don t speak french|i do not speak french|no french|(?:i )?(?:only )?(?:speak|understand) (?:a little|little|some|not much|very little) french|my french is (?:not good|bad|poor|not very good)|(parlez|parler|ecrivez|ecrire) (en )?anglais)$/],
  // « me no speak french », « i no understand french », « no french », « french no good », « speak english »: English, however broken.
  ['english', /^(?:(?:sorry|hello|hi)[ ,!.]+)?(?:(?:me|i|we) )?(?:no|not|don t|dont|do not|can t|cant|cannot|no can)(?: (?:speak|talk|understand|read|know|speaking))?(?: good| well| much)? (?:french|francais)(?: (?:good|well|very well|much|sorry))?$|^(?:french|francais) no(?: good)?$|^(?:me|i|we) (?:speak|speaking|talk|understand)(?: only)? english(?: only)?$|^english (?:only|language|pls|plz)$/],
  ['french', /^(francais|en francais|(in )?french|(speak|write|answer|reply|talk)( to me)? (in )?french|(parlez|parler|ecrivez|ecrire|repondez|repondre)( moi)? (en )?francais)$/],
  // Before the general ones: « arrêter le rappel du recensement » is about that one only.
  ['censusOff', /^((je ne veux |ne )?(plus de|pas de|arreter|arretez|stopper|supprimer|supprimez|annuler|annulez|desactiver|desactivez)( le| les| mon| mes)? rappels? (du |de |pour le |pour )?(recensement|16 ans)|no census reminders?)$/],
  ['censusOn', /^((un |le |mettre un |mettez un |activer le |activez le )?rappels? (du |de |pour le |pour )?(recensement|16 ans)|(me |nous )?(rappeler|prevenir|avertir) (du |pour le |le |de )?(recensement|16 ans)|(rappelez|prevenez|avertissez) (moi|nous) (du |pour le |le |des )?(recensement|16 ans)|(etre |etre )?(prevenu|prevenus|prevenue|prevenues) (du |pour le |des )?(recensement|16 ans)|census reminders?)$/],
  ['remindersStop', /^((je ne |j )?(arreter|arretez|stopper|stop|couper|coupez|desactiver|desactivez|supprimer|supprimez|plus de|ne plus recevoir|ne plus avoir)( de| les| mes| des)? (rappels|relances|notifications)|stop reminders|no more reminders)$/],
  ['remindersResume', /^((reprendre|reprenez|reactiver|reactivez|remettre|remettez|activer|activez|relancer|recevoir)( de| les| mes| des)? (rappels|notifications)|resume reminders|turn on reminders)$/],
  ['remindersList', /^((mes|les|voir mes|voir les|afficher mes|quels sont mes) (rappels|notifications)|my reminders)$/],
  // « c'est pas la bonne commune », « ce n'est pas ma ville », « je n'habite pas cette commune »: the commune said wrong, in so many words.
  ['changeCommune', NOT_THE_RIGHT_TOWN],
  ['changeCommune', /^(?:(?:oups|oops|pardon|sorry|desolee?) )?(changer de commune|changer de ville|autre commune|autre ville|change town|changer la commune|je ne suis pas dans cette commune|mauvaise (?:commune|ville)|(?:je me suis )?trompee? de (?:commune|ville)|erreur de (?:commune|ville)|change (?:the )?(?:town|city)|wrong (?:town|city|commune)|(?:another|a different|other) (?:town|city))$/],
];

export function detectCommand(text: string | undefined): Command | undefined {
  if (!text) return undefined;
  if (/^\s*\?+\s*$/.test(text)) return 'help';
  const said = normalize(text).replace(POLITE, ' ').replace(/\s+/g, ' ').trim();
  if (said.length > 60) return undefined;
  for (const [command, pattern] of PATTERNS) if (pattern.test(said)) return command;
  return undefined;
}

/** Whether the message says a town is not the right one (« pas la bonne ville »), rather than ask to change the commune in so many words. */
export function saysTownNotRight(text: string | undefined): boolean {
  return !!text && NOT_THE_RIGHT_TOWN.test(normalize(text).replace(POLITE, ' ').replace(/\s+/g, ' ').trim());
}

/** A message that only says hello: answered with the menu, not with « je n'ai pas compris ». */
export function isGreeting(text: string | undefined): boolean {
  return !!text && detectIntent(prepare(text)) === 'greeting';
}
