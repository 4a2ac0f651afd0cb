/** The words of an absence's reason: an illness said (« malade », « fièvre »), or an answer that gives none. */
export const ILLNESS = ['malade', 'maladie', 'fievre', 'medecin', 'grippe', 'gastro', 'rhume', 'hopital', 'medical', 'sick', 'ill'];
/** Words of an illness (in normalize()d text). */
export const saysIllness = (said: string): boolean => ILLNESS.some((w) => new RegExp(`\\b${w}s?\\b`).test(said));
/** Answers that give no reason at all. */
export const NOT_A_REASON = /^(?:je (?:ne )?sais pas|sais pas|j sais pas|aucune idee|euh+|bof|hein|quoi|pourquoi|rien|aucune?|pas de raison|i don t know|dunno)$/;
