/**
 * Why a file sent with the web chat's paper clip was not taken: the upload route gives the reason
 * with its refusal ({ error: { code, message, reason } }), and the chat page says it to the resident
 * with what to do next (public/chatFiles.js), in the words of the locales' webchat.upload.<reason>.
 * The page's own reasons: `type` and `size`, found before sending; `failed`, a file that did not
 * arrive (the network, or the server answering an error).
 */
import type { Translate } from '../i18n';

export const UPLOAD_REASONS = ['notPaper', 'empty', 'tooBig', 'tooMany', 'busy', 'ended'] as const;
export type UploadReason = (typeof UPLOAD_REASONS)[number];
const PAGE_REASONS = ['type', 'size', 'failed'] as const;

/** Every reason's text, for the page's configuration. */
export const uploadTexts = (t: Translate): Record<string, string> =>
  Object.fromEntries([...PAGE_REASONS, ...UPLOAD_REASONS].map((reason) => [reason, t(`webchat.upload.${reason}`)]));
