/** A mail of text alone composed at once for the outbox is the message nodemailer's streams write. */
import path from 'node:path';
import nodemailer from 'nodemailer';
import { composeNow, type TextMail } from '../../src/mail/outboxMessage';
import { Texts } from '../../src/i18n';

const texts = Texts.create(path.resolve(__dirname, '../../locales'));
const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
/** What differs between two compositions of the same mail: its id and the second it was made. */
const unstamped = (message: string) => message.replace(/^Message-ID: .*$/m, 'Message-ID: x').replace(/^Date: .*$/m, 'Date: x');

async function streamed(mail: TextMail): Promise<string> {
  const info = (await transport.sendMail(mail)) as { message: Buffer };
  return info.message.toString();
}

const params = { code: '042917', minutes: 15, commune: 'Carrières-sous-Poissy', portal: 'Espace Citoyens', reference: 'CSP-RES-000123', kind: 'acte de naissance', url: 'http://127.0.0.1:3978/compte/mot-de-passe?token=abcdef0123456789abcdef0123456789abcdef', email: 'julie@example.org' };
const keys = ['mail.code.body.sign_in', 'mail.code.body.verify_email', 'mail.passwordLink.body.create', 'mail.request.body', 'mail.booking.body'];

describe('outbox message', () => {
  const cases: Array<[string, TextMail]> = [];
  for (const locale of ['fr', 'en'] as const) {
    const t = texts.for(locale);
    for (const key of keys) {
      const text = `${t(key, params)}\n\n- Léa, Restauration scolaire : mercredi 9 décembre 2026\n\n${t('mail.signature', params)}`;
      cases.push([`${locale} ${key}`, { from: 'Espace Citoyens <ne-pas-repondre@carrieres.example>', to: 'julie@example.org', subject: t('mail.code.subject.sign_in', params), text }]);
    }
  }
  cases.push(['ASCII only, short lines (7bit)', { from: 'Espace Citoyens <ne-pas-repondre@localhost>', to: 'jo@example.org', subject: 'Your code', text: 'Hello,\n\nYour code: 123456\n' }]);
  cases.push(['a line longer than 76 characters, a dot alone, spaces at the end', { from: 'ne-pas-repondre@localhost', to: 'jo@example.org', subject: 'Réservation', text: `${'mot '.repeat(40)}\n.\nfin  \n\ttab=égal` }]);

  it.each(cases)('%s: the same message as nodemailer writes', async (_name, mail) => {
    const now = composeNow(mail);
    expect(now).toBeDefined();
    expect(unstamped(now!.toString())).toBe(unstamped(await streamed(mail)));
  });

  it('leaves to nodemailer a body it would send in base64', () => {
    expect(composeNow({ from: 'ne-pas-repondre@localhost', to: 'jo@example.org', subject: 'код', text: 'Ваш код подтверждения: 123456. Он действителен пятнадцать минут.' })).toBeUndefined();
  });
});
