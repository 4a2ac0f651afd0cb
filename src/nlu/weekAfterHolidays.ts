/**
 * « la semaine d'après les vacances », « la semaine après les vacances de février », « la semaine qui suit les vacances »: the week
 * classes start again, written « la semaine de la rentrée des vacances (de février) » as rentreeWeek.ts reads it (not the holidays
 * named, nor nothing). Works on prepare()d text, before the date passes.
 */
const WEEK_AFTER = /\bla semaine (?:d apres|apres|qui suit|suivant) (?:les |la fin des )?vacances\b/g;

export function weekAfterHolidaysNamed(text: string): string {
  return text.replace(WEEK_AFTER, 'la semaine de la rentree des vacances');
}
