/**
 * Details given in the opening message fill the démarche: only what is missing is asked, then the
 * read-back, on Web Chat and by SMS. Each case is run twice, from a bare opening and from one with
 * the details, answering whatever is asked: the request stored has the details, and fewer
 * questions were asked.
 */
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';
import path from 'node:path';

const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
const frSms = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms');
/** A text as shown; `sms:key` for its SMS version. */
const label = (key: string) => (key.startsWith('sms:') ? frSms[key.slice(4)] : fr[key]) ?? key;
const CSP = { commune: 'carrieres-sous-poissy' };
const CHANNELS = ['webchat', 'sms'] as const;
type Channel = (typeof CHANNELS)[number];

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Fields = Record<string, string>;

/** The answer to the question the last reply asks (by its words), for a request with these fields. */
function answerTo(reply: string, f: Fields): string | undefined {
  // The question asked last in the reply (numbered choices and how to answer them may follow it).
  const at = (key: string) => reply.lastIndexOf(label(key).replace(/\{\{[^}]+\}\}.*$/, '').trim());
  const table: Array<[string, string | undefined]> = [
    ['civilAct.recap', 'oui'],
    // By SMS the act's read-back goes without « Je récapitule » : its question.
    ['createAccount.confirm', 'oui'],
    ['demarche.confirm', 'oui'],
    // By SMS the read-back is titled in its shorter words.
    ['sms:demarche.recapTitle', 'oui'],
    ['civilAct.ask.kind', f.kind && label(`civilAct.kind.${f.kind}`)],
    ['civilAct.ask.format', f.format && label(`civilAct.format.${f.format}`)],
    ['civilAct.ask.relation', f.relation && label(`civilAct.relation.${f.relation}`)],
    ['civilAct.ask.place', 'Carrières-sous-Poissy'],
    ['civilAct.ask.lastName', 'Durand'],
    ['civilAct.askSelf.lastName', 'Durand'],
    ['civilAct.ask.firstName', 'Léa'],
    ['civilAct.askSelf.firstName', 'Léa'],
    ['civilAct.ask.eventDay', '14/03/1990'],
    ['civilAct.ask.parents', 'Anne Durand et Marc Durand'],
    ['civilAct.askSelf.parents', 'Anne Durand et Marc Durand'],
    ['demarche.family_booklet.ask.reason', f.reason && label(`demarche.family_booklet.reason.${f.reason}`)],
    ['demarche.family_booklet.ask.holder', 'oui'],
    ['demarche.family_booklet.ask.livesHere', 'oui'],
    ['demarche.family_booklet.ask.lastName', 'Durand'],
    ['demarche.family_booklet.ask.firstName', 'Anne'],
    ['demarche.family_booklet.ask.otherParent', 'Martin'],
    ['demarche.family_booklet.ask.marriageDay', '15/06/2012'],
    ['demarche.family_booklet.ask.children', '2'],
    ['demarche.family_booklet.ask.identity', 'au guichet'],
    ['civilAct.ask.email', 'lea@example.org'],
    ['demarche.family_booklet.ask.email', 'lea@example.org'],
    ['civilAct.ask.address', '1 rue de la Demo 78955 Carrières-sous-Poissy'],
    ['demarche.family_booklet.ask.address', '1 rue de la Demo 78955 Carrières-sous-Poissy'],
    ['civilAct.ask.recipient', 'Léa Durand'],
  ];
  const asked = table.filter(([key]) => at(key) >= 0).sort(([a], [b]) => at(b) - at(a))[0];
  return asked?.[1];
}

/** Opens the conversation on a commune's page (or its SMS), says `opening`, then answers every question until the request is sent. */
async function request(channel: Channel, opening: string, fields: Fields): Promise<{ questions: number; row: { kind: string; data: Record<string, unknown> } | undefined }> {
  const c = startChat({ channelId: channel });
  chats.push(c);
  if (channel === 'webchat') await c.join(CSP);
  let reply = c.text(await c.say({ text: opening, channelData: CSP }));
  let questions = 0;
  while (!/CSP-\d{4}-\d{6}/.test(reply) && questions < 20) {
    const answer = answerTo(reply, fields);
    if (!answer) throw new Error(`No answer for: ${reply}`);
    questions += 1;
    reply = c.text(await c.say({ text: answer, channelData: CSP }));
  }
  const row = c.core.db.$client.prepare('select kind, data from requests').get() as { kind: string; data: string } | undefined;
  return { questions, row: row ? { kind: row.kind, data: JSON.parse(row.data) as Record<string, unknown> } : undefined };
}

const CASES: Array<{ opening: string; bare: string; fields: Fields; stored: Record<string, unknown>; saved: number }> = [
  { opening: 'copie intégrale de naissance pour ma fille', bare: 'je voudrais un acte d\'état civil', fields: { kind: 'birth', format: 'full_copy', relation: 'ascendant' }, stored: { kind: 'birth', format: 'full_copy', relation: 'ascendant' }, saved: 3 },
  { opening: 'un extrait avec filiation de l\'acte de naissance de mon père, né à Carrières-sous-Poissy', bare: 'je voudrais un acte d\'état civil', fields: { kind: 'birth', format: 'extract_with_parents', relation: 'descendant' }, stored: { kind: 'birth', format: 'extract_with_parents', relation: 'descendant', place: 'Carrières-sous-Poissy' }, saved: 4 },
  { opening: 'copie intégrale de mon acte de mariage, c\'est pour moi', bare: 'je voudrais un acte d\'état civil', fields: { kind: 'marriage', format: 'full_copy', relation: 'self' }, stored: { kind: 'marriage', format: 'full_copy', relation: 'self' }, saved: 3 },
  { opening: 'un extrait avec filiation de l\'acte de naissance de mon fils né le 14 mars 1990 à Carrières-sous-Poissy', bare: 'je voudrais un acte d\'état civil', fields: { kind: 'birth', format: 'extract_with_parents', relation: 'ascendant' }, stored: { kind: 'birth', format: 'extract_with_parents', relation: 'ascendant', place: 'Carrières-sous-Poissy', eventDay: '1990-03-14' }, saved: 5 },
  { opening: 'j\'ai perdu mon livret de famille', bare: 'livret de famille', fields: { reason: 'lost', holder: 'yes' }, stored: { reason: 'lost', holder: 'yes' }, saved: 2 },
];

describe.each(CHANNELS)('details given up front (%s)', (channel) => {
  it.each(CASES)('« $opening » fills the request and asks $saved questions less', async ({ opening, bare, fields, stored, saved }) => {
    const before = await request(channel, bare, fields);
    const after = await request(channel, opening, fields);
    expect(after.row?.data).toMatchObject(stored);
    expect(before.row?.data).toMatchObject(stored);
    expect(before.questions - after.questions).toBe(saved);
  });

  it('« copie intégrale… je suis né au Maroc » says the Service central d\'état civil in Nantes delivers it, and asks nothing', async () => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    if (channel === 'webchat') await c.join(CSP);
    const reply = c.text(await c.say({ text: 'je voudrais une copie intégrale de mon acte de naissance, je suis né au Maroc', channelData: CSP }));
    expect(reply).toContain('Service central d\'état civil, à Nantes');
    expect(reply).not.toContain(label('civilAct.ask.format'));
    expect(reply).not.toContain(label('civilAct.ask.relation'));
    expect(reply).not.toContain('Dans quelle commune');
  });

  it('« … né le 3 mars 2015 à Poissy » is told at once that Poissy delivers it, and asked the place', async () => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    if (channel === 'webchat') await c.join(CSP);
    const reply = c.text(await c.say({ text: 'un extrait avec filiation de l\'acte de naissance de mon fils Tom né le 3 mars 2015 à Poissy', channelData: CSP }));
    expect(reply).toContain(label(channel === 'sms' ? 'sms:civilAct.otherCommune' : 'civilAct.otherCommune').split('{{')[0]);
    expect(reply).toContain('Poissy');
    expect(reply.split('\n').at(-1)).toBe(label('civilAct.ask.place').replace('{{event}}', 'la naissance'));
    expect(c.text(await c.say({ text: 'Carrières-sous-Poissy', channelData: CSP }))).toContain(label('civilAct.ask.lastName'));
  });

  it('« … de mon cousin » is told at once that a full copy is not for them, the extract they may receive noted', async () => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    if (channel === 'webchat') await c.join(CSP);
    const reply = c.text(await c.say({ text: 'copie intégrale de l\'acte de naissance de mon cousin', channelData: CSP }));
    expect(reply).toContain(label(channel === 'sms' ? 'sms:civilAct.notEntitledNoted' : 'civilAct.notEntitledNoted').split(':')[0]);
    // Neither the forms just refused offered again, nor who they are asked: the request goes on with the place.
    expect(reply).not.toContain(label('civilAct.ask.format'));
    expect(reply).not.toContain(label('civilAct.ask.relation'));
    expect(reply).toContain('Dans quelle commune a eu lieu la naissance ?');
  });
});
