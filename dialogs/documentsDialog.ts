/**
 * « Envoyer un document » into the « Dossier administratif »: which paper, then the file attached
 * in the chat (PDF, JPEG or PNG, 10 MB at most, checked from its content); « mes documents »
 * lists what was sent with its status. Where files cannot be attached (SMS), says where to bring it.
 */
import { AttachmentPrompt, ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import type { Activity, Attachment } from 'botbuilder';
import { asksAboutFile } from '../src/nlu/fileQuestion';
import { DOCUMENT_KINDS, MAX_DOCUMENT_BYTES, type DocumentKind } from '../src/domain/documents';
import { ABSENCE_OFFER_DIALOG, AbsenceOfferDialog, type AbsenceOfferOptions } from './absenceOfferDialog';
import { AnyInputPrompt } from './anyInputPrompt';
import { askChoice, notUnderstood, readChoice } from './choicePrompt';
import { paperAttachment } from '../src/bot/paperAttachment';
import { currentCommune, downloadFailureKey, localeOf, send, signedIn, toActivity, translator, type DialogDeps } from './dialogContext';
import { normalize } from '../src/domain/text';
import { contactLines } from './infoAnswers';
import { requireSignIn, type SignInResult } from './signInDialog';
import { parisDateTime } from './dateWords';
import { saysLater, saysStopHere } from './clearStop';

export const DOCUMENTS_DIALOG = 'documents';
const FLOW = 'documentsFlow';
const KIND_PROMPT = 'documentsKind';
const FILE_PROMPT = 'documentsFile';

export interface DocumentsOptions {
  /** « mes documents »: the list only. */
  list?: boolean;
  /** The message that opened it: a paper it names (« envoyer mon avis d'imposition ») is not asked again. */
  text?: string;
  /** The file that came with that message (« voilà mon avis d'impôt » with the file, or the file alone): kept, never asked again. */
  file?: Attachment;
}

/** The paper a message names without doubt, in French or English (« justificatif » alone could be any: asked). */
const KIND_SAID: Array<[DocumentKind, RegExp]> = [
  ['avis_imposition', /\b(?:avis d ?imp\w*|(?:feuille|avis) (?:d )?impots?|imposition|avis fiscal|tax (?:notice|return|assessment))\b/],
  ['justificatif_domicile', /\b(?:justificatif de domicile|quittance de loyer|facture (?:edf|d electricite|de gaz|d eau)|proof of (?:address|residence)|utility bill)\b/],
  ['certificat_medical', /\b(?:certificat medical|certificat du medecin|medical (?:certificate|note)|doctor s note|doctors? note|sick note)\b/],
];
export const documentKindSaid = (text: string | undefined): DocumentKind | undefined => {
  const said = normalize(text ?? '');
  return KIND_SAID.find(([, words]) => words.test(said))?.[0];
};
/** The paper a file's name says (« avis_imposition_2025.pdf »), or undefined. */
const kindOfFile = (file: Attachment): DocumentKind | undefined => documentKindSaid(file.name?.replace(/[_.-]+/g, ' '));

const KIND = 'documentsKindFlow';

/** No file but « annuler » (read here only for a certificate: takesStop) or « plus tard »: the sending stops. */
const paperLater = (text: string | undefined): 'stop' | 'later' | undefined => (!text ? undefined : saysStopHere(text) ? 'stop' : saysLater(normalize(text)) ? 'later' : undefined);

/** Other words for each kind, beside its label (without accents). */
const KIND_SYNONYMS: Record<DocumentKind, readonly string[]> = {
  avis_imposition: ['avis', 'impot', 'impots', 'imposition', 'avis d impot', 'feuille d impot', 'fiscal'],
  justificatif_domicile: ['domicile', 'justificatif', 'facture edf', 'quittance', 'quittance de loyer', 'loyer', 'facture d electricite'],
  certificat_medical: ['medical', 'medecin', 'ordonnance', 'certificat du medecin'],
  autre: ['autre', 'autre chose', 'certificat', 'attestation', 'caf', 'attestation caf', 'assurance'],
};

interface KindOptions {
  lead?: string;
  /** The paper already chosen: a file that could not be taken is asked for again, for the same paper. */
  kind?: DocumentKind;
  /** A file sent before saying which paper it is: kept while the paper is asked. */
  file?: Attachment;
}

export class DocumentsDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DOCUMENTS_DIALOG);
    this.addDialog(new AnyInputPrompt(KIND_PROMPT));
    // A message counts as a file only if it carries one (Teams adds a text/html attachment to many messages).
    // « plus tard », « je l'envoie demain », and « annuler » for a certificate (its absence stays): taken by save().
    this.addDialog(
      new AttachmentPrompt(FILE_PROMPT, async (prompt) => {
        if ((prompt.recognized.succeeded && paperAttachment(prompt.recognized.value) !== undefined) || paperLater(prompt.context.activity.text) !== undefined) return true;
        // « c'est quoi les formats acceptés ? », « il est où le trombone ? »: the file's rules and how to attach it, then the question
        // again (a reply sent here replaces the retry's « je n'ai pas reçu de fichier »).
        if (asksAboutFile(prompt.context.activity.text ?? '')) {
          const question = (prompt.options.prompt as Partial<Activity> | undefined)?.text;
          await send(deps, prompt.context, { text: [translator(deps, prompt.context)('documents.fileRules'), question].filter(Boolean).join('\n') });
        }
        return false;
      }),
    );
    this.addDialog(new AbsenceOfferDialog(deps));
    this.addDialog(new WaterfallDialog(FLOW, [requireSignIn(deps, 'documents.signInFirst'), this.start.bind(this)]));
    this.addDialog(new WaterfallDialog(KIND, [this.askKind.bind(this), this.askFile.bind(this), this.save.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const account = (step.result as SignInResult | undefined)?.account;
    const commune = await currentCommune(this.deps, step.context);
    if (!account || !commune) return step.endDialog();
    if (!account.householdId) {
      await send(this.deps, step.context, { text: t('familyFile.notLinked', { keyName: commune.familyKeyName }) });
      return step.endDialog();
    }
    if ((step.options as DocumentsOptions | undefined)?.list) {
      const docs = await this.deps.service.documents.list(account);
      const locale = localeOf(step.context);
      const lines = docs.map((d) =>
        t('documents.line', {
          kind: t(`documents.kind.${DOCUMENT_KINDS.includes(d.kind as DocumentKind) ? d.kind : 'autre'}`),
          name: d.fileName,
          date: parisDateTime(locale, d.createdAt).date,
          status: t(`documents.status.${d.status}`),
        }),
      );
      await send(this.deps, step.context, { text: docs.length ? [t('documents.listTitle'), ...lines].join('\n') : t('documents.none') });
      return step.endDialog();
    }
    if (!this.deps.renderer.canReceiveFiles(step.context.activity)) {
      const service = this.deps.service.serviceFor(commune, 'familyKey');
      // A service without any contact (Carrières-sur-Seine's): the portal alone (« envoyez-le au service : … je n'ai pas ses coordonnées » was said).
      const reachable = Boolean(service.phone || service.email || service.address);
      const portal = { portal: commune.portalName, url: commune.portalUrl };
      await send(this.deps, step.context, { text: reachable ? [t('documents.noFilesHere', portal), contactLines(t, commune, service, this.deps.renderer.isPaid(step.context.activity.channelId))].join('\n') : t('documents.noFilesHerePortal', portal) });
      return step.endDialog();
    }
    // The file sent with the message that opened it is kept: the paper its words or its name say, else the paper is asked.
    const { text, file } = (step.options as DocumentsOptions | undefined) ?? {};
    const kind = documentKindSaid(text) ?? (file ? kindOfFile(file) : undefined);
    return step.replaceDialog(KIND, { ...(kind ? { kind } : {}), ...(file ? { file } : {}), ...(file && !kind ? { lead: t('documents.fileKept') } : {}) } satisfies KindOptions);
  }

  private async askKind(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const { lead, kind } = (step.options as KindOptions | undefined) ?? {};
    if (kind) return step.next();
    const options = DOCUMENT_KINDS.map((k) => ({ label: t(`documents.kind.${k}`), synonyms: KIND_SYNONYMS[k] }));
    return askChoice(this.deps, step, KIND_PROMPT, { text: t('documents.askKind'), options }, lead ? `${lead}\n` : '');
  }

  private async askFile(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const { lead, kind: again, file } = (step.options as KindOptions | undefined) ?? {};
    const chosen = again ? undefined : readChoice(step);
    const sent = again ? undefined : paperAttachment(step.context.activity.attachments);
    // A file sent instead of an answer: its name may say which paper it is (« avis_imposition_2025.pdf »); else it is kept and the paper asked.
    const kind = again ?? (chosen ? DOCUMENT_KINDS[chosen.index] : undefined) ?? (sent ? kindOfFile(sent) : undefined);
    if (!kind && sent) return step.replaceDialog(KIND, { file: sent, lead: t('documents.fileKept') } satisfies KindOptions);
    if (!kind) return step.replaceDialog(KIND, { ...(file ? { file } : {}), lead: notUnderstood(t, 'choice.task.documents') } satisfies KindOptions);
    (step.values as { kind?: DocumentKind }).kind = kind;
    const ready = sent ?? file;
    if (ready) return step.next([ready]);
    // A medical certificate: « annuler » stops the sending only, an absence reported stays (save()).
    if (kind === 'certificat_medical') (step.values as { takesStop?: boolean }).takesStop = true;
    // A bare « ok »: a file is awaited, said before the question again (closingAside.ts).
    Object.assign(step.values, { awaited: { key: 'documents.noFile' } });
    const ask = t('documents.askFile', { kind: t(`documents.kind.${kind}`) });
    return step.prompt(FILE_PROMPT, {
      prompt: toActivity(this.deps, step.context, { text: again && lead ? `${lead}\n${ask}` : ask }),
      retryPrompt: toActivity(this.deps, step.context, { text: t('documents.noFile') }),
    });
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const attachments = step.result as Attachment[] | undefined;
    const kind = (step.values as { kind?: DocumentKind }).kind ?? 'autre';
    const later = attachments ? undefined : paperLater(step.context.activity.text);
    if (later) {
      const keys = [...(later === 'stop' ? ['documents.stopped'] : []), ...(kind === 'certificat_medical' ? ['documents.absenceKept'] : []), 'documents.later'];
      await send(this.deps, step.context, { text: keys.map((k) => t(k)).join('\n') });
      return step.endDialog();
    }
    const account = await signedIn(this.deps, step.context);
    if (!account) return step.endDialog();
    const download = await this.deps.download(paperAttachment(attachments), MAX_DOCUMENT_BYTES, step.context);
    // Not received: the same paper is asked for again (the resident may try another file, or « menu »).
    if (!download.ok) return step.replaceDialog(KIND, { kind, lead: t(downloadFailureKey('documents', download.reason)) } satisfies KindOptions);
    const result = await this.deps.service.documents.add(account, kind, download.name, download.bytes);
    if (!result.ok && result.reason === 'notLinked') {
      await send(this.deps, step.context, { text: t('documents.refused.notLinked') });
      return step.endDialog();
    }
    // A file of the wrong type or size: the same paper is asked for again.
    if (!result.ok) return step.replaceDialog(KIND, { kind, lead: t(`documents.refused.${result.reason}`) } satisfies KindOptions);
    await send(this.deps, step.context, { text: t('documents.received', { kind: t(`documents.kind.${kind}`), name: result.document.fileName }) });
    // A recent absence not justified yet: is the paper for it?
    return step.replaceDialog(ABSENCE_OFFER_DIALOG, { documentId: result.document.id } satisfies AbsenceOfferOptions);
  }
}
