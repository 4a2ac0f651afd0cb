/**
 * Days of a story beside the request, not days asked (false dates): another person's period (« ma mère les garde jusqu'au 11 »,
 * « mon mari est en déplacement du 8 au 12 »), the parent's own work or appointment (« je travaille le 16 », « j'ai un examen le 10 »),
 * a school outing (« sortie à la piscine le 15 »), a deadline (« je dois réserver avant le 15 ? »), the day after an event not dated
 * (« le lendemain de la kermesse »). Works on prepare()d text.
 */
import { addDays } from './calendarMath';
import type { Found, Reader } from './dateReader';
import { BACK } from './dayAfter';
import { DAY, forward, parseSpec, SPEC, WD } from './dateWords';
import { pattern } from './pattern';
import { EARLIER_MESSAGE_DAY } from './referenceBeside';

/** What may open the words of the story: a greeting, « et », « car ». */
const OPENING = '^ ?(?:(?:bonjour|bonsoir|bjr|slt|salut|hello|hi|et|mais|car|comme|vu que|parce que|because|as) )*';

/** Someone else than the child and the parent writing: family, a nanny, the other parent. */
const PERSON =
  '(?:(?:ma|mon|sa|son|leur|notre|la|le) (?:mere|pere|mari|femme|epouse|conjointe?|compagnon|compagne|ex|soeur|frere|belle mere|beau pere|belle soeur|beau frere|nounou|nourrice|assistante maternelle|baby sitter|babysitter|grand mere|grand pere|tante|oncle|mamie|mami|papi|papy|maman|papa)|papa|maman|mamie|mami|papi|papy|my (?:husband|wife|partner|mother|mum|mom|father|dad|sister|ex|nanny)|(?:mes|ses|leurs|nos|les) (?:parents|beaux parents|grands parents)|the nanny|grandma|granny|grandpa|my parents)';
/** What such a person does over the days: keeps the children, is away, works. */
const AWAY =
  '(?:(?:les|la|le|l) (?:garde|gardera|gardent|garderont|a|aura|ont|auront|prend|prendra|prennent)|(?:garde|gardera|gardent|garderont|a|aura|ont|auront|recupere|recuperera|recuperent|recupereront) les enfants|travaille|travaillera|travaillent|part|partira|partent|partir|travailler|rentre|rentrera|revient|reviendra|arrive|arrivera|(?:est|sera) de retour|(?:est|sera|sont|seront|is|are|will be) (?:en deplacement|en conge|en conges|en vacances|en formation|en mission|a l etranger|absente?|malade|hospitalisee?|de nuit|de garde|la|away|off|abroad|on holiday)|(?:travaille|travaillera) de nuit)';
const OTHERS_PERIOD = new RegExp(`${OPENING}${PERSON} ${AWAY}\\b`);

/** The parent's own day: work, a shift, an appointment, an exam, a training (« je travaille le 16 », « mon entretien est le 16 »). */
const OWN_THING = '(?:rdv|rendez vous|formation|examen|entretien|reunion|convocation|concours|seminaire|deplacement|operation|greve|appointment|interview|exam|meeting|training|shift)';
const PARENTS_OWN = new RegExp(
  `${OPENING}(?:(?:je|j|moi) ?(?:travaille|travaillerai|travail|bosse|suis de (?:garde|nuit|permanence|service)|suis d astreinte|commence|finis|termine|ai (?:un|une|mon|ma) (?:[a-z]+ )?${OWN_THING}|passe (?:un|une|mon|ma) (?:examen|entretien|concours)|suis (?:en formation|en deplacement|convoquee?|en greve))|(?:mon|ma) (?:[a-z]+ )?${OWN_THING} (?:est|sera|a lieu|aura lieu)|i (?:work|have (?:a|an|my) (?:[a-z]+ )?(?:${OWN_THING}|doctor s appointment))|my (?:[a-z]+ )?(?:${OWN_THING}) is)\\b`,
);

/** Words of the request said between the story and the day: then the day is asked (« j'ai un examen le 10 alors cantine le 11 »). */
const ASKED = /\b(?:alors|donc|du coup|so|please|pouvez|pourriez|merci|besoin|need|book|reserv\w*|inscri\w*|annul\w*|cantine|garderie|etude|centre|accueil|lunch|club|et (?:je|j|il|elle|on|nous|i))\b/;
/** « already booked for the 14th »: a day already so (toldAsAlready, in English). */
const ALREADY = /\balready\b/;
/** « my son was sick on the 3rd »: a day gone, told in English without a pronoun subject. */
const SICK_BEFORE = /\b(?:was|were) (?:sick|ill|absent|off|away|poorly|unwell|at home)\b|\bhad (?:a )?(?:fever|temperature|cold|flu|stomach bug)\b/;

/** The words before `at` since the last stop or comma. */
function wordsBefore(source: string, at: number): string {
  const before = source.slice(0, at);
  return before.slice(Math.max(...['.', ',', '?', '!', ';', ':'].map((c) => before.lastIndexOf(c))) + 1);
}

/**
 * The day at `at` ends words telling another person's period, the parent's own day or a day already so (« mon mari est en déplacement
 * du 8 au 12 », « je travaille le 16 », « already booked for the 14th »): the story, asked only when no other day is.
 */
export function toldOfOthersOrOwn(source: string, at: number): boolean {
  const head = wordsBefore(source, at);
  return (OTHERS_PERIOD.test(head) || PARENTS_OWN.test(head) || ALREADY.test(head)) && !ASKED.test(head);
}

/** « le 4 il a vomi, … », « my son was sick on the 3rd »: a day said first, then told in the past; or after « was sick ». */
export function toldPastBeside(source: string, at: number, past: (text: string) => boolean): boolean {
  const head = wordsBefore(source, at);
  if (SICK_BEFORE.test(head) && !ASKED.test(head)) return true;
  const after = source.slice(at).split(/[.,;!?]/)[0] as string;
  return /^ ?(?:le|on le|the)? ?$/.test(head) && pattern`^ ?(?:${DAY}) (?:il|elle|ils|elles|on|he|she|they|we|i)\\b`.test(after.replace(/^ ?(?:le |the )/, '')) && past(after);
}

/**
 * A deadline: « je dois réserver avant le 15 ? », « avant le 15 svp confirmez », « inscription au plus tard le 11 », « date limite le 10 »,
 * « les inscriptions
 * ferment le 11 », « deadline is the 10th »: when to ask by, no day asked.
 */
const DEADLINE = new RegExp(
  `\\b(?:(?:date limite|dernier delai|delai|deadline|cloture(?: des inscriptions)?|(?:les )?inscriptions? (?:ferment|se terminent|closes?|sont closes|finissent))(?: (?:d inscription|des inscriptions|est|c est|fixee?|is|au|:))* (?:le |au |the )?(?:${DAY})\\b|` +
    `(?<=\\b(?:dois|doit|devons|devez|faut|faudra|faudrait|must|have to|need to|inscriptions?|inscrire|reserver|repondre|annuler)\\b(?: [a-z]+){0,6} )(?:avant|au plus tard|before|by) (?:le |the )?(?:${DAY})\\b|` +
    `\\b(?:avant|au plus tard) (?:le )?(?:${DAY})\\b(?=(?: [a-z]+){0,4} ?\\?)|` +
    // « avant le 15 svp confirmez »: by when to confirm or answer.
    `\\b(?:avant|au plus tard) (?:le )?(?:${DAY})\\b(?= ,? ?(?:(?:svp|stp|merci de|merci d|pouvez vous|pourriez vous) )?(?:confirm|repond|valid|me dire|dites)))`,
);
/** « le lendemain de la kermesse », « la veille de son anniversaire », « le jour de la sortie »: counted from an event not dated here. */
const EVENT_WORD = '(?:sortie|kermesse|spectacle|fete|anniversaire|anniv|operation|rdv|rendez vous|voyage|classe verte|classe de neige|competition|tournoi|match|examen|entretien)';
const FROM_UNDATED = new RegExp(`\\b(?:le |la )?(?:lendemain|surlendemain|veille|jour) (?:de la|de l|du|de son|de sa|de leur|de ses|de mon|de ma|de notre|des|de) ${EVENT_WORD}\\b(?!(?: [a-z]+){0,4} (?:du|le|de|prevue? le|qui a lieu le) (?:\\d|${DAY}\\b))(?: [a-z]+){0,3}`);
/** A school outing or a show with its day, one the family does not ask (« la sortie au musée le 10 », « school trip on the 17th »). */
const OUTING = pattern`\\b(?:(?<!(?<!\\by )\\ba la )sortie (?:au|a la|a l|aux|en|du|piscine|musee|cinema|theatre|zoo|ski|velo|foret|parc|ferme|bibliotheque|mediatheque|patinoire|spectacle|nature)|school trip|trip|(?:her|his|their|my) birthday|birthday|show|school play|concert)(?: (?!(?:et|mais|donc|pour|je|j|il|elle|on|nous)\\b)[a-z]+){0,4}? (?:le |ce |is le |is on le |on le )?(${SPEC})\\b(?! ?(?:,|et|ou|au|a) (?:le )?(?:\\d|${WD}))`;
/** « marché de noël de l'école c'est le 11 »: an event named after Noël, then its day (« repas de noël le 17 aussi svp » asks it). */
const NOEL_EVENT = /\b(?:repas|fete|spectacle|marche|gouter|arbre|concert|bal|kermesse) de noel(?: (?:de l ecole|du centre|de la classe))? ,? ?(?:c est |ce sera |aura lieu |a lieu |est )?(?:le |ce )(\d{1,2}|1er)\b(?! ?(?:,|et|ou|au|a) (?:le )?\d)(?! (?:pour [a-z]+ )?(?:aussi|egalement|en plus)\b)/;

/** Deadlines and days counted from an event not dated: no day. Outings and events with their day: set aside (as readEventDays does). */
export function readStoryDays(r: Reader): void {
  r.mask(DEADLINE);
  // « garderie le 9, suite à mon mail du 4 »: the day of the message recalled.
  r.mask(EARLIER_MESSAGE_DAY);
  r.mask(FROM_UNDATED);
  for (const re of [NOEL_EVENT, OUTING])
    r.pass(re, (m) => {
      const day = forward(parseSpec(m[1] as string), r.today, true);
      return day ? { days: [day], aside: true } : null;
    });
}

/** « sortie scolaire le 17, cantine le lendemain », « spectacle le 15, garderie la veille »: the day next to an event's day said just before. */
const NEXT_TO_EVENT = /\b(?:le |la )(lendemain|surlendemain|veille)\b(?! (?:de|du|d)\b)/;

export function readNextToEvent(r: Reader): void {
  r.pass(NEXT_TO_EVENT, (m) => {
    const said = r.found.filter((f) => f.at < m.index && f.days.length === 1 && !f.bound).sort((a, b) => b.at - a.at)[0];
    if (!said?.aside) return null;
    // (« se faire opérer jeudi… elle pourrait reprendre l'école dès le lendemain »: the day after is when the child is back, not a day asked.)
    if (m[1] !== 'veille' && BACK.test(r.source.slice(said.at, m.index))) return null;
    return [addDays(said.days[0] as string, m[1] === 'veille' ? -1 : m[1] === 'surlendemain' ? 2 : 1)];
  });
}

/**
 * A day of the month read after a story day, in that day's month (« je suis de garde le 12, garderie le 11 » read the 11th of January):
 * once the story day is dropped, read from where days start (the 11th of December).
 */
export function reanchored(r: Reader): void {
  for (const f of r.found) if (f.anchoredOn && f.fromStart && (f.anchoredOn.days.length === 0 || f.anchoredOn.aside)) f.days = f.fromStart;
}

/** The found day a day of the month at `at` is counted from (as Reader.anchorBefore takes it), when not today. */
export function anchorFound(r: Reader, at: number): Found | undefined {
  return r.found.filter((f) => f.at < at && f.days.length > 0 && !f.bound).sort((a, b) => b.at - a.at)[0];
}
