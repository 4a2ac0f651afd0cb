/**
 * The resident no longer wants the bot's SMS (« jveux plus recevoir les sms », « comment on se désabonne des textos ? »,
 * « arrêtez de m'envoyer des sms »): not the online invoices nor a stop of the conversation. By SMS, STOP alone stops
 * them (dialogs/reminders.ts); elsewhere the bot sends SMS only to whoever writes by SMS. Works on prepare()d text.
 */

/** The bot's SMS, named. */
const SMS = /\b(?:sms|textos?|texto|messages? (?:textes?|sur (?:mon|le) (?:telephone|portable))|notifications? (?:par )?sms)\b/;
/** Wanting them no more: stopping, unsubscribing, not receiving. */
const NO_MORE = /\b(?:(?:ne )?(?:veux|voudrais|souhaite|souhaiterais|veut|voulons) (?:plus|pas|ne plus|pas|plus jamais) (?:les |de |d |des |vos |tes )?(?:recevoir|avoir|etre (?:contacte|contactee|relance|relancee))|ne plus (?:recevoir|avoir|etre)|(?:arrete|arretez|arreter|stopper|stoppez|stop|cesse|cessez|cesser|bloquer|couper|desactiver|desactivez)\b|desabonn\w*|desinscri\w*|(?:plus|pas) de (?:sms|textos?)|pourquoi (?:je |j )?(?:recois|recoit|recevons)|trop de (?:sms|textos?|messages)|opt ?out|unsubscribe)/;
/** A task or an invoice named with it (« la facture par sms »): that request, not the SMS themselves. */
const OTHER = /\b(?:factur\w*|reserv\w*|annul\w*|absen\w*|code)\b/;

export function asksToStopSms(said: string): boolean {
  return SMS.test(said) && NO_MORE.test(said) && !OTHER.test(said);
}
