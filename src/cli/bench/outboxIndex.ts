/**
 * The codes the bot mails (sign-in, sign-up), for the benchmark's driver: the outbox folder of a bot
 * without SMTP (the embedded default, DATA_DIR/outbox/*.eml) watched once, each mail read once when
 * it appears, the last code of each address kept. A code asked for before its mail was seen (the
 * watcher's event still on its way) lists the folder and reads only the mails not read yet. Each
 * code is handed out once: a second sign-in of the same address waits for its new mail.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface OutboxIndex {
  /** The last 6-digit code mailed to `email`, not handed out before; throws when there is none. */
  codeFor(email: string): string;
  /** Mails read so far (each once). */
  read(): number;
  close(): void;
}

/** The address and the 6-digit code of a mail, if it holds one (quoted-printable soft breaks joined). */
export function codeOfMail(raw: string): { to: string; code: string } | undefined {
  const text = raw.replace(/=\r?\n/g, '');
  const to = /^To: *(?:.*<)?([^\s<>]+@[^\s<>]+)>?\s*$/m.exec(text)?.[1];
  const code = /: (\d{6})\b/.exec(text)?.[1];
  return to && code ? { to: to.toLowerCase(), code } : undefined;
}

export function watchOutbox(outboxDir: string): OutboxIndex {
  fs.mkdirSync(outboxDir, { recursive: true });
  const seen = new Set<string>();
  /** Per address, the latest mail holding a code (file names start with the time they were written). */
  const latest = new Map<string, { file: string; code: string; given?: boolean }>();
  const take = (file: string) => {
    if (!file.endsWith('.eml') || seen.has(file)) return;
    let raw: string;
    try {
      raw = fs.readFileSync(path.join(outboxDir, file), 'utf8');
    } catch {
      return; // gone, or not there yet: the next catch-up reads it
    }
    // The watcher can see a file between its creation and its content: only a whole mail counts.
    if (!raw.includes('\n\n') && !raw.includes('\r\n\r\n')) return;
    seen.add(file);
    const mail = codeOfMail(raw);
    if (!mail) return;
    const before = latest.get(mail.to);
    if (!before || before.file < file) latest.set(mail.to, { file, code: mail.code });
  };
  const catchUp = () => {
    for (const file of fs.readdirSync(outboxDir)) take(file);
  };
  const watcher = fs.watch(outboxDir, (_event, file) => file && take(file.toString()));
  watcher.on('error', () => undefined);
  watcher.unref(); // never what keeps the driver running
  catchUp();
  return {
    codeFor(email) {
      const key = email.toLowerCase();
      if (!latest.has(key) || latest.get(key)!.given) catchUp();
      const found = latest.get(key);
      if (!found || found.given) throw new Error(`no new code mailed to ${email}`);
      found.given = true;
      return found.code;
    },
    read: () => seen.size,
    close: () => watcher.close(),
  };
}
