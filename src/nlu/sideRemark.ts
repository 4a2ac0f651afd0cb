/**
 * A side remark beside a booking asked, in the same message: a paper promised for later (« résa cantine 4/02 pr Kais (jvous
 * envoie l'attestation caf plus tard) », « …j'enverrai l'avis d'imposition la semaine prochaine »), or something told in
 * passing (« Au passage, j'ai bien reçu la facture de mai », « je profite de ce message pour… », « par ailleurs… »). The
 * booking is the task; the remark is set aside (prepare()d text).
 */

/** A paper promised: a verb in the future, or one in the present with a time ahead. */
const PAPER_LATER =
  /\b(?:j|je) (?:vous |te )?(?:enverrai|transmettrai|ferai (?:parvenir|passer)|apporterai|ramenerai|deposerai|fournirai)\b.*$|\b(?:j|je) (?:vous |te )?(?:envoie|envoi|transmets|depose|ramene|apporte|fais passer)\b(?: \w+){1,8}? (?:plus tard|la semaine prochaine|prochainement|bientot|ulterieurement|des que possible|des que je peux|dans la semaine)\b.*$/;

/** A remark told in passing, to the end of the message. */
const IN_PASSING = /(?:^|\s|,)(?:au passage|par ailleurs|je profite de ce message pour|j en profite pour|autre chose|petite precision)\b.*$/;

/** The message without its side remarks (undefined when it has none). */
export function withoutSideRemark(said: string): string | undefined {
  const rest = said.replace(IN_PASSING, ' ').replace(PAPER_LATER, ' ').replace(/\s+/g, ' ').trim();
  return rest !== said.trim() && rest !== '' ? rest : undefined;
}
