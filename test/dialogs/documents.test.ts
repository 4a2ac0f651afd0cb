/** « Envoyer un document »: the type read from the content, the size limit, SMS, the list with statuses. */
import fs from 'node:fs';
import path from 'node:path';
import { sniffType } from '../../src/domain/documents';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr } from '../support/prompts';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const dataUrl = (bytes: Buffer, mime = 'application/pdf') => `data:${mime};base64,${bytes.toString('base64')}`;
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});


const attach = (name: string, bytes: Buffer, mime?: string) => ({ text: '', attachments: [{ contentType: mime ?? 'application/pdf', contentUrl: dataUrl(bytes, mime), name }] });

describe('documents', () => {
  it('stores a PDF avis d\'imposition under uploads and lists it as received', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    expect(c.text(await c.say('je veux envoyer un justificatif'))).toContain('Quel document envoyez-vous ?');
    expect(c.text(await c.say('Avis d\'imposition'))).toContain('Joignez le fichier (Avis d\'imposition) avec le trombone');
    expect(c.text(await c.say(attach('avis 2025.pdf', PDF)))).toContain('Merci, c\'est reçu : Avis d\'imposition (avis 2025.pdf).');
    const row = c.core.db.$client.prepare('select kind, mime_type, size_bytes, storage_path, status from documents').get() as Record<string, unknown>;
    expect(row).toMatchObject({ kind: 'avis_imposition', mime_type: 'application/pdf', size_bytes: PDF.length, status: 'received' });
    expect(fs.readFileSync(path.join(c.core.config.uploadsDir, row.storage_path as string)).equals(PDF)).toBe(true);
    expect(c.text(await c.say('mes documents'))).toMatch(/Avis d'imposition — avis 2025\.pdf, envoyé le 18\/11\/2026 : reçu, en attente de vérification/);
  });

  it.each([
    ['je veux envoyer mon avis d\'imposition', 'avis_imposition'],
    ['envoyer un justificatif de domicile', 'justificatif_domicile'],
    ['je dois envoyer le certificat médical de Léa', 'certificat_medical'],
  ])('« %s » asks for the file at once, stored as %s', async (said, kind) => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    const asked = c.text(await c.say(said));
    expect(asked).not.toContain('Quel document envoyez-vous ?');
    await c.say(attach('papier.pdf', PDF));
    expect(c.core.db.$client.prepare('select kind from documents').all()).toEqual([{ kind }]);
  });

  it('a file sent where the paper is asked is kept: its name says the paper, or the paper is asked once', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    await c.say('envoyer un document');
    await c.say(attach('avis_imposition_2025.pdf', PDF));
    await c.say('envoyer un document');
    await c.say(attach('scan.pdf', PDF));
    expect(c.core.db.$client.prepare('select kind, file_name from documents order by id').all()).toEqual([{ kind: 'avis_imposition', file_name: 'avis_imposition_2025.pdf' }]);
    // « scan.pdf » says nothing: the paper is asked, the file not asked again.
    await c.say('justificatif de domicile');
    expect(c.core.db.$client.prepare('select kind, file_name from documents order by id').all()).toEqual([
      { kind: 'avis_imposition', file_name: 'avis_imposition_2025.pdf' },
      { kind: 'justificatif_domicile', file_name: 'scan.pdf' },
    ]);
  });

  it.each([
    ["voilà mon avis d'impôt 2025", 'scan.pdf', 'avis_imposition'],
    ['', 'avis_imposition_2025.pdf', 'avis_imposition'],
    ['le certificat du médecin pour Léa', 'IMG_0412.pdf', 'certificat_medical'],
  ])('a file sent at the menu with « %s » (%s) is stored as %s at once, never asked again', async (said, name, kind) => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    await c.say({ ...attach(name, PDF), text: said });
    expect(c.core.db.$client.prepare('select kind, file_name from documents').all()).toEqual([{ kind, file_name: name }]);
  });

  it('a file sent alone at the menu, its name saying nothing: kept, the paper asked once, then stored', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    const asked = c.text(await c.say(attach('scan.pdf', PDF)));
    expect(asked).toContain(fr['documents.fileKept']);
    expect(asked).not.toContain(fr['menu.notUnderstood'] ?? '?');
    await c.say('avis d\'imposition');
    expect(c.core.db.$client.prepare('select kind, file_name from documents').all()).toEqual([{ kind: 'avis_imposition', file_name: 'scan.pdf' }]);
  });

  it('refuses a file whose content is not PDF, JPEG or PNG, whatever its name', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    await c.say('envoyer un document');
    await c.say('Autre document');
    expect(c.text(await c.say(attach('photo.png', Buffer.from('MZ this is an executable'), 'image/png')))).toContain('Ce fichier n\'est ni un PDF, ni une photo JPEG ou PNG.');
    expect(c.core.db.$client.prepare('select count(*) as n from documents').get()).toEqual({ n: 0 });
  });

  it('refuses a file over 10 MB', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    await c.say('envoyer un document');
    await c.say('Justificatif de domicile');
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    expect(c.text(await c.say(attach('scan.png', big, 'image/png')))).toContain('Ce fichier dépasse 10 Mo.');
  });

  it('does not fetch a file from an internal address, and says so', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    await c.say('envoyer un document');
    await c.say('Autre document');
    const reply = c.text(await c.say({ text: '', attachments: [{ contentType: 'application/pdf', contentUrl: 'https://169.254.169.254/latest/meta-data/', name: 'scan.pdf' }] }));
    expect(reply).toContain(c.core.texts.for('fr')('documents.sourceRefused'));
    expect(c.core.db.$client.prepare('select count(*) as n from documents').get()).toEqual({ n: 0 });
  });

  it('asks again when no file comes', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    await c.say('envoyer un document');
    await c.say('Autre document');
    expect(c.text(await c.say('voilà'))).toContain('Je n\'ai pas reçu de fichier.');
  });

  it('on SMS, says where to bring the paper', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    const text = c.text(await c.say('je veux envoyer un justificatif'));
    expect(text).toContain('Ici, vous ne pouvez pas joindre de fichier.');
    expect(text).toContain('inscription@carrieres-sous-poissy.fr');
  });

  it('on SMS, where the service has no contact (Carrières-sur-Seine), says the portal alone', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', communeId: 'carrieres-sur-seine', linkFile: 'CSS-F-000007' });
    const t = c.core.texts.for('fr', false, true);
    const text = c.text(await c.say('je veux envoyer mon avis d\'imposition'));
    const commune = await c.core.service.getCommune('carrieres-sur-seine');
    expect(text).toContain(t('documents.noFilesHerePortal', { portal: commune.portalName, url: commune.portalUrl }));
    expect(text).not.toContain(t('human.noContact', { portal: commune.portalName, url: commune.portalUrl }));
  });
});

describe('file types', () => {
  it.each([
    [PDF, 'application/pdf'],
    [PNG, 'image/png'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    [Buffer.from('GIF89a'), undefined],
    [Buffer.from('<html>'), undefined],
    [Buffer.alloc(0), undefined],
  ])('%#: %s', (bytes, mime) => {
    expect(sniffType(bytes)?.mime).toBe(mime);
  });
});
