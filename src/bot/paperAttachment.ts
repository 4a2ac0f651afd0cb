/**
 * The file in a resident's message, whatever the channel sent with it. Teams (a bot with
 * `supportsFiles`, personal scope) sends a file as an attachment of type
 * `application/vnd.microsoft.teams.file.download.info` whose `contentUrl` is the file in the
 * resident's OneDrive (which needs their sign-in) and whose `content.downloadUrl` is a short-lived,
 * pre-authenticated link on SharePoint: that link is the one downloaded, with the same checks as any
 * other (src/bot/attachments.ts). Teams also adds a `text/html` copy of what was typed to many
 * messages (inline `content`, no `contentUrl`), and a card may come with a message: neither is a
 * file. Any other attachment with a `contentUrl` is one (its type is read from its content later).
 */
import type { Attachment } from 'botbuilder';

export const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

/** Cards, never a paper. */
const NOT_A_FILE = /^application\/vnd\.microsoft\.card\./i;

/** The first file attached to the message, as an attachment whose contentUrl is where to read it; undefined when there is none. */
export function paperAttachment(attachments: readonly unknown[] | undefined): Attachment | undefined {
  if (!Array.isArray(attachments)) return undefined;
  for (const item of attachments) {
    if (!item || typeof item !== 'object') continue;
    const a = item as Attachment;
    const name = typeof a.name === 'string' ? a.name : undefined;
    if (a.contentType === TEAMS_FILE) {
      const downloadUrl = (a.content as { downloadUrl?: unknown } | undefined)?.downloadUrl;
      if (typeof downloadUrl === 'string' && downloadUrl) return { contentType: TEAMS_FILE, contentUrl: downloadUrl, name };
      continue;
    }
    if (typeof a.contentType === 'string' && NOT_A_FILE.test(a.contentType)) continue;
    if (typeof a.contentUrl === 'string' && a.contentUrl) return { contentType: a.contentType, contentUrl: a.contentUrl, name };
  }
  return undefined;
}
