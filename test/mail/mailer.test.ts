/** Mails go through a real SMTP server when SMTP_URL is set, to data/outbox otherwise. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createLogger } from '../../src/logger';
import { MailSender } from '../../src/mail/mailer';
import { Texts } from '../../src/i18n';

const ROOT = path.resolve(__dirname, '../..');
const texts = Texts.create(path.join(ROOT, 'locales'));
const commune = { name: 'Carrières-sous-Poissy', portalName: 'Espace Citoyens' };

describe('mail', () => {
  it('sends through the SMTP server of SMTP_URL', async () => {
    const received: Array<{ from: string; to: string[]; data: string }> = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    const logged: string[] = [];
    const mailer = new MailSender({
      smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
      from: 'Espace Citoyens <ne-pas-repondre@carrieres.example>',
      outboxDir: fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-')),
      texts,
      logger: createLogger('info', (l) => logged.push(l)),
    });
    try {
      await mailer.sendCode({ to: 'julie@example.org', purpose: 'sign_in', code: '042917', minutes: 15, commune, locale: 'fr-FR' });
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(['julie@example.org']);
      expect(received[0]?.from).toBe('ne-pas-repondre@carrieres.example');
      expect(received[0]?.data).toContain('042917');
      expect(received[0]?.data).toContain('valable 15 minutes');
      // the log says a mail went out, never to whom nor the code
      expect(logged.join('\n')).not.toContain('042917');
      expect(logged.join('\n')).not.toContain('julie@example.org');
    } finally {
      mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('writes an .eml file to the outbox when no SMTP server is configured, and logs its path', async () => {
    const outboxDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'data-')), 'outbox');
    const logged: string[] = [];
    const mailer = new MailSender({ from: 'Espace Citoyens <ne-pas-repondre@localhost>', outboxDir, texts, logger: createLogger('info', (l) => logged.push(l)) });
    // Composed and written in the turn, the folder made as it is missing, without waiting for the event loop
    // to come round (nodemailer's stages and the thread pool's steps each did: under load, behind the other
    // residents' turns); readable by its owner only.
    let loopCameRound = false;
    setImmediate(() => (loopCameRound = true));
    await mailer.sendCode({ to: 'julie@example.org', purpose: 'verify_email', code: '123456', minutes: 15, commune, locale: 'en-US' });
    expect(loopCameRound).toBe(false);
    const files = fs.readdirSync(outboxDir);
    expect(files).toEqual([expect.stringMatching(/\.eml$/)]);
    expect(fs.statSync(path.join(outboxDir, files[0] as string)).mode & 0o777).toBe(0o600);
    const mail = fs.readFileSync(path.join(outboxDir, files[0] as string), 'utf8');
    expect(mail).toContain('To: julie@example.org');
    // in English, as the locales word it, with the code (quoted-printable folds long lines with « = »)
    const codeLine = texts.for('en')('mail.code.body.verify_email', { code: '123456', minutes: 15, commune: commune.name, portal: commune.portalName }).split('\n\n')[1] as string;
    expect(codeLine).toContain('123456');
    expect(mail.replace(/=\r?\n/g, '')).toContain(codeLine);
    expect(logged.join('\n')).toContain(path.join(outboxDir, files[0] as string));
  });

  it('writes a mail with an attachment to the outbox through nodemailer, whole', async () => {
    const outboxDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'data-')), 'outbox');
    const mailer = new MailSender({ from: 'Espace Citoyens <ne-pas-repondre@localhost>', outboxDir, texts, logger: createLogger('silent') });
    const invoice = { number: 'CSP-FAC-2026-000001', label: 'Cantine', totalCents: 7380, dueOn: '2027-01-04' } as Parameters<MailSender['sendInvoice']>[0]['invoice'];
    await mailer.sendInvoice({ to: 'julie@example.org', commune: commune as Parameters<MailSender['sendInvoice']>[0]['commune'], invoice, pdf: Buffer.from('%PDF-1.4 facture'), locale: 'fr-FR' });
    const files = fs.readdirSync(outboxDir);
    expect(files).toEqual([expect.stringMatching(/\.eml$/)]);
    const mail = fs.readFileSync(path.join(outboxDir, files[0] as string), 'utf8');
    expect(mail).toContain('multipart/mixed');
    expect(mail).toContain('filename=facture-CSP-FAC-2026-000001.pdf');
    expect(mail).toContain(Buffer.from('%PDF-1.4 facture').toString('base64'));
  });

  it('fails the send when the outbox cannot be written, and leaves no half mail', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-'));
    // The outbox's place is taken by a file: no folder can be made there.
    fs.writeFileSync(path.join(dataDir, 'outbox'), '');
    const mailer = new MailSender({ from: 'Espace Citoyens <ne-pas-repondre@localhost>', outboxDir: path.join(dataDir, 'outbox', 'mails'), texts, logger: createLogger('silent') });
    await expect(mailer.sendCode({ to: 'julie@example.org', purpose: 'sign_in', code: '123456', minutes: 15, commune, locale: 'fr-FR' })).rejects.toThrow();
    expect(fs.readdirSync(dataDir)).toEqual(['outbox']);
  });
});
