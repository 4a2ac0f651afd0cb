/**
 * The family key received, where or how to enter it asked (prepare()d text): « j'ai reçu la clé par mail ce matin, je la rentre où »,
 * « la clé enfance que j'ai reçue, on la met où ? ». The key's task (family_key), not the commune's contact (the mail it came by).
 */

const KEY = '(?:la|ma|cette|une|notre|le|mon|ce) (?:cle|code)(?: (?:famille|enfance|familiale|enfant|de famille))?';
const ENTER = '(?:rentre|rentrer|mets|met|mettre|saisi\\w*|entre|entrer|tape|taper|renseigne\\w*|utilise\\w*)';
/** « … la clé …, je la rentre où », « où je rentre la clé », « comment je mets ma clé ». */
const WHERE = new RegExp(`\\b${KEY}\\b.{0,80}\\b(?:je|j|on|nous) (?:la |le |l )?${ENTER} (?:ou|comment)\\b|\\b(?:ou|comment) (?:est ce que |est ce qu )?(?:je |j |on |faut il |dois je |il faut )?(?:la |le |l )?${ENTER} ${KEY}\\b`);
/** The key said received (not the sign-in's code: « le code de connexion »). */
const RECEIVED = new RegExp(`\\b(?:recu|recue|eu|obtenu)\\b.{0,30}\\b(?:cle|code (?:famille|enfance))\\b|\\b(?:cle|code (?:famille|enfance))\\b.{0,30}\\b(?:recu|recue)\\b|\\b${KEY}\\b(?!.{0,20}\\b(?:connexion|sms|verification)\\b)`);

export const asksWhereToEnterKey = (said: string): boolean => WHERE.test(said) && RECEIVED.test(said) && !/\bcode (?:de connexion|sms|de verification|recu par sms)\b/.test(said);
