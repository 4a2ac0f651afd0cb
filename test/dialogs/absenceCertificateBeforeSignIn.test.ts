/**
 * A medical certificate sent (a PDF alone) at the sign-in an absence report asked for: kept, but once signed in and the
 * illness said, the certificate was asked again, and the file offered afterwards to the documents as a paper of unknown
 * kind. Now it is the absence's certificate: stored as such with the absence, not asked again, not offered again.
 * Web Chat (SMS takes no file). Asserts the absence and document rows. The clock: Léa booked on 7 December, then
 * 23 November (past the deadline), the session ended.
 */
import { bookedThenLate } from '../support/booking';
import { lastCode } from '../support/outbox';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)]);
const attach = { text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name: 'certificat.pdf' }] };
const absences = (c: Chat) => c.core.db.$client.prepare('select a.day, d.kind, d.file_name as name from absences a left join documents d on d.id = a.document_id order by a.id').all();
const documents = (c: Chat) => c.core.db.$client.prepare('select kind, file_name as name from documents').all();

describe('a certificate sent before signing in', () => {
  it.each([['malade'], ['Maladie']])('webchat: the PDF at the e-mail asked, signed in, « %s »: the absence\'s certificate', async (reason) => {
    const { c, clock } = await bookedThenLate(chats, 'webchat');
    clock.advance(60);
    await c.say('Léa sera absente le 7 décembre');
    await c.say(attach);
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    await c.say(reason);
    expect(absences(c)).toEqual([{ day: '2026-12-07', kind: 'certificat_medical', name: 'certificat.pdf' }]);
    expect(documents(c)).toEqual([{ kind: 'certificat_medical', name: 'certificat.pdf' }]);
    // Not offered again to the documents: the menu follows.
    await c.say('2');
    expect(documents(c)).toHaveLength(1);
  }, 60_000);
});
