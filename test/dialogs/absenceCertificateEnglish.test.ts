/**
 * The medical certificate sent later in English (« here is the medical certificate », « send a document: doctor note »): the paper
 * named is taken, the file asked, then offered for the absence, which « yes » justifies. The English words were not
 * known: « Which document are you sending? » was asked, and the file sent then was asked about again.
 */
import { bookedThenLate } from '../support/booking';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)]);
const attach = { text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name: 'scan.pdf' }] };
const absences = (c: Chat) => c.core.db.$client.prepare('select day, justified from absences order by id').all();
const kinds = (c: Chat) => (c.core.db.$client.prepare('select kind from documents order by id').all() as Array<{ kind: string }>).map((d) => d.kind);

describe('the certificate sent later, in English', () => {
  it.each([['here is the medical certificate'], ['i want to send the medical certificate'], ['send a document: doctor note']])('« %s »: the file asked, offered for the absence, justified', async (said) => {
    const { c } = await bookedThenLate(chats, 'webchat');
    const t = c.core.texts.for('en', false, false);
    await c.say('english');
    await c.say('Lea absent 7 december');
    await c.say('sick');
    await c.say('later');
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 0 }]);
    const asked = c.text(await c.say(said));
    expect(asked).not.toContain(t('documents.askKind'));
    expect(asked).toContain(t('documents.askFile', { kind: t('documents.kind.certificat_medical') }).split('(')[0]);
    await c.say(attach);
    await c.say('yes');
    expect(kinds(c)).toEqual(['certificat_medical']);
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 1 }]);
  });
});
