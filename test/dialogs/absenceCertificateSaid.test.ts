/**
 * A certificate announced in the resident's words once the absence is recorded (« j'envoie le certificat médical de Léa »),
 * then its file: the absence is offered and « oui » justifies it (the absence row stored with the paper).
 */
import { bookedThenLate } from '../support/booking';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const attach = { text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name: 'certificat.pdf' }] };
const absences = (c: Chat) => c.core.db.$client.prepare('select day, justified, document_id as documentId from absences order by id').all();
const documentIds = (c: Chat) => (c.core.db.$client.prepare('select id from documents order by id').all() as Array<{ id: number }>).map((d) => d.id);

describe('a certificate announced in words after the absence', () => {
  it.each([["j'envoie le certificat médical de Léa"], ['voici le certificat du médecin'], ["j'ai le certificat médical"], ['certificat médical pour Léa']])('webchat: « %s », the file, « oui »: the absence is justified by it', async (said) => {
    const { c } = await bookedThenLate(chats, 'webchat');
    await c.say('signaler une absence de Léa le 7 décembre');
    await c.say('maladie');
    await c.say('plus tard');
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 0, documentId: null }]);
    await c.say(said);
    await c.say(attach);
    await c.say('oui');
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 1, documentId: documentIds(c)[0] }]);
  });
});
