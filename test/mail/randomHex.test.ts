/** Mails composed from pooled random bytes: a Message-ID as nodemailer's, none of the per-call randomBytes. */
import crypto from 'node:crypto';
import { composeNow } from '../../src/mail/outboxMessage';
import { randomHex } from '../../src/mail/randomHex';

const mail = { from: 'Espace Citoyens <ne-pas-repondre@carrieres.example>', to: 'julie@example.org', subject: 'Votre code', text: 'Bonjour,\n\nVotre code : 042917.\n' };
const idOf = (message: Buffer) => /^Message-ID: (.*)$/m.exec(message.toString())?.[1];

describe('random bytes of a mail', () => {
  afterEach(() => jest.restoreAllMocks());

  it('composes a mail without calling randomBytes', () => {
    const spy = jest.spyOn(crypto, 'randomBytes');
    composeNow(mail);
    expect(spy).not.toHaveBeenCalled();
  });

  it('gives each mail its own Message-ID, shaped as nodemailer shapes it, at the sender’s domain', () => {
    const ids = Array.from({ length: 300 }, () => idOf(composeNow(mail)!));
    for (const id of ids) expect(id).toMatch(/^<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@carrieres\.example>$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws new bytes at each call, across refills of the pool', () => {
    const drawn = Array.from({ length: 2000 }, () => randomHex(6));
    expect(drawn.every((h) => /^[0-9a-f]{12}$/.test(h))).toBe(true);
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(() => randomHex(5000)).toThrow(RangeError);
  });
});
