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
  // the portal and its papers (Spanish, Portuguese): « olvidé mi contraseña », « esqueci a senha », « quiero crear una cuenta », « ayuda por favor »
  // (« fatura » stays as written: the learned model knows it so, from a Turkish message)
  cuenta: 'compte', conta: 'compte', contrasena: 'mot de passe', senha: 'mot de passe', crear: 'creer', criar: 'creer', entrar: 'acceder',
  olvide: 'j ai oublie', esqueci: 'j ai oublie', factura: 'facture', facturas: 'factures',
  cuanto: 'combien', quanto: 'combien', cuesta: 'coute', cuestan: 'coutent', custa: 'coute', comedor: 'cantine', cantina: 'cantine',
  ayuda: 'aide', ajuda: 'aide', hablar: 'parler', falar: 'parler', persona: 'personne', pessoa: 'personne',
  pasaporte: 'passeport', passaporte: 'passeport', renovar: 'renouveler', nacimiento: 'naissance', nascimento: 'naissance',
  certidao: 'acte', partida: 'acte', extranjero: 'etranger', estrangeiro: 'etranger', ayuntamiento: 'mairie', prefeitura: 'mairie',
  horario: 'horaires', horarios: 'horaires', necesito: 'besoin de', preciso: 'besoin de', una: 'une', uma: 'une',
};
