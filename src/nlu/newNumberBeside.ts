/**
 * A new phone number given beside another request, in the same message (« mon nouveau numéro c'est 06 12 34 56 78, et il
 * sera absent le 15 », « absent demain, j'ai changé de numéro : 07 01 02 03 04 »): the request is served, the number is kept
 * to be changed just after (dialogs/mainRoute.ts). Said alone, the number is the request itself (intents.ts, update_contact).
 */
import { PHONE } from './ownNumber';

/** « mon nouveau numéro (c'est|est|:) 06… », « nouveau tel 06… », « j'ai changé de numéro : 06… », « mon numéro a changé, c'est le 06… ». */
const NEW_NUMBER = new RegExp(
  `(?:(?:mon|ma|notre) )?(?:nouveau|nouvel|nouvelle|new) (?:numero|num|no|tel|telephone|portable|mobile|number)(?: de (?:telephone|portable|tel))?|j[' ]?ai change de (?:numero|num|tel|telephone|portable)|(?:mon|notre) (?:numero|tel|telephone|portable) a change`,
);
const NUMBER_AFTER = new RegExp(`^(?:\\s*(?:,|:|=|c est|c'est|est|le|au|->))*\\s*(${PHONE})(?!\\d)`);
/** What joins the request to the number (« , et », « et puis », « aussi »), left out of the request. */
const JOINS = /^(?:[\s,.;:!-]|et\b|puis\b|aussi\b|sinon\b|par ailleurs\b|autre chose\b)+|(?:[\s,.;:!-]|et\b|puis\b|aussi\b)+$/gi;

export interface NewNumber {
  /** The number as typed (« 06 12 34 56 78 »). */
  phone: string;
  /** The words that give it, to be read as their own request (« mon nouveau numéro : 06 12 34 56 78 »). */
  said: string;
  /** The rest of the message, the other request. */
  rest: string;
}

/** The new number and the rest of the message, or undefined when no new number is given or nothing else is asked. */
export function newNumberBeside(text: string): NewNumber | undefined {
  // Matched without accents nor capitals, cut in the message as typed (the same positions: one letter each).
  const base = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
  if (base.length !== text.length) return undefined;
  const lead = NEW_NUMBER.exec(base);
  if (!lead) return undefined;
  const after = NUMBER_AFTER.exec(base.slice(lead.index + lead[0].length));
  if (!after?.[1]) return undefined;
  const end = lead.index + lead[0].length + after[0].length;
  const phone = text.slice(end - after[1].length, end).trim();
  const rest = `${text.slice(0, lead.index)} ${text.slice(end)}`.replace(/\s+/g, ' ').trim().replace(JOINS, '').trim();
  if (!/\p{L}{2}/u.test(rest)) return undefined;
  return { phone, said: `mon nouveau numéro : ${phone}`, rest };
}
