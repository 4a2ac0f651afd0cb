/** The benchmark's driver reads the codes the bot mails to its outbox: each mail read once, the latest code of an address, each code handed out once. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeOfMail, watchOutbox, type OutboxIndex } from '../../src/cli/bench/outboxIndex';

let dir: string;
let index: OutboxIndex | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-index-'));
});
afterEach(() => {
  index?.close();
  index = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const mail = (to: string, code: string) => `From: Espace Citoyens <ne-pas-repondre@localhost>\nTo: ${to}\nSubject: Votre code\nContent-Transfer-Encoding: quoted-printable\n\nVotre code de connexion : ${code}=\n. Il est valable 10 minutes.\n`;
const write = (name: string, content: string) => fs.writeFileSync(path.join(dir, name), content);

describe('the outbox index', () => {
  it('reads the address and the code of a mail, soft line breaks joined', () => {
    expect(codeOfMail(mail('Claire@Example.org', '123456'))).toEqual({ to: 'claire@example.org', code: '123456' });
    expect(codeOfMail('To: a@example.org\n\nVotre code : 12=\n3456\n')).toEqual({ to: 'a@example.org', code: '123456' });
    expect(codeOfMail('To: a@example.org\n\nRéférence : CSP-RES-000123\n')).toBeUndefined();
  });

  it('gives the latest code of an address, mails already there and mails written after', async () => {
    write('2026-12-03T10-00-00-000Z-aaaa.eml', mail('a@example.org', '111111'));
    write('2026-12-03T10-00-01-000Z-bbbb.eml', mail('b@example.org', '222222'));
    index = watchOutbox(dir);
    expect(index.codeFor('a@example.org')).toBe('111111');
    write('2026-12-03T10-00-02-000Z-cccc.eml', mail('a@example.org', '333333'));
    expect(index.codeFor('A@example.org')).toBe('333333');
    expect(index.codeFor('b@example.org')).toBe('222222');
    expect(index.read()).toBe(3);
  });

  it('hands a code out once: a second sign-in waits for its own mail', () => {
    index = watchOutbox(dir);
    write('2026-12-03T10-00-00-000Z-aaaa.eml', mail('a@example.org', '111111'));
    expect(index.codeFor('a@example.org')).toBe('111111');
    expect(() => index!.codeFor('a@example.org')).toThrow(/no new code/);
    write('2026-12-03T10-00-05-000Z-dddd.eml', mail('a@example.org', '444444'));
    expect(index.codeFor('a@example.org')).toBe('444444');
  });

  it('throws for an address mailed nothing, and reads a mail only once it is whole', () => {
    index = watchOutbox(dir);
    expect(() => index!.codeFor('nobody@example.org')).toThrow(/no new code/);
    write('2026-12-03T10-00-00-000Z-eeee.eml', 'From: x\nTo: c@example.org');
    expect(() => index!.codeFor('c@example.org')).toThrow();
    write('2026-12-03T10-00-00-000Z-eeee.eml', mail('c@example.org', '555555'));
    expect(index.codeFor('c@example.org')).toBe('555555');
  });

  it('makes the folder when the bot has mailed nothing yet', () => {
    const missing = path.join(dir, 'outbox');
    index = watchOutbox(missing);
    expect(fs.existsSync(missing)).toBe(true);
  });
});
