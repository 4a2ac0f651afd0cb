/**
 * A day written in Spanish, Portuguese or Italian in a French message (« nacido el 2 de mayo de 2019 », « casamos em 12 de setembro de 2020 »,
 * « nato il 3 maggio 2018 »): its month turned French and the « de » between dropped (« 2 mai 2019 »), so that the day is read as in French.
 * Only after a day's number: « Marco », « Julio » alone are first names. On lower-case text without accents.
 */

const MONTHS: Readonly<Record<string, string>> = {
  enero: 'janvier', janeiro: 'janvier', gennaio: 'janvier',
  febrero: 'fevrier', fevereiro: 'fevrier', febbraio: 'fevrier',
  marzo: 'mars', marco: 'mars',
  abril: 'avril', aprile: 'avril',
  mayo: 'mai', maio: 'mai', maggio: 'mai',
  junio: 'juin', junho: 'juin', giugno: 'juin',
  julio: 'juillet', julho: 'juillet', luglio: 'juillet',
  agosto: 'aout',
  septiembre: 'septembre', setiembre: 'septembre', setembro: 'septembre', settembre: 'septembre',
  octubre: 'octobre', outubro: 'octobre', ottobre: 'octobre',
  noviembre: 'novembre', novembro: 'novembre',
  diciembre: 'decembre', dezembro: 'decembre', dicembre: 'decembre',
};

const FOREIGN_DAY = new RegExp(`\\b(\\d{1,2}) (?:de )?(${Object.keys(MONTHS).join('|')})(?: (?:de|del)(?= \\d{4}\\b))?\\b`, 'g');

export const foreignDateOrder = (text: string): string => text.replace(FOREIGN_DAY, (_m: string, day: string, month: string) => `${day} ${MONTHS[month] ?? month}`);
