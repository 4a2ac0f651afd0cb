/** Reading what the bot mailed into DATA_DIR/outbox (the embedded default, no SMTP server). */
import fs from 'node:fs';
import path from 'node:path';

export function outboxMails(outboxDir: string): string[] {
  if (!fs.existsSync(outboxDir)) return [];
  return fs
    .readdirSync(outboxDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => fs.readFileSync(path.join(outboxDir, f), 'utf8'));
}

/** The 6-digit code of the last mail sent to `to`. */
export function lastCode(outboxDir: string, to: string): string {
  const mail = outboxMails(outboxDir).filter((m) => m.includes(`To: ${to}`)).at(-1);
  const code = mail ? /: (\d{6})\b/.exec(mail.replace(/=\r?\n/g, ''))?.[1] : undefined;
  if (!code) throw new Error(`No code mailed to ${to}`);
  return code;
}
