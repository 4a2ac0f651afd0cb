/**
 * Periods said beside the days asked, and what they are to them: a period named apart from days inside it is their context
 * (« des gardes de nuit le mois prochain… inscrire Lucie les 9, 10 et 11 »), « cette semaine » after days of another week is
 * theirs, « cette semaine-là » is the week named before, and a week-end beside a school day is the story's.
 */
import { mondayOf, weekdayOf } from './calendarMath';
import type { Found } from './dateReader';

/** Words that tell a period is wanted whole: « toute la semaine prochaine et aussi lundi ». */
const WHOLE = /\b(?:tout|toute|tous|toutes|pendant|durant)(?: (?:le|la|les|ce|cette))?(?: mois| semaine| week end)?\s*$/;
/** A request opening (or a need said: « j'aurais besoin de… »): what follows it is asked. */
const REQUEST = /\b(?:pourriez vous|pouvez vous|pourrais je|puis je|je voudrais|je souhaite|je souhaiterais|j aimerais|merci d|merci de|je veux|(?:j|nous|on) (?:aurais|aurions|aurait|aurai|aurons|ai|avons|a) besoin|il (?:me|nous) (?:faut|faudrait|faudra)|(?:annulez|reservez|inscrivez|desinscrivez|notez|mettez|enlevez|retirez|supprimez|decochez|cochez|prevoyez|gardez))\b/;
/** What tells days are missed: « il manquera », « sera absent », « ne viendra pas », « il ne sera donc pas à l'école ». */
const MISSED = /\b(?:manquera|manqueront|absente?s?|absence|ne (?:viendra|viendront|sera|seront|pourra|pourront)(?: donc| alors| finalement| par consequent)? pas)\b/;
/** How far (in words) a period stands from the days for it to be told apart from them, as another sentence would. */
const APART = 6;

/**
 * A period named apart from days inside it is their context, not more days asked: « des gardes de nuit le mois
 * prochain… pourriez-vous inscrire Lucie les 9, 10 et 11 décembre », « je travaille en horaires décalés la
 * semaine prochaine… l'accueil du matin mardi et mercredi prochains », « je prends mon service à 6h les lundis et mardis
 * [en février]… inscrire Kenji les lundis et mardis du 1er au 5 février ». Said together (« la semaine prochaine et
 * le 3 décembre », « toute la semaine prochaine et aussi lundi ») both are kept.
 */
export function withoutContextPeriods(found: readonly Found[], source: string): Found[] {
  const wordsBetween = (a: number, b: number) => source.slice(Math.min(a, b), Math.max(a, b)).split(' ').length - 1;
  return found.filter((f) => {
    if (!(f.bound || f.recurring) || f.used || f.days.length === 0 || WHOLE.test(source.slice(0, f.at))) return true;
    const inside = new Set(f.days);
    // (« la semaine du 22 février, je travaille de nuit… inscrire Tom du 22 au 26 février »: a shorter period inside it, said after, is days too.)
    const days = found.filter((d) => d !== f && !d.aside && d.days.length > 0 && (!d.bound || (d.at > f.at && d.days.length < f.days.length && d.days.every((x) => inside.has(x)))));
    if (days.length === 0) return true;
    // « toutes ses réservations de la semaine prochaine, du lundi 11 au vendredi 15 janvier »: the week said again as its days, right after it;
    // (« qu'elle reste au calme la semaine prochaine : elle sera absente du lundi 1er au vendredi 5 mars »: or as the days missed, the stop lost.)
    const saidAgain = (d: Found) => wordsBetween(f.at, d.at) <= 5 || (wordsBetween(f.at, d.at) <= 10 && MISSED.test(source.slice(f.at, d.at)) && !REQUEST.test(source.slice(f.at, d.at)));
    if (f.bound && days.every((d) => d.bound && d.at > f.at && saidAgain(d) && d.days.every((x) => inside.has(x)))) return false;
    const apart = days.every((d) => wordsBetween(d.at, f.at) > APART);
    // « je commence une formation la semaine prochaine… pourriez-vous inscrire Raphaël tous les jeudis jusqu'aux vacances »:
    // a request between the period and the days asks those days only.
    const requestedAfter = days.every((d) => d.at > f.at && REQUEST.test(source.slice(f.at, d.at)));
    const others = days.flatMap((d) => d.days);
    // « je commence un travail le 18 janvier… pourriez-vous inscrire mes enfants du 18 au 22 janvier ? »: a period that
    // starts on the day told before it, and that the request asks, is asked whole (the day was the story).
    // (« opéré le lundi 30 novembre… il manquera donc l'école du 30 novembre au 2 décembre »: told again, as an absence, too.)
    // « je reprends le travail le 4 janvier. À partir de la rentrée, … tous les lundis et jeudis jusqu'à la fin du mois »: the one day
    // told before is where the recurrence starts, not the day asked instead of it.
    if (f.recurring && days.every((d) => d.at < f.at && d.days.length === 1 && d.days[0] === f.days[0])) return true;
    if (!f.recurring && others.includes(f.days[0] as string) && days.every((d) => d.at < f.at && (REQUEST.test(source.slice(d.at, f.at)) || MISSED.test(source.slice(d.at, f.at + 1))))) return true;
    // « on part au ski du 6 au 13, annulez la cantine du 5 »: a period told, then days asked, is the story however close.
    const toldThenAsked = requestedAfter && !REQUEST.test(source.slice(0, f.at));
    return !((apart || toldThenAsked) && others.length < f.days.length && (others.every((d) => inside.has(d)) || requestedAfter));
  });
}

/**
 * « cantine le 2 et le 4 février, y a pas mamie cette semaine-là », « un stage du 15 au 19 mars… la cantine toute cette
 * semaine »: said after days all of another week, « cette semaine » is theirs, not today's.
 */
export function withoutThatWeek(found: readonly Found[], today: string): Found[] {
  return found.filter((f) => {
    if (!f.thisWeek) return true;
    const before = found.filter((d) => d !== f && d.at < f.at && !d.aside && d.days.length > 0).flatMap((d) => d.days);
    const weeks = new Set(before.map(mondayOf));
    return !(weeks.size === 1 && !weeks.has(mondayOf(today)));
  });
}

/** « la semaine prochaine… lundi et jeudi de cette semaine-là »: the week named before, moved to where its days are. */
const WEEK_NAMED = /\b(?:la )?semaine (?:prochaine|d apres|suivante|du \d{1,2}(?: [a-z]+)?)\b/;
const THAT_WEEK = /\b(?:cette|la meme) semaine la\b/;

export function thatWeekNamed(text: string): string {
  const that = THAT_WEEK.exec(text);
  const named = that ? WEEK_NAMED.exec(text.slice(0, that.index)) : null;
  if (!that || !named) return text;
  // Named once more where the days are, the week is no longer said apart from them (as context).
  const before = `${text.slice(0, named.index)}${' '.repeat(named[0].length)}${text.slice(named.index + named[0].length, that.index)}`;
  return `${before}${named[0]}${text.slice(that.index + that[0].length)}`;
}


/**
 * « une compétition ce week-end… il sera donc absent vendredi 11 juin »: a week-end named beside a school day said is the
 * story's (no school then), not days asked.
 */
export function withoutWeekendBeside(found: readonly Found[], source: string): Found[] {
  const weekend = (f: Found) => f.days.length > 0 && f.days.every((d) => ['sat', 'sun'].includes(weekdayOf(d))) && /^(?:ce |le |du )?week end\b/.test(source.slice(f.at));
  const schoolDay = found.some((f) => !f.aside && f.days.some((d) => !['sat', 'sun'].includes(weekdayOf(d))));
  return schoolDay ? found.filter((f) => !weekend(f)) : [...found];
}
