/**
 * A PDF sent on Web Chat with « certificat pour Léa malade le 7 décembre », before signing in: it went to the documents
 * (a paper of some kind asked) and the absence was never recorded. Now the absence is reported once signed in, the file
 * its certificate. Asserts the absence and document rows. The clock: Léa booked on 7 December, then 23 November.
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
const withText = (text: string) => ({ text, attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name: 'certificat.pdf' }] });
const absences = (c: Chat) => c.core.db.$client.prepare('select a.day, d.kind, d.file_name as name from absences a left join documents d on d.id = a.document_id order by a.id').all();
const documents = (c: Chat) => c.core.db.$client.prepare('select kind, file_name as name from documents').all();

describe('a certificate sent with the absence told, before signing in', () => {
  it.each([['certificat pour Léa malade le 7 décembre']])('webchat: the PDF with « %s », then signed in: the absence and its certificate', async (text) => {
    const { c, clock } = await bookedThenLate(chats, 'webchat');
    clock.advance(60);
    await c.say(withText(text));
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(absences(c)).toEqual([{ day: '2026-12-07', kind: 'certificat_medical', name: 'certificat.pdf' }]);
    expect(documents(c)).toEqual([{ kind: 'certificat_medical', name: 'certificat.pdf' }]);
  }, 60_000);
});
