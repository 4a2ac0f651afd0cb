/**
 * The démarches without an account beyond civil-status acts: livret de famille, attestation de
 * domicile ou d'hébergement, certificat de vie commune (the electoral roll: electoralRoll.test.ts). Each: its
 * rules first, its happy path to a numbered request (with papers attached or for the guichet),
 * and each refusal or bad answer with what to do, keeping what was already typed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hasControls } from '../../src/domain/text';
import type { Chat } from '../support/harness';
import { demarcheChat, rows } from '../support/demarches';
import { signedInChat } from '../support/accounts';
import { outboxMails } from '../support/outbox';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300, 32)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)]);
const attach = (name: string, bytes: Buffer, mime = 'application/pdf') => ({ text: '', attachments: [{ contentType: mime, contentUrl: `data:${mime};base64,${bytes.toString('base64')}`, name }] });

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = (options: Parameters<typeof demarcheChat>[1] = {}) => demarcheChat(chats, options);

describe('livret de famille', () => {
  async function upToAddress(c: Chat) {
    expect(c.text(await c.say('je voudrais un duplicata du livret de famille'))).toContain('La demande se fait à la mairie du domicile.');
    expect(c.text(await c.say('Perte, vol ou destruction'))).toContain(c.core.texts.for('fr')('demarche.family_booklet.ask.holder'));
    expect(c.text(await c.say('oui'))).toContain('Habitez-vous à Carrières-sous-Poissy ?');
    await c.say('oui');
    await c.say('Durand');
    expect(c.text(await c.say('Françoise'))).toContain('l\'autre parent');
    expect(c.text(await c.say('Marc Durand'))).toContain('la date de votre mariage');
    await c.say('15/06/2012');
    expect(c.text(await c.say('deux'))).toContain('adresse e-mail');
    await c.say('francoise@example.org');
  }

  it('goes from the rules to a numbered request with the identity paper stored', async () => {
    const c = await chat();
    await upToAddress(c);
    expect(c.text(await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy'))).toContain('Joignez votre pièce d\'identité');
    const recap = c.text(await c.say(attach('cni.pdf', PDF)));
    expect(recap).toContain('Merci, c\'est reçu : cni.pdf.');
    expect(recap).toContain('Je récapitule votre demande (livret de famille) :');
    expect(recap).toContain('Motif : Perte, vol ou destruction');
    expect(recap).toContain('Date du mariage : 15/06/2012');
    expect(recap).toContain('Enfants : 2');
    expect(recap).toContain('Pièce d\'identité : reçu (cni.pdf)');
    const sent = c.text(await c.say('oui'));
    expect(sent).toContain('Votre demande porte le numéro CSP-2026-000001.');
    expect(sent).toContain('Vous viendrez le retirer au guichet unique');
    const [request] = rows(c, 'select id, kind, requester_email, data, locale, conversation_ref from requests');
    expect(request).toMatchObject({ kind: 'family_booklet', requester_email: 'francoise@example.org', locale: 'fr' });
    expect(JSON.parse(String(request?.data))).toMatchObject({ reason: 'lost', holder: 'yes', lastName: 'Durand', otherParent: 'Marc Durand', marriageDay: '2012-06-15', children: 2, papersAtCounter: [] });
    expect(JSON.parse(String(request?.conversation_ref))).toMatchObject({ channelId: 'test' });
    const [paper] = rows(c, 'select request_id, household_id, kind, file_name, mime_type, storage_path from documents');
    expect(paper).toMatchObject({ request_id: request?.id, household_id: null, kind: 'piece_identite', file_name: 'cni.pdf', mime_type: 'application/pdf' });
    expect(fs.readFileSync(path.join(c.core.config.uploadsDir, String(paper?.storage_path))).equals(PDF)).toBe(true);
    await c.core.service.outbox.idle();
    expect(outboxMails(c.core.config.outboxDir).at(-1)).toContain('CSP-2026-000001');
  });

  it('stores an address typed with an escape sequence and a bidi override without them', async () => {
    const c = await chat();
    await upToAddress(c);
    await c.say('1 rue de la Demo\u001b[2J\u001b]0;x\u0007 78955 Carrières-sous-Poissy\u202e');
    const recap = c.text(await c.say(attach('cni.pdf', PDF)));
    expect(hasControls(recap)).toBe(false);
    await c.say('oui');
    const [request] = rows(c, 'select data from requests');
    expect(JSON.parse(String(request?.data))).toMatchObject({ address: '1 rue de la Demo[2J]0;x 78955 Carrières-sous-Poissy' });
  });

  it('accepts « aucun » for the other parent and the marriage, and a paper brought to the guichet', async () => {
    const c = await chat();
    await c.say('livret de famille');
    await c.say('Divorce ou séparation');
    await c.say('oui');
    await c.say('oui');
    await c.say('Martin');
    await c.say('Paul');
    await c.say('aucun');
    await c.say('aucun');
    await c.say('1');
    await c.say('paul@example.org');
    await c.say('4 allée des Lilas, Carrières-sous-Poissy');
    const missing = c.text(await c.say('je ne l\'ai pas'));
    expect(missing).toContain('Je n\'ai pas reçu de fichier.');
    expect(missing).toContain('Joignez votre pièce d\'identité');
    const recap = c.text(await c.say('au guichet'));
    expect(recap).toContain('Autre parent : aucun');
    expect(recap).toContain('Pièce d\'identité : à apporter au guichet unique');
    expect(c.text(await c.say('oui'))).toContain('Pensez à apporter au guichet unique : Pièce d\'identité.');
    expect(rows(c, 'select * from documents')).toHaveLength(0);
    expect(JSON.parse(String(rows(c, 'select data from requests')[0]?.data))).toMatchObject({ otherParent: null, marriageDay: null, papersAtCounter: ['identity'] });
  });

  it.each([
    ['Mettre à jour mon livret', [], 'se met à jour à la mairie où l\'événement a eu lieu'],
    ['Perte, vol ou destruction', ['non'], 'Le livret est délivré seulement à ses titulaires.'],
    ['Perte, vol ou destruction', ['oui', 'non'], 'La demande se fait à la mairie de votre domicile.'],
  ])('refuses « %s » then %j with the reason and the service', async (reason, then, expected) => {
    const c = await chat();
    await c.say('livret de famille');
    let text = c.text(await c.say(reason));
    for (const answer of then) text = c.text(await c.say(answer));
    expect(text).toContain(expected);
    expect(text).toContain('Service État-civil');
    expect(rows(c, 'select * from requests')).toHaveLength(0);
  });

  it.each([['oui c\'est pour un livret'], ['le livret de famille']])('« %s » at the reason (the démarche\'s own words) is not « Mettre à jour mon livret »: the reason is asked again', async (said) => {
    const c = await chat();
    await c.say('livret de famille');
    await c.say(said);
    // Still at the reason: « 1 » is the loss, and the holder's question follows.
    expect(c.text(await c.say('1'))).toContain(c.core.texts.for('fr')('demarche.family_booklet.ask.holder'));
    expect(rows(c, 'select * from requests')).toHaveLength(0);
  });

  it('asks again for an address elsewhere, a wrong date, a file of the wrong type, keeping the rest', async () => {
    const c = await chat();
    await c.say('livret de famille');
    await c.say('1');
    await c.say('oui');
    await c.say('oui');
    await c.say('Durand');
    await c.say('Françoise');
    await c.say('Marc Durand');
    const future = c.text(await c.say('15/06/2030'));
    expect(future).toContain('Cette date est dans le futur.');
    expect(future).toContain('la date de votre mariage');
    expect(c.text(await c.say('le 40 juin'))).toContain('Je ne reconnais pas cette date.');
    await c.say('15/06/2012');
    expect(c.text(await c.say('beaucoup'))).toContain('Écrivez un nombre');
    await c.say('2');
    await c.say('francoise@example.org');
    const elsewhere = c.text(await c.say('10 rue de la Paix 75002 Paris'));
    expect(elsewhere).toContain('Cette adresse ne semble pas être à Carrières-sous-Poissy.');
    expect(elsewhere).toContain('Quelle est votre adresse postale à Carrières-sous-Poissy ?');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    const internal = c.text(await c.say({ text: '', attachments: [{ contentType: 'application/pdf', contentUrl: 'http://127.0.0.1:9/cni.pdf', name: 'cni.pdf' }] }));
    expect(internal).toContain(c.core.texts.for('fr')('demarche.file.sourceRefused'));
    const exe = c.text(await c.say(attach('cni.pdf', Buffer.from('MZ not a pdf at all'))));
    expect(exe).toContain('Ce fichier n\'est ni un PDF, ni une photo JPEG ou PNG.');
    const recap = c.text(await c.say(attach('cni.jpg', JPEG, 'image/jpeg')));
    expect(recap).toContain('Nom : Durand');
    expect(recap).toContain('E-mail : francoise@example.org');
  });
});

describe('a signed-in resident', () => {
  it('is not asked the e-mail: it is read back, and the request is theirs', async () => {
    const { c, account } = await signedInChat(chats, { email: 'francoise.durand@example.org' });
    expect(c.text(await c.say('je voudrais un duplicata du livret de famille'))).toContain('La demande se fait à la mairie du domicile.');
    for (const answer of ['Perte, vol ou destruction', 'oui', 'oui', 'Durand', 'Françoise', 'Marc Durand', '15/06/2012']) await c.say(answer);
    const next = c.text(await c.say('deux'));
    expect(next).not.toContain('adresse e-mail');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    const recap = c.text(await c.say('au guichet'));
    expect(recap).toContain('francoise.durand@example.org');
    await c.say('oui');
    expect(rows(c, 'select requester_email, account_id from requests')).toEqual([{ requester_email: 'francoise.durand@example.org', account_id: account.id }]);
  });
});

