/**
 * English said of the school calendar, turned into the French the date reader knows (frenchText.ts, before the word-by-word
 * translation): « the last day before the holidays » (« le dernier jour avant les vacances »), « the first day back after the
 * Christmas holidays » (« le jour de la rentrée des vacances de Noël »), « the first week of the February holidays » (« la 1re
 * semaine des vacances de février »), « the next 3 Mondays » (« les 3 prochains lundis »), « except the first week » (« sauf la 1re
 * semaine »), « all Easter holidays » (« toutes les vacances de Pâques »), « the week after next » (« pas la semaine prochaine mais celle
 * d'après »). Works on normalized text (no accents, lower case); the holiday's name is translated afterwards.
 */

/** The holidays named in English, with their name when said: « the (Christmas) holidays », « the Easter break ». */
const HOLIDAYS = '(?:(christmas|february|easter|summer|winter|spring|halloween) )?(?:school )?(?:break|holidays?|vacations?|half term)';
const THE_HOLIDAYS = (name: string | undefined) => (name ? `les vacances de ${name}` : 'les vacances');
const COUNTS: Record<string, string> = { two: '2', three: '3', four: '4', five: '5', six: '6' };
const ORDINALS: Record<string, string> = { first: '1ere', '1st': '1ere', second: '2eme', '2nd': '2eme', last: 'derniere', final: 'derniere' };

export function englishSchoolDays(text: string): string {
  return text
    .replace(new RegExp(`\\b(?:on )?the (?:last|final) (?:school )?day (?:of school |at school )?before (?:the )?${HOLIDAYS}`, 'g'), (_m: string, name?: string) =>
      `le dernier jour avant ${THE_HOLIDAYS(name)}`)
    .replace(new RegExp(`\\b(?:on )?the first day (?:back(?: at school)?|of school) after the ${HOLIDAYS}`, 'g'), (_m: string, name?: string) =>
      (name ? `le jour de la rentree des vacances de ${name}` : 'le jour de la rentree'))
    .replace(/\b(?:on )?the first day back(?: at school)?\b/g, 'le jour de la rentree')
    .replace(new RegExp(`\\b(?:during |for |in )?(?:the )?(first|1st|second|2nd|last|final) week of the ${HOLIDAYS}`, 'g'), (_m: string, nth: string, name?: string) =>
      `la ${ORDINALS[nth]} semaine des ${THE_HOLIDAYS(name).slice(4)}`)
    // « all Easter holidays »: « toutes les vacances de … » (« the whole Christmas holidays » is read elsewhere).
    .replace(/\b(?:all|all the|all of the) (christmas|february|easter|summer|winter|spring|halloween) (?:school )?(?:break|holidays?|vacations?)\b/g, 'toutes les vacances de $1')
    // « the week after next »: « pas la semaine prochaine mais celle d'après » (the week counted from next week).
    .replace(/\b(?:for |during |in )?the week after next\b/g, 'pas la semaine prochaine mais celle d apres')
    // « tomorrow and the day after »: « demain et après-demain ».
    .replace(/\b(tomorrow|demain) and the day after\b(?! tomorrow)/g, 'demain et apres demain')
    // « … except the first week »: a week of the period said before, by its rank.
    .replace(/(?<=\b(?:except|sauf|but not|apart from|excluding) )the (first|1st|second|2nd|last|final) week\b/g, (_m: string, nth: string) => `la ${ORDINALS[nth]} semaine`)
    .replace(/\b(?:for |on )?the (?:next|coming|following) (two|three|four|five|six|[2-9]) (mondays|tuesdays|wednesdays|thursdays|fridays)\b/g, (_m: string, n: string, days: string) =>
      `les ${COUNTS[n] ?? n} prochains ${days}`);
}
