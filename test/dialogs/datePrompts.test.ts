/**
 * Dates typed at the prompts of the démarches, in the usual French forms, end up as the right day
 * in the request row; a place of birth that is a date or a number is refused with what to write.
 * Fixed clock: Wednesday 18 November 2026, Carrières-sous-Poissy.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';

const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300, 32)]);
const attach = (name: string) => ({ text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name }] });

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
async function chat(): Promise<Chat> {
  const c = startChat();
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}
const requestData = (c: Chat) => JSON.parse((c.core.db.$client.prepare('select data from requests').get() as { data: string }).data) as Record<string, unknown>;

describe('the day of an event (acte d’état civil)', () => {
  it.each([
    ['12 mars 1988', '1988-03-12'],
    ['le 12 mars 88', '1988-03-12'],
    ['12/3/88', '1988-03-12'],
    ['12/03/1988', '1988-03-12'],
    ['12-03-1988', '1988-03-12'],
    ['12.03.88', '1988-03-12'],
    ['née le 1er mars 2019', '2019-03-01'],
    ['14/03/19', '2019-03-14'],
  ])('« %s » is stored as %s', async (typed, day) => {
    const c = await chat();
    await c.say('je voudrais un acte de naissance');
    await c.say('Copie intégrale');
    await c.say('Son parent ou grand-parent');
    await c.say('Carrières-sous-Poissy');
    await c.say('Durand');
    await c.say('Léa');
    expect(c.text(await c.say(typed))).not.toContain(fr['civilAct.bad.eventDay']);
    await c.say('Françoise Durand et Marc Durand');
    await c.say('francoise@example.org');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('Françoise Durand');
    await c.say('oui');
    expect(requestData(c)).toMatchObject({ eventDay: day });
  });
});

describe('a birth date and a day of move (attestation de domicile)', () => {
  it('stores « 12 déc. 1990 » and « 1er septembre 26 » as days', async () => {
    const c = await chat();
    await c.say('attestation de changement de domicile');
    for (const a of ['J\'ai emménagé à Carrières-sous-Poissy', 'Leroy', 'Sam', '12 déc. 1990', '8 allée des Lilas 78955 Carrières-sous-Poissy', '1er septembre 26', 'sam@example.org']) await c.say(a);
    await c.say(attach('id.pdf'));
    await c.say(attach('edf.pdf'));
    await c.say('oui');
    expect(requestData(c)).toMatchObject({ birthDay: '1990-12-12', since: '2026-09-01' });
  });
});

describe('recensement citoyen: the birth date in words, and the place of birth', () => {
  it('takes « 15 novembre 2010 », refuses a date or a number as the place of birth, and stores both', async () => {
    const c = await chat();
    await c.say('recensement citoyen');
    expect(c.text(await c.say('15 novembre 2010'))).toContain(fr['census.offer']);
    await c.say('oui');
    await c.say('Durand');
    await c.say('Léa Marie');
    expect(c.text(await c.say('10/09/2010'))).toContain(fr['demarche.bad.place.date']);
    expect(c.text(await c.say('78'))).toContain(fr['demarche.bad.place.number']);
    await c.say('Poissy (78)');
    await c.say('Françoise et Marc Durand');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('francoise@example.org');
    for (let i = 0; i < 3; i++) await c.say('au guichet');
    await c.say('oui');
    expect(requestData(c)).toMatchObject({ birthDay: '2010-11-15', birthPlace: 'Poissy (78)' });
  });
});
