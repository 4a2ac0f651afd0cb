/**
 * « hugo sera malade le 7 décembre, je vous envoie le certificat plus tard »: the absence is recorded (the certificate
 * promised), not « vous ne pouvez pas joindre de fichier ici » with the absence lost (dialogs/absencePaperLater.ts).
 * « envoyer un certificat médical » alone still opens the documents.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';
import { runningDialogs } from '../support/dialogStack';
import { segments, toGsm7 } from '../../src/sms/smsText';
import { DOCUMENTS_DIALOG } from '../../dialogs/documentsDialog';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stillBooked = (c: Chat) => c.core.db.$client.prepare("select day from reservations where status in ('pending', 'confirmed')").all();

describe('an absence said with its certificate promised for later', () => {
  it.each(CHANNELS.flatMap((channel) => [
    'hugo sera malade le 7 décembre, je vous envoie le certificat plus tard',
    "hugo a la grippe le 7 decembre il ira pas a la cantine, j'envoie le certificat medical demain",
  ].map((said) => [channel, said] as const)))('%s: « %s »: the absence recorded, its day cancelled', async (channelId, said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine le 7 décembre pour Hugo');
    await c.say('oui');
    expect(stillBooked(c)).toEqual([{ day: '2026-12-07' }]);
    const replies = c.text(await c.say(said));
    // Within the deadline the absence cancels the day, free (no absence row kept).
    expect(stillBooked(c)).toEqual([]);
    expect(runningDialogs(c)).not.toContain(DOCUMENTS_DIALOG);
    if (channelId === 'sms') expect(segments(toGsm7(replies))).toBeLessThanOrEqual(2);
  });

  it('« envoyer un certificat médical » alone: the documents', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    await c.say('envoyer un certificat médical');
    expect(runningDialogs(c)).toContain(DOCUMENTS_DIALOG);
  });
});
