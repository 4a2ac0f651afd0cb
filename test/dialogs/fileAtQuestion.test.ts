/**
 * A file sent at a question that takes none (the last name of the space's creation, a booking's basket): it was dropped
 * without a word (the question waited on, or read nothing). On Web Chat it is kept and, the task over, the documents ask
 * which paper it is and store it; by SMS it is said that the question takes no file and how to send one. The question is
 * asked again, and what was given before is kept (the account created with its answers, the basket booked).
 * Web Chat and SMS (a photo sent by MMS arrives the same way).
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)]);
const attach = { text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name: 'certificat.pdf' }] };
const documents = (c: Chat) => c.core.db.$client.prepare('select kind, file_name as name from documents').all();
const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status <> 'cancelled' order by day").all() as Array<{ day: string }>).map((r) => r.day);

describe.each(CHANNELS)('a file at a question that takes none, %s', (channel) => {
  it('at the last name of the space\'s creation: said, the name asked again, the answers kept', async () => {
    const c = startChat({ channelId: channel, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    chats.push(c);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    for (const a of ['créer mon espace', 'Madame']) await c.say(a);
    const said = c.text(await c.say(attach));
    expect(said).toContain(t(channel === 'sms' ? 'files.notHere' : 'files.keptForLater'));
    expect(said).toContain(t('createAccount.ask.lastName'));
    for (const a of ['Martin', 'Julie', 'julie.martin@example.org', '06 12 34 56 78', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
    const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'julie.martin@example.org');
    expect(account).toMatchObject({ civility: 'madame', lastName: 'Martin', firstName: 'Julie' });
  });

  it('at a booking\'s basket: the file kept, the basket booked once confirmed, then the file sent as a document', async () => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Léa les 7 et 8 décembre');
    // (By SMS the documents take no file: not kept, how to send one said.)
    expect(c.text(await c.say(attach))).toContain(t(channel === 'sms' ? 'files.notHere' : 'files.keptForLater'));
    const after = c.text(await c.say('oui'));
    expect(booked(c)).toEqual(['2026-12-07', '2026-12-08']);
    if (channel === 'sms') return;
    // The task over, the documents ask which paper the file kept is.
    expect(after).toContain(t('documents.fileKept'));
    await c.say('Autre document');
    expect(documents(c)).toEqual([{ kind: 'autre', name: 'certificat.pdf' }]);
  });
});
