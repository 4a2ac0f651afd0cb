/**
 * The weather told (« il fait trop froid ajd », « il pleut demain », « il va neiger ce soir »): its day is when the
 * weather is, not a day to book. Read on prepared text (frenchText.ts).
 */
const WEATHER = /\b(?:il (?:fait|fera|faisait|va faire|a fait)\b|il (?:pleut|pleuvra|neige|neigera|gele|gelera|va pleuvoir|va neiger|va geler)\b|it s (?:cold|hot|raining|snowing)\b|it (?:is|will be) (?:cold|hot|raining|snowing)\b)/;

export const talksWeather = (prepared: string): boolean => WEATHER.test(prepared);
