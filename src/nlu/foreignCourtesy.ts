/**
 * Thanks and courtesies a French message borrows from another language (« Réservé ? Obrigado. », « merci, gracias »,
 * « choukran », « danke »): read as « merci », so that they ask nothing (word by word, on lower-case text without accents).
 */
export const FOREIGN_COURTESY: Readonly<Record<string, string>> = {
  obrigado: 'merci', obrigada: 'merci', brigado: 'merci', brigada: 'merci',
  gracias: 'merci', grazie: 'merci', danke: 'merci', dankeschon: 'merci',
  choukran: 'merci', chokran: 'merci', shukran: 'merci', shokran: 'merci', chukran: 'merci',
  multumesc: 'merci', dziekuje: 'merci', tesekkurler: 'merci', spasibo: 'merci',
};
