/**
 * « comment on fait pour réserver ? », « comment faire pour payer », « comment je fais pour signaler une absence ? »,
 * « comment marche le paiement ? », « moi réserver comment », « how do I cancel a booking? »: how a task goes is
 * asked, naming nothing of it (help). A message that names what the task is about (« comment faire pour inscrire ma
 * fille à la cantine ? », « comment on fait pour payer la cantine », « moi payer facture comment ») asks the task itself. Works on prepare()d text,
 * politeness removed (English words of the portal are already French there: « booking » is « reservation »).
 */
export type HowToTopic = 'booking' | 'absence' | 'payment';

const LEAD = '^(?:(?:et|mais|bon|alors|euh|du coup|ok|donc|so|and|but) )*';
const END = '(?: (?:en ligne|ici|sur le site|sur le portail|sur l appli|avec vous|par ici|par internet|online|here))?(?: \\?)?$';
const HOW =
  '(?:comment|comment est ce qu?e?) (?:on fait|je fais|faire|fait on|je dois faire|on doit faire|il faut faire|faut il faire|ca se passe|ca marche|ca fonctionne|' +
  'on peut faire|je peux faire|peut on faire|puis je faire|proceder|je procede|on procede)(?: pour| pr)?|comment (?:je peux|puis je|on peut|peut on|je dois|on doit|dois je)';

/**
 * Each task, said as a verb with its bare object (« payer ma facture », « annuler une réservation », « signaler une absence »;
 * « annuler une réservation déjà payée »: what state it is in names none of it either).
 */
const TASKS: ReadonlyArray<readonly [HowToTopic, string, string]> = [
  ['booking', '(?:reserver|inscrire|annuler|desinscrire|modifier|changer|decocher|cocher|faire une (?:reservation|inscription|annulation|resa))', '(?: (?:une|un|la|les|des|mes|ma|mon|une nouvelle) (?:reservations?|inscriptions?|resas?|creneaux?|jours?|places?|dates?)(?: (?:deja |bien )?(?:payee?s?|reglee?s?|faite?s?|validee?s?|confirmee?s?|prise?s?|en cours))?)?'],
  ['absence', '(?:signaler|declarer|prevenir d|prevenir|indiquer|noter|faire)', ' (?:une |l |un |d une |les )?(?:absences?|absent)'],
  // (« payer ma facture », « how can I pay the bill? » name what is to be paid: the invoices are shown, to pay)
  ['payment', '(?:payer|regler|paye|paie|faire un paiement|effectuer un paiement)', ''],
];

/** The task as a noun: « comment marche le paiement ? », « comment fonctionnent les réservations ? ». */
const NOUNS: ReadonlyArray<readonly [HowToTopic, string]> = [
  ['booking', '(?:reservations?|inscriptions?|annulations?|resas?)'],
  ['absence', 'absences?'],
  ['payment', '(?:paiements?|reglements?|payments?)'],
];
const WORKS = '(?:comment (?:ca )?(?:marche|marchent|fonctionne|fonctionnent|se passe|se passent)(?: pour)?|how (?:does|do))';

/** « moi payer facture comment », « je paye comment » (simple French: the question word last). */
const LAST = '(?:(?:moi|je|j|on|nous) )?(?:(?:veux|voudrais|vouloir|dois|peux|devoir) )?';
/** What such a task is about, with or without its article (« facture », « la facture », « une réservation »). */
const BARE_OBJECT = '(?: (?:(?:la|ma|les|mes|une|un) )?(?:reservations?|resas?|inscriptions?))?';

/** In English: « how do I cancel a booking? », « how can we pay? », « how do I report an absence? ». */
const ENGLISH_TASKS: ReadonlyArray<readonly [HowToTopic, string]> = [
  ['booking', '(?:book|reserve|cancel|make a reservation|change a reservation)(?: (?:a|my|the|an|our) (?:reservations?|day|place|days))?'],
  ['absence', '(?:report|declare|tell you about) (?:an |my child s |the )?absence'],
  ['payment', '(?:pay|make a payment)'],
];

const PATTERNS: ReadonlyArray<readonly [HowToTopic, RegExp]> = [
  ...TASKS.map(([topic, verb, object]) => [topic, new RegExp(`${LEAD}(?:${HOW}) ${verb}${object}${END}`)] as const),
  // (the absence's noun is its object: « signaler absence comment »)
  ...TASKS.map(([topic, verb, object]) => [topic, new RegExp(`${LEAD}${LAST}${verb}${topic === 'booking' ? BARE_OBJECT : object} (?:comment|comment faire|comment on fait|comment je fais)(?: \\?)?$`)] as const),
  ...NOUNS.map(([topic, noun]) => [topic, new RegExp(`${LEAD}${WORKS} (?:le |la |l |les |une |un |the )?${noun}(?: work)?${END}`)] as const),
  ...ENGLISH_TASKS.map(([topic, task]) => [topic, new RegExp(`${LEAD}how (?:do|can|should|could|would) (?:i|we|you) ${task}${END}`)] as const),
  // « combien de réservations je peux faire ? », « y a-t-il un nombre maximum de réservations ? »: how far booking goes, asked.
  ['booking', new RegExp(`${LEAD}(?:combien (?:de |d )(?:reservations?|inscriptions?|resas?|jours?) (?:je peux|on peut|puis je|peut on|pouvons nous|est il possible de|peut on) (?:faire|prendre|reserver|avoir)|(?:y a t il|il y a|est ce qu il y a|existe t il) (?:un |une )?(?:nombre (?:maximum|max|limite)|limite|maximum|plafond) (?:de |d )(?:reservations?|inscriptions?|resas?|jours?))(?: (?:par|au|a l) (?:mois|semaine|an|annee|enfant))?${END}`)],
];

/** The task whose way of going is asked, naming nothing of it; undefined for anything else. */
export function howToTopic(said: string): HowToTopic | undefined {
  return PATTERNS.find(([, re]) => re.test(said))?.[0];
}

/** A question of how: « comment (on fait / faire / je fais …) », « c'est comment », « how do i ». */
const HOW_WORD = /\b(?:comment|cmt|cmnt|how)\b/;
/** The task asked about, as a verb. */
const TASKS_NAMED: ReadonlyArray<readonly [Exclude<HowToTopic, 'payment'>, RegExp]> = [
  ['absence', /\b(?:signal\w*|declar\w*|previen\w*|prevenir)\b.*\babsen\w*|\babsen\w*\b.*\b(?:signal\w*|declar\w*)\b/],
  ['booking', /\b(?:reserv\w*|inscri\w*|annul\w*|desinscri\w*|resa|book|cancel)\b/],
];

/** An absence cancelled, withdrawn or removed. */
const TAKES_BACK_ABSENCE = /\b(?:annul\w*|retir\w*|supprim\w*|enlev\w*|effac\w*)\b.*\babsen\w*|\babsen\w*\b.*\b(?:annul\w*|retir\w*|supprim\w*|enlev\w*|effac\w*)\b/;

/**
 * « et pour réserver le mercredi comment on fait ? », « comment je fais pour signaler une absence lundi ? »: how a booking
 * or an absence goes, asked with words that may name what it is about (its days: the dialog checks them). An absence
 * taken back (« comment annuler l'absence de lundi ? ») is neither task. Works on prepare()d text.
 */
export function howToTaskNamed(said: string): Exclude<HowToTopic, 'payment'> | undefined {
  if (!HOW_WORD.test(said) || TAKES_BACK_ABSENCE.test(said)) return undefined;
  return TASKS_NAMED.find(([, re]) => re.test(said))?.[0];
}
