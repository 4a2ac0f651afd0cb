/**
 * Words a French message borrows from Spanish, Portuguese, Italian or Romanian for what it asks (« cantine hija jueves no », « eu pagar
 * facture como ? », « annulare giovedi »): the weekdays and the verbs of the tasks, read as their French (word by word, on
 * lower-case text without accents; « lunes », « martes » are no French words a resident writes to the commune).
 */
export const FOREIGN_WORDS: Readonly<Record<string, string>> = {
  // Spanish
  lunes: 'lundi', martes: 'mardi', miercoles: 'mercredi', jueves: 'jeudi', viernes: 'vendredi',
  // Italian
  lunedi: 'lundi', martedi: 'mardi', mercoledi: 'mercredi', giovedi: 'jeudi', venerdi: 'vendredi',
  // Romanian, Portuguese, Spanish, Italian: tomorrow (« garderie matin mâine », « cantina amanhã »)
  maine: 'demain', amanha: 'demain', manana: 'demain', domani: 'demain',
  // the tasks (Spanish, Portuguese, Italian)
  pagar: 'payer', pagare: 'payer', cancelar: 'annuler', anular: 'annuler', annullare: 'annuler', reservar: 'reserver', prenotare: 'reserver',
};
