/**
 * How to send a paper so that days are not billed (on prepare()d text): « le médecin m'a donné un certificat. Comment
 * puis-je le déposer sur le portail pour que les repas ne soient pas facturés ? », « où envoyer le justificatif pour ne
 * pas payer la cantine ? »: the upload is asked (the invoice is its purpose, « facturés » a participle, not the invoices).
 */
const HOW_TO_SEND = /\b(?:comment|ou|de quelle (?:maniere|facon))\b.{0,40}\b(?:deposer|envoyer|transmettre|joindre|telecharger|televerser|fournir|scanner|mettre en ligne|ajouter)\b/;
const PAPER = /\b(?:certificats?|justificatifs?|attestations?|ordonnances?|arret de travail|papiers?|documents?)\b/;
const NOT_BILLED = /\bpour (?:que|qu) (?:\w+ ){0,4}(?:ne )?(?:soit|soient|soyent|sois|soyez) pas factur\w*|\bpour (?:ne pas|pas|ne plus) (?:etre factur\w*|payer|les payer|le payer)\b|\bpour (?:eviter|annuler|enlever|retirer) (?:la |les |une )?(?:factur\w*|repas)\b|\bpour (?:que|qu) (?:\w+ ){0,4}(?:soit|soient) (?:deduit|decompte|retire|rembourse)\w*/;

export const sendsPaperAgainstBilling = (said: string): boolean => PAPER.test(said) && HOW_TO_SEND.test(said) && NOT_BILLED.test(said);
