/**
 * A question about the file where it is awaited (« c'est quoi les formats acceptés ? », « je peux envoyer une photo ? »,
 * « il est où le trombone ? »): the file's rules and the paperclip said, the same paper asked again, and the file sent next
 * stored as that paper; the same at a démarche's paper (the electoral roll's identity). Before, the answer was « Je n'ai pas
 * reçu de fichier » (the question not answered).
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { runningDialogs } from '../support/dialogStack';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr } from '../support/prompts';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)]);
const attach = (name: string) => ({ text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name }] });
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a question about the file awaited', () => {
  it.each(["c'est quoi les formats acceptés ?", 'je peux envoyer une photo ?', 'ça doit faire quelle taille', 'il est où le trombone', 'comment je joins le fichier ?'])(
    '« %s »: the rules answered, the paper asked again, the file then stored as it',
    async (said) => {
      const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
      const t = c.core.texts.for('fr', false, false);
      await c.say("je veux envoyer mon avis d'imposition");
      const answer = c.text(await c.say(said));
      expect(answer).toContain(t('documents.fileRules'));
      expect(answer).toContain(t('documents.askFile', { kind: t('documents.kind.avis_imposition') }));
      expect(answer).not.toContain(t('documents.noFile'));
      expect(runningDialogs(c)).toContain('documents');
      await c.say(attach('avis.pdf'));
      expect(c.core.db.$client.prepare('select kind, file_name from documents').all()).toEqual([{ kind: 'avis_imposition', file_name: 'avis.pdf' }]);
    },
  );
});

describe('a question about the paper awaited by a démarche (Web Chat)', () => {
  it("« c'est quoi les formats acceptés ? » at the electoral roll's identity: answered, the paper asked again, the request sent after « au guichet »", async () => {
    const c = await demarcheChat(chats, { channelId: 'webchat' });
    const t = c.core.texts.for('fr', false, false);
    for (const m of ['je veux voter', 'française', "j'y habite", 'Durand', 'Julie', '12/03/1990', 'julie@example.org', '12 rue de Paris 78955 Carrières-sous-Poissy']) await c.say(m);
    const answer = c.text(await c.say("c'est quoi les formats acceptés ?"));
    expect(answer).toContain(t('documents.fileRules'));
    expect(answer).not.toContain(t('demarche.file.missing'));
    for (let i = 0; i < 3 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName: 'Durand', firstName: 'Julie' })]);
  });
});
