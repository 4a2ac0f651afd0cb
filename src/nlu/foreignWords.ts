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
  cuenta: 'compte', conta: 'compte', contrasena: 'mot de passe', senha: 'mot de passe', crear: 'creer', criar: 'creer', entrar: 'acceder',
  olvide: 'j ai oublie', esqueci: 'j ai oublie', factura: 'facture', facturas: 'factures',
  cuanto: 'combien', quanto: 'combien', cuesta: 'coute', cuestan: 'coutent', custa: 'coute', comedor: 'cantine', cantina: 'cantine',
  ayuda: 'aide', ajuda: 'aide', hablar: 'parler', falar: 'parler', persona: 'personne', pessoa: 'personne',
  pasaporte: 'passeport', passaporte: 'passeport', renovar: 'renouveler', nacimiento: 'naissance', nascimento: 'naissance',
  certidao: 'acte', partida: 'acte', extranjero: 'etranger', estrangeiro: 'etranger', ayuntamiento: 'mairie', prefeitura: 'mairie',
  // the invoice on paper and the family key (Italian, Spanish, Portuguese): « não quero mais a fatura em papel », « la clave familia no funciona »
  fattura: 'facture', fatture: 'factures', papel: 'papier',
  clave: 'cle', chave: 'cle', familia: 'famille', famiglia: 'famille',
  // a birth or a marriage told (Spanish, Portuguese, Italian): « nacido el 2 de mayo de 2019 », « casamos aqui em 12 de setembro de 2020 »
  el: 'le', em: 'en', acta: 'acte', atto: 'acte', nacido: 'ne', nacida: 'nee', nascido: 'ne', nascida: 'nee', nato: 'ne', nata: 'nee',
  casamento: 'mariage', casamiento: 'mariage', matrimonio: 'mariage', casamos: 'maries', casados: 'maries', casado: 'marie', casada: 'mariee', sposati: 'maries',
  // a stop (Spanish, Portuguese, Italian): « no, gracias, termino aquí »
  termino: 'termine', terminamos: 'termine', aqui: 'ici', aca: 'ici',
  horario: 'horaires', horarios: 'horaires', necesito: 'besoin de', preciso: 'besoin de', una: 'une', uma: 'une',
};

/**
 * Words the learned model knows as written (« fatura », from a Turkish message it learned on) that the rules read as their French
 * (« não quero mais a fatura em papel »: the paper invoice): turned on the rules' text only, so that the model's words stay those it learned.
 */
const FOR_RULES: Readonly<Record<string, string>> = { fatura: 'facture', faturas: 'factures' };
const FOR_RULES_WORD = new RegExp(`\\b(?:${Object.keys(FOR_RULES).join('|')})\\b`, 'g');

export const foreignForRules = (said: string): string => said.replace(FOR_RULES_WORD, (word) => FOR_RULES[word] ?? word);
