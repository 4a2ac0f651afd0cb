/**
 * The medical certificate of an absence for illness: asked where files can be sent, read from the
 * attachment and kept with the family's papers, or left for later; where no file can be attached
 * (SMS), the resident is told where to send it.
 */
import type { Attachment } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { MAX_DOCUMENT_BYTES } from '../src/domain/documents';
import { paperAttachment } from '../src/bot/paperAttachment';
import type { AnyInput } from './anyInputPrompt';
import { askChoice, readChoice } from './choicePrompt';
import { currentCommune, downloadFailureKey, signedIn, translator, type DialogDeps } from './dialogContext';
import { certificateLater } from './absenceOutcome';
import { takeFileKept } from './fileKeptTaken';

export const CERTIFICATE = 'absenceCertificate';

/** Saves the absence with the certificate's paper (or none) and a note said after the outcome. */
export type SaveAbsence<O> = (step: WaterfallStepContext, options: O, documentId: number | null, note: string) => Promise<DialogTurnResult>;

/** Where no file can be attached (SMS): the certificate sent by e-mail to the bookings' service, or on the portal. */
export async function certificateElsewhere(deps: DialogDeps, step: WaterfallStepContext): Promise<string> {
  const t = translator(deps, step.context);
  const commune = await currentCommune(deps, step.context);
  if (!commune) return '';
  const email = deps.service.serviceFor(commune, 'booking').email;
  const params = { email, portal: commune.portalName, url: commune.portalUrl };
  return t(email ? 'absence.certificateByEmail' : 'absence.certificateOnPortal', params);
}

/** The certificate's waterfall: asked on the prompt `promptId`, then read and the absence saved. */
export function certificateSteps<O extends { lead?: string }>(deps: DialogDeps, promptId: string, save: SaveAbsence<O>) {
  async function askCertificate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(deps, step.context);
    const options = step.options as O;
    // The certificate sent before signing in (kept at the sign-in's question, fileAside.ts): read as this absence's, not asked again.
    const kept = deps.renderer.canReceiveFiles(step.context.activity) ? takeFileKept(step) : undefined;
    if (kept) {
      Object.assign(step.values, { kept });
      return step.next({ text: '' } satisfies AnyInput);
    }
    // « annuler » here stops the sending only: the absence is kept (readCertificate).
    (step.values as { takesStop?: boolean }).takesStop = true;
    // « je peux envoyer le certificat du médecin ? »: this question's own (ownWords.ts), the file asked again.
    Object.assign(step.values, { readsOwn: 'certificate' });
    return askChoice(deps, step, promptId, { text: t('absence.askCertificate'), options: [{ label: t('absence.later') }] }, options.lead ? `${options.lead}\n` : '');
  }

  async function readCertificate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(deps, step.context);
    const options = { ...(step.options as O), lead: undefined };
    const kept = (step.values as { kept?: Attachment }).kept;
    delete (step.values as { kept?: Attachment }).kept;
    const attachment = kept ?? paperAttachment(step.context.activity.attachments);
    const later = certificateLater(t, (step.result as AnyInput).text, readChoice(step) !== undefined);
    if (!attachment) {
      if (later !== undefined) return save(step, options, null, later);
      return step.replaceDialog(CERTIFICATE, { ...options, lead: t('absence.noFile') });
    }
    const account = await signedIn(deps, step.context);
    if (!account) return step.endDialog();
    const download = await deps.download(attachment, MAX_DOCUMENT_BYTES, step.context);
    if (!download.ok) return step.replaceDialog(CERTIFICATE, { ...options, lead: t(downloadFailureKey('documents', download.reason)) });
    const result = await deps.service.documents.add(account, 'certificat_medical', download.name, download.bytes);
    if (!result.ok) return step.replaceDialog(CERTIFICATE, { ...options, lead: t(`documents.refused.${result.reason}`) });
    return save(step, options, result.document.id, t(kept ? 'absence.certificateFromKept' : 'absence.certificateReceived'));
  }

  return [askCertificate, readCertificate];
}
