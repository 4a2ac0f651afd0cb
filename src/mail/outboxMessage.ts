/**
 * A mail of text alone, composed at once for the outbox: the same message, byte for byte, as
 * nodemailer's stream transport writes it (newline unix), but without its streams. nodemailer builds
 * a message in stages, each after a setImmediate; on a busy bot every stage waits for the event loop
 * to come round again, behind the other residents' turns, and the turn that mails a sign-in code was
 * the slowest of all under load (docs/scaling.md). Here nodemailer's own parts do the work: its
 * composer gives the headers (encoded words, folding, Date, Message-ID), its quoted-printable encoder
 * the body. A mail with attachments, or a body it would send in base64, goes through nodemailer as
 * before (undefined here). test/mail/outboxMessage.test.ts holds the two outputs equal.
 */
import { lazy } from '../lazy';
import { randomHex } from './randomHex';

export interface TextMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

// Loaded at the first mail: most turns send none.
/* eslint-disable @typescript-eslint/no-require-imports */
const composer = lazy(() => require('nodemailer/lib/mail-composer') as typeof import('nodemailer/lib/mail-composer').default);
const qp = lazy(() => require('nodemailer/lib/qp') as typeof import('nodemailer/lib/qp'));
/* eslint-enable @typescript-eslint/no-require-imports */

/** Stands for the Message-ID while the sender's address, which gives its domain, is read. */
const PENDING_ID = '<pending@localhost>';

/** A Message-ID as nodemailer's own (`<8-4-4-4-12 hex digits@the sender's domain>`). */
function messageId(node: { getEnvelope(): { from?: string | false }; hostname?: string }): string {
  const id = [2, 2, 2, 6].reduce((id, bytes) => `${id}-${randomHex(bytes)}`, randomHex(4));
  return `<${id}@${(node.getEnvelope().from || node.hostname || 'localhost').split('@').pop()}>`;
}

/** The message as the outbox keeps it, or undefined when only nodemailer's streams can write it. */
export function composeNow(mail: TextMail): Buffer | undefined {
  const MailComposer = composer();
  // The Message-ID and boundary made as nodemailer makes them, from pooled random bytes (randomHex.ts).
  const options = { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: PENDING_ID, baseBoundary: randomHex(8) };
  const node = new MailComposer(options).compile();
  node.setHeader('Message-ID', messageId(node));
  const encoding = node.getTransferEncoding();
  const content = (node as unknown as { content?: unknown }).content;
  if (typeof content !== 'string' || (encoding !== 'quoted-printable' && encoding !== '7bit')) return undefined;
  const body = encoding === '7bit' ? content : qp().wrap(qp().encode(content), 76);
  let message = `${node.buildHeaders()}\r\n\r\n${body}`;
  // As nodemailer's last stages: a message ends with a line break, and unix newlines have no CR.
  if (!message.endsWith('\n')) message += message.endsWith('\r') ? '\n' : '\r\n';
  return Buffer.from(message.replace(/\r/g, ''));
}
