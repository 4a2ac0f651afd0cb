/** A real SMTP server for the tests: what the bot mails arrives in `mails`, quoted-printable decoded. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  mails: string[];
  /** The SMTP_URL that sends to this server. */
  url: string;
  close(): Promise<void>;
}

const decodeQuotedPrintable = (data: string): string =>
  Buffer.from(data.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

/** On `port` when given (the same server back after it was closed), on a free port otherwise. */
export async function startSmtp(port = 0): Promise<TestSmtp> {
  const mails: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => {
        mails.push(decodeQuotedPrintable(data));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return { mails, url: `smtp://127.0.0.1:${bound}?ignoreTLS=true`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
