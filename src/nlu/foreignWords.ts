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
  // Romanian
  luni: 'lundi', marti: 'mardi', miercuri: 'mercredi', joi: 'jeudi', vineri: 'vendredi', anulati: 'annuler', anulez: 'annuler', anulare: 'annuler', rezervati: 'reserver', pentru: 'pour',
  // Portuguese and Spanish months (« 5 de fevereiro », « del 19 al 23 julio »)
  janeiro: 'janvier', fevereiro: 'fevrier', maio: 'mai', junho: 'juin', julho: 'juillet', agosto: 'aout', setembro: 'septembre', outubro: 'octobre', novembro: 'novembre', dezembro: 'decembre',
  enero: 'janvier', febrero: 'fevrier', marzo: 'mars', abril: 'avril', mayo: 'mai', junio: 'juin', julio: 'juillet', septiembre: 'septembre', octubre: 'octobre', noviembre: 'novembre', diciembre: 'decembre',
  vacaciones: 'vacances', ferias: 'vacances',
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
  escuela: 'ecole', escola: 'ecole', scuola: 'ecole', viaje: 'voyage', viagem: 'voyage', enfermo: 'malade', enferma: 'malade', doente: 'malade',
  para: 'pour', horario: 'horaires', horarios: 'horaires', permiso: 'permis', conducir: 'conduire', cambiar: 'changer', necesito: 'besoin de', preciso: 'besoin de', una: 'une', uma: 'une',
};

/**
 * Words the learned model knows as written (« fatura », from a Turkish message it learned on) that the rules read as their French
 * (« não quero mais a fatura em papel »: the paper invoice): turned on the rules' text only, so that the model's words stay those it learned.
 */
const FOR_RULES: Readonly<Record<string, string>> = { fatura: 'facture', faturas: 'factures' };
const FOR_RULES_WORD = new RegExp(`\\b(?:${Object.keys(FOR_RULES).join('|')})\\b`, 'g');

export const foreignForRules = (said: string): string => said.replace(FOR_RULES_WORD, (word) => FOR_RULES[word] ?? word);

const PORTUGUESE_WEEKDAYS: Readonly<Record<string, string>> = { segunda: 'lundi', terca: 'mardi', quarta: 'mercredi', quinta: 'jeudi', sexta: 'vendredi' };
const FOREIGN_MONTH = '(?:janeiro|fevereiro|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)';

/**
 * What is said in more than one word: the Portuguese weekdays (« sexta-feira », the hyphen gone), a weekday's day « de » its month (« sexta-feira 5
 * de fevereiro »; not a day alone: a held-out set read worse so),
 * a Spanish range (« del 19 al 23 julio »): as French says them, before the words are read one by one.
 */
export const foreignPhrases = (text: string): string =>
  text
    .replace(/\b(segunda|terca|quarta|quinta|sexta) feira\b/g, (_m: string, day: string) => PORTUGUESE_WEEKDAYS[day] as string)
    // « quarta-feira dia 10 »: the weekday and its day (« dia »: Portuguese « le »).
    .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi) dia (\d{1,2})\b/g, '$1 $2')
    // the day after tomorrow (Italian, Spanish, Portuguese), before « mañana », « amanhã » are read as « demain »
    .replace(/\b(?:dopodomani|pasado manana|depois de amanha)\b/g, 'apres demain')
    .replace(new RegExp(`\\b((?:lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miercoles|jueves|viernes) \\d{1,2}) de (${FOREIGN_MONTH})\\b`, 'g'), '$1 $2')
    .replace(/\bdel (\d{1,2}) al (\d{1,2})\b/g, 'du $1 au $2')
    // « semana 12 a 16 », « semana del 12 al 16 » (Portuguese, Spanish): the week from the one day to the other.
    .replace(/\bsemana (?:de |do |del )?(\d{1,2}) (?:a|ao|al) (\d{1,2})\b/g, 'du $1 au $2')
    // « mercredi 19 y 26 », « el 3 y el 10 »: two days joined by Spanish « y » (« et »); « está inscrito »: « est inscrit ».
    .replace(/\b((?:lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miercoles|jueves|viernes|le|el) \d{1,2}) y (?=(?:el |le )?\d{1,2}\b)/g, '$1 et ')
    .replace(/\besta inscrit[oa]s?\b/g, 'est inscrit')
    // « Ana no escuela lunes », « não vai à escola amanhã », « non va a scuola »: no school, an absence (« mi hija no va a l'école vendredi »: the school in French).
    .replace(/\b(?:no|nao|non) (?:(?:va|vai|ira|ir|viene|vendra|vem|andra) (?:a |à |al )?(?:la |a )?)?(?:escuela|escola|colegio|scuola)\b/g, 'pas d ecole')
    .replace(/\b(?:no|nao) (?:va|vai|ira|viene|vendra|vem|andra) (?:a |à |al )?(?:l |la )?ecole\b/g, 'ne va pas a l ecole');
