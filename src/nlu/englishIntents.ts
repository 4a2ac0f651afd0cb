/**
 * Messages written in English (« show my bookings », « my daughter is sick today », « what can
 * you do? »): the bot answers English speakers in English, so their requests are read too. Works
 * on prepare()d text, where the portal's nouns and the days are already French (« invoices » is
 * « factures », « tomorrow » is « demain », see frenchText.ts). Only a message with at least two
 * English words (or one, in a message of three words at most) is read here; anything else is
 * left to the French patterns.
 */
/** The intents an English message can have (a subset of intents.ts's, which imports this file). */
export type EnglishIntent =
  | 'abort' | 'help' | 'forgot_password' | 'family_key' | 'civil_status_act' | 'electoral_roll' | 'e_invoice' | 'cancel_booking'
  | 'report_absence' | 'list_bookings' | 'pay_invoice' | 'list_invoices' | 'create_account' | 'sign_in' | 'opening_hours' | 'cohabitation_certificate'
  | 'update_contact' | 'contact' | 'citizen_census' | 'upload_document' | 'parental_authorization' | 'book' | 'family_booklet' | 'address_change';

/** English words that are not French words. */
const ENGLISH_WORDS = new Set([
  'i', 'my', 'our', 'you', 'your', 'the', 'to', 'is', 'are', 'was', 'what', 'how', 'where', 'when', 'can', 'could', 'do', 'does',
  'did', 'please', 'want', 'need', 'would', 'like', 'have', 'has', 'of', 'for', 'with', 'it', 'this', 'that', 'and', 'get', 'show',
  'talk', 'speak', 'forget', 'forgot', 'help', 'sick', 'ill', 'hours', 'town', 'hall', 'open', 'see', 'check', 'change', 'update',
  'will', 'be', 'not', 'won', 'who', 'which', 'from', 'by', 'in', 'at', 'new', 'send', 'upload', 'register', 'he', 'she', 'they', 'we',
  'there', 'kids', 'up', 'during', 'break', 'daughter', 'school', 'form', 'understand', 'don', 'doesn', 'isn', 'log', 'where',
  'no', 'more', 'miss', 'reach', 'booked', 'appointment', 'if', 'flu', 'stay', 'home', 'twins', 'son', 'kid', 'again', 'reopen',
  'hello', 'hi', 'birth', 'death', 'certificate', 'certificat', 'wedding', 'thanks', 'thank', 'good', 'morning', 'afternoon', 'just',
  'remove', 'delete', 'take', 'off', 'cancel', 'book', 'lunch', 'next', 'week', 'tomorrow', 'today', 'quit',
  // The account, a request and its papers (« I lost my password », « I live in Poissy », « track my request »): never French words.
  'live', 'lost', 'password', 'account', 'request', 'track', 'number', 'papers', 'received', 'got', 'create', 'copy', 'address', 'family', 'key',
  // A payment gone wrong (« the payment didn't work », « payment failed »): read as in French (« le paiement n'a pas marché »).
  'payment', 'didn', 'failed', 'work', 'declined',
]);

/** A message this short (in words) is English with one English word. */
const SHORT = 3;

/** The sign-in's code not come or refused (the family's code, sent by post, is another). */
const SIGN_IN_CODE_MISSING = /^(?!.*\b(?:family|key|letter|post|postal|password)\b)(?=.*\bcode\b).*(?:\bcode\b.{0,25}\b(?:never|not|didn t|did not|doesn t|does not|hasn t|has not|still hasn t)\b.{0,12}\b(?:arriv\w*|come|came|coming|received|show\w* up|work\w*|accepted|valid)|\b(?:didn t|did not|haven t|have not|never|still haven t|don t|do not) (?:get|got|receive\w*)\b.{0,25}\bcode\b|\bcode\b.{0,20}\b(?:invalid|expired|wrong|rejected)\b)/;

/** A visit asked at a moment of the day: « can I still drop by… late on Friday », « could we come in around 6pm? ». */
const VISIT_AT_A_TIME = /\b(?:can|could|may) (?:i|we) (?:still )?(?:drop (?:by|in)|come (?:by|in|over|round)?|pop (?:in|by|over)|stop by|swing by|go|visit)\b.{0,60}\b(?:late|early|(?:around|at|after|before|by) \d{1,2}(?::\d\d)? ?(?:am|pm|h)?|\d{1,2} ?(?:am|pm)|lunchtime|noon|in the (?:evening|morning|afternoon))\b/;

/** In order: the first that matches decides. */
const PATTERNS: ReadonlyArray<readonly [EnglishIntent, RegExp]> = [
  // « never mind, forget it »: one way of stopping or several (« nah leave it, I'll sort it out later », « quit this please »).
  ['abort', /^(?:(?:ok |no |nah |nope |oh |actually |actually no ,? |so )?(?:forget (?:about )?it|drop (?:it|that)|never ?mind|leave it|stop (?:it|that)|cancel (?:it|that|everything)|i give up|(?:i (?:want to |d like to |would like to )?)?quit(?: (?:this|it|now|here|the (?:chat|conversation|bot)))?|(?:i m|i am|we re|we are) done|no thanks?|no thank you|not now|(?:i )?(?:have |ve )?changed my mind|exit)(?: please| thanks)?)(?: ,? (?:forget (?:about )?it|never ?mind|leave it|stop (?:it|that)|cancel (?:it|that|everything)|i give up|(?:i (?:want to |d like to |would like to )?)?quit(?: (?:this|it|now|here|the (?:chat|conversation|bot)))?|(?:i m|i am|we re|we are) done|no thanks?|no thank you|not now|(?:i )?(?:have |ve )?changed my mind|exit)(?: please| thanks)?)*(?: ,? (?:i ll|i will|we ll) (?:sort it(?: out)?|do it|deal with it|handle it|look into it|come back|try again)(?: myself)?(?: later| tomorrow| demain| another time)?)?$/],
  ['help', /\bwhat (?:can|do) you do\b|\bhow (?:does|do) (?:it|this|you) work\b|\bhelp me\b|\bi need (?:some )?help\b|\bi (?:do not|don t|dont) understand\b|\bmain menu\b|\bwhat are (?:the|my|your) options\b/],
  // « can I still drop by the council offices late on Friday, around 6pm? »: a visit at a time, whether it is open.
  ['opening_hours', VISIT_AT_A_TIME],
  // « who do I email about a problem with my invoice? »: whom to write to, whatever the subject.
  ['contact', /\bwho (?:do|can|should|could|must) (?:i|we) (?:e ?mail|email|write to|ask|contact|call|phone|ring|talk to|speak to)\b/],
  // « can I set up direct debit for the canteen bills? »: a way to pay asked (« I set up direct debit » told is not).
  ['pay_invoice', /\b(?:can|could|may|how (?:do|can|could) (?:i|we)|want to|like to|wish to|possible to)\b.{0,20}\b(?:set up|setup|switch to|start|arrange|pay by|pay with|use)\b.{0,10}\bdirect debit\b|\bdirect debit\b.{0,20}\b(?:possible|available)\b/],
  ['parental_authorization', /\b(?:travel\w*|going|goes|go|trip|leaving|leaves|flying|flies)\b.{0,30}\b(?:to [a-z]+|abroad)\b.{0,60}\b(?:form|permission|authori[sz]ation|papers?|papiers?|documents?|school|class)\b/],
  // « I lost my family record book » (not a booking); « proof of address from the town hall », « a residence certificate » (one sent is a paper).
  ['family_booklet', /\bfamily (?:record )?book(?:let)?\b|\blivret de famille\b/],
  // (« a certificate showing I'm hosting my brother », « proof that my mother lives with me », « a letter from the town hall saying my
  // friend lives with me »: the attestation d'hébergement.)
  ['address_change', /^(?!.*\b(?:send|upload\w*|attach\w*)\b).*(?:\bproof of (?:address|residence)\b|\b(?:certificat\w*|attestation|proof) of (?:(?:a )?change of )?(?:residence|address|accommodation|lodging)\b|\bchange of address (?:certificat\w*|attestation)\b|\b(?:residence|address|accommodation) (?:certificat\w*|attestation)\b|\b(?:certificat\w*|attestation|proof|letter|document)\b(?: \w+){0,4}? (?:i m |i am |we re |we are )?(?:hosting|accommodating|housing|putting up) (?:my|our|a)\b|\b(?:certificat\w*|attestation|proof|letter|document|paper)\b(?: \w+){0,8}? (?:lives?|living|stays?|staying) (?:with (?:me|us)|at (?:my|our) (?:place|home|house|flat))\b)/],
  ['citizen_census', /\bcensus\b|\b(?:just )?turned 16\b|\bdefen[cs]e day\b/],
  // « I can't log in, the code never arrives », « I didn't get the login code »: the sign-in's code, not the password (nor the family's).
  ['sign_in', SIGN_IN_CODE_MISSING],
  // « where do I enter my username and password? »: where the way in takes them, no password lost.
  ['sign_in', /^(?!.*\b(?:forgot\w*|lost|reset|wrong|invalid|not working|doesn t work|does not work)\b).*\bwhere (?:do|can|should|must|shall) (?:i|we) (?:enter|type|put|write|fill in|use|give)\b.{0,30}\b(?:username|user name|login|identifiants?|password|credentials|e ?mail)\b/],
  // « I can't sign in, it keeps saying error », « can't log in, the page just keeps loading »: the portal fails, no password in question.
  ['sign_in', /^(?!.*\b(?:password|passwords|forgot\w*|lost|reset|wrong|invalid|incorrect|username|credentials|code)\b)(?=.*\b(?:can t|cannot|can not|unable to|couldn t|could not) (?:log ?in|sign ?in|connect|access|get in)\b)(?=.*\b(?:errors?|keeps? (?:loading|spinning|crashing|freezing|reloading|refreshing)|(?:blank|white|empty) (?:page|screen)|crash\w*|bug\w*|freez\w*|loops?|(?:just )?(?:loading|spinning))\b)/],
  ['forgot_password', /\b(?:forgot|forgotten|lost|reset|change)\b.{0,20}\bpassword\b|\bpassword\b.{0,20}\b(?:forgot|forgotten|lost|reset|not working|does not work|doesn t work)\b|\b(?:can t|cannot|can not|unable to) (?:log ?in|sign ?in|connect|access)\b/],
  // (« where do I get the key to add my children to my account », « my kids aren't in my account, how do I add them? »: the key that brings them.)
  ['family_key', /\bfamily (?:key|code)\b|\bchild(?:ren)? key\b|\b(?:link|attach)\b.{0,20}\bchild(?:ren)?\b|\b(?:key|code)\b.{0,25}\b(?:add|link|attach|see|show|get|bring)\b.{0,12}\b(?:my|our|the) (?:child(?:ren)?|kids?|sons?|daughters?)\b|\b(?:add|link|attach|see|get) (?:my|our|the) (?:child(?:ren)?|kids?|sons?|daughters?)\b.{0,12}\b(?:to|in|into|on) (?:my|our|the) account\b|\b(?:child(?:ren)?|kids?|sons?|daughters?) (?:are|is|aren t|isn t|are not|is not) (?:not )?(?:in|on|showing in|showing on|showing up in) (?:my|our|the) account\b/],
  // « death certificate », « a copy of my wedding certificate », « certificate of birth », « marriage record » (« marriage » is read « mariage »).
  // « a certificate of cohabitation », « proof that we live together »
  ['cohabitation_certificate', /\bcohabitation\b|\b(?:live|living) together\b|\bcommon law\b/],
  ['civil_status_act', /\b(?:birth|mariage|marriage|wedding|death) (?:certificat\w*|records?|acts?)\b|\bcertificat\w* of (?:birth|mariage|marriage|death)\b|\b(?:full|complete) copy\b|\bcopy (?:in )?full\b|\bextract (?:with|without) (?:the )?(?:parentage|parents)\b/],
  ['electoral_roll', /\bvot(?:e|ing|ers?)\b|\belectoral\b|\belections?\b/],
  ['e_invoice', /\bfactures? (?:by|per|via|through) (?:e ?mail|email|internet)\b|\bfactures? online\b|\binstead of (?:by )?(?:post|mail|paper|papier)\b|\b(?:by post|paper|papier) instead\b|\bpaperless\b|\b(?:online|electronic|e) factures?\b/],
  ['cancel_booking', /\bcancel\w*\b.{0,40}\b(?:cantine|garderie|reservations?|day|days|club|lunch|care|demain|lundi|mardi|mercredi|jeudi|vendredi)\b/],
  // « remove the canteen on friday », « take Sophie off lunch next week »: a booking taken away, never one made.
  ['cancel_booking', /\b(?:remove|delete|drop(?! (?:by|in|round|over)\b)|unbook|withdraw|take (?:\w+ )?(?:off|out))\w*\b.{0,40}\b(?:cantine|garderie|etude|centre|reservations?|bookings?|day|days|club|lunch\w*|care|demain|lundi|mardi|mercredi|jeudi|vendredi)\b/],
  // « no canteen for Mia tomorrow », « Hi, no breakfast club next week »: the days not wanted any more (a greeting before).
  ['cancel_booking', /^(?:\w+ )?(?:, )?no (?:cantine|garderie|etude|centre|lunch|club|care)\b|\bno more\b.{0,40}\b(?:cantine|garderie|etude|centre|care|club)\b|\b(?:don t|do not|no longer|won t|will not) need\b.{0,40}\b(?:cantine|garderie|etude|centre|care|club)\b/],
  // « why was I charged for the garderie on a day my son was absent? », « can I get a refund for the canteen? »: a charge questioned, not an absence.
  ['list_invoices', /\b(?:charged|billed|invoiced|debited) (?:me |us )?(?:for|although|even though|while|when)\b|\bwhy (?:was|were|am|are|did|have) (?:i|we|you) (?:been )?(?:charged|billed|invoiced|debited|charge|bill)\b|\brefund\w*\b/],
  // (« won't have lunch », « not having lunch »: « lunch » is read « cantine ».)
  // (« my son missed school on monday, sorry for not telling you »: an absence told after it.)
  ['report_absence', /\b(?:will|ll|is going to|s going to) miss\b|\b(?:missed|was absent from|wasn t at|was not at|didn t (?:come|go) to|did not (?:come|go) to) (?:school|class)\b|\b(?:won t|wont|will not|isn t|is not|aren t|are not) be (?:in|at) (?:school|class)\b|\b(?:dentist|doctor|doctor s|medical|hospital) appointment\b|\b(?:is|are|s|will be|was) (?:sick|ill|unwell|absent|off sick)\b|\b(?:won t|will not|can t|cannot|isn t|is not|aren t|doesn t|does not|don t|do not) (?:come|coming|go|going|attend|be there|be at|eat|eating|have (?:lunch|cantine|dinner))\b|\bnot (?:eating|having (?:lunch|cantine))\b|\bnot coming\b|\b(?:has|have|got|caught) (?:the |a )?(?:flu|cold|fever|temperature|stomach bug|tummy bug|chicken ?pox|covid|virus)\b|\b(?:stay|stays|staying) (?:at )?home\b|\bkeep(?:ing)? (?:him|her|them|my \w+) (?:at )?home\b/],
  // « did I book the canteen for Friday? », « have we registered Tom for the club? »: a question about a booking made.
  ['list_bookings', /^(?:(?:so|and|but|hi|hello|sorry|please|wait) )?(?:did|have|had) (?:i|we) (?:already |actually |really )?(?:book|reserve|register|sign)\w*\b|\b(?:my|our|his|her|the) reservations\b|\bwhat (?:did|have) (?:i|we) (?:reserve\w*|book\w*)|\b(?:is|are) (?:she|he|they|my \w+|\w+(?: and \w+)?) (?:already |still |really )?(?:booked|registered|signed up|enrolled)\b|\b(?:she|he|they|my \w+) (?:is|are|s) (?:booked|registered|signed up)\b|\bwhat s booked\b|\b(?:what|which) reservations\b|\b(?:do|have|did) (?:i|we) (?:got |made |have )?(?:any )?reservations\b/],
  // « a certificate of payment for 2026 », « a receipt for what I paid »: a paper about payments made, shown with the invoices.
  // « is it paid? », « has the invoice been paid? », « did my payment go through? »: whether it is paid, not a payment to make.
  ['list_invoices', /\b(?:is|was|has|have) (?:it|that|this|they|(?:my|the|our) (?:factures?|bills?)) (?:now |already |actually )?(?:been )?(?:paid|settled)\b|\b(?:did|has|have) (?:my |the |our )?payments? (?:gone |go |come |went )?(?:through|work\w*|been (?:received|accepted))\b|\b(?:i|we) (?:have |ve )?(?:just |already )?paid (?:it|them)?\b.{0,20}\b(?:received|ok|okay|gone through)\b/],
  ['list_invoices', /\b(?:certificat\w*|proof|statement|record) of (?:payment|paid)\w*|\b(?:payment|tax) (?:certificat\w*|statement|receipt)s?\b|\breceipts?\b/],
  // « settle my outstanding balance », « clear what I owe »
  ['pay_invoice', /\bpay\w*\b|\b(?:settle|clear)\b.{0,30}\b(?:balance|factures?|account|debts?|arrears|what i owe)\b/],
  ['list_invoices', /\bfactures?\b|\bhow much\b|\bi owe\b/],
  // « sign my kids up for … », « sign Zoe and Max up for … », « enrol my son », « register her for the canteen »
  ['book', /\bsign (?:\w+ ){1,4}up (?:for|to)\b|\bsign (?:my|our|his|her|the|them|him) (?:\w+ )?up\b|\benrol\w*\b|\bregister (?:my|our|him|her|them)\b/],
  // « I have an account already, how do I get in? »: the account exists, the way in is asked.
  ['sign_in', /\b(?:i|we) (?:already |do )?(?:have|ve got|got) (?:an|a|my|our) (?:\w+ )?account\b/],
  // « i dont have account », « I have no account », « I never registered », « I'm new here »: no account yet, one to create.
  ['create_account', /\b(?:don t|dont|do not|didn t|did not|never) (?:have|had|got|made|created|opened) (?:an |a |any )?(?:\w+ )?account\b|\b(?:have|has|got) no (?:\w+ )?account\b|\bnever (?:registered|signed up)\b|\b(?:i m|im|i am) new here\b/],
  ['create_account', /\b(?:create|open|make|set up)\b.{0,20}\baccount\b|\b(?:get|obtain|need|want|have) (?:an|a new|a) (?:\w+ )?account\b|\bsign ?up\b|\bregister\b/],
  // (« update my address in my account »: where, not the way in.)
  ['sign_in', /\blog ?in\b|\bsign ?in\b|\b(?:sign|log) (?:me|us) (?:in|on)\b|\blogin\b|(?<!\b(?:in|on|from) )\bmy account\b/],
  ['opening_hours', /\bopening (?:hours|times)\b|\bwhat time\b|\b(?:is|are) (?:it|you|the [a-z ]{2,20}) (?:open|closed)\b|\bwhen (?:do|does|is|are|will) .{0,30}\b(?:re ?open|open|close)\b|\b(?:re ?open\w*|open again)\b|\bhours\b/],
  ['update_contact', /\b(?:change|update|new|changed)\b.{0,20}\b(?:e ?mail|email|address|phone|number)\b/],
  ['contact', /\b(?:talk|speak) (?:to|with)\b|\b(?:reach|phone|call|ring)\b|\bwhere (?:is|are)\b|\bhuman\b|\bcall (?:me|you)\b|\bphone number\b|\bcontact\b|\be ?mail address\b/],
  // « how do I send you my tax notice? », « send the proof of address »
  ['upload_document', /\bupload\w*\b|\bsend\b.{0,30}\b(?:document|file|paper|papier|certificate|photo|scan|notice|payslip|proof|attestation)s?\b/],
  ['parental_authorization', /\btravel\w* abroad\b|\bleave the country\b|\bschool trip\b/],
  ['book', /\bbook\w*\b|\breserve\b/],
];

/** A message plainly in English (three English words or more, a third of its words at least), as a French speaker would not write one. */
export function looksEnglish(said: string): boolean {
  const words = said.split(' ').filter((w) => w !== '');
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english >= 3 && english * 3 >= words.length;
}

/** French words a message in English never holds (« je », « la », « pour »; not « a », « on », « son », « no », also English words). */
const FRENCH_WORDS = new Set([
  'je', 'j', 'tu', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'et',
  'est', 'sont', 'pour', 'pas', 'ne', 'n', 'mon', 'ma', 'mes', 'ta', 'tes', 'sa', 'ses', 'votre', 'vos', 'notre', 'nos', 'leur', 'que', 'qu',
  'qui', 'quoi', 'c', 'ce', 'ca', 'cette', 'avec', 'dans', 'sur', 'par', 'mais', 'ou', 'oui', 'non', 'merci', 'bonjour', 'svp', 'veux',
  'voudrais', 'faire', 'peux', 'suis', 'ai', 'en', 'y', 'comment', 'quand', 'quel', 'quelle', 'ouais', 'bon', 'aussi',
]);

/**
 * A whole message in English, as reliably as words tell: four words or more, plainly English (looksEnglish) and no
 * French word in it (« sorry, I don't speak French, it was in Poissy »; never « je veux annuler la cantine on friday »).
 */
export function wholeEnglish(said: string): boolean {
  const words = said.split(' ').filter((w) => w !== '');
  return words.length >= 4 && looksEnglish(said) && !words.some((w) => FRENCH_WORDS.has(w));
}

/** The intent of a message written in English, or undefined (not English, or nothing known). */
export function englishIntent(said: string, counted: string = said): EnglishIntent | undefined {
  // (its English words counted with the politeness the patterns do without: « please remove lunch on Friday »)
  const words = counted.split(' ');
  const english = new Set(words.filter((w) => ENGLISH_WORDS.has(w))).size;
  // « my bookings », « show invoices »: in a message of three words at most, one English word is enough.
  if (english < 2 && !(english === 1 && words.length <= SHORT)) return undefined;
  return PATTERNS.find(([, re]) => re.test(said))?.[0];
}
