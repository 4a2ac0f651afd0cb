/**
 * « non en fait je veux payer ma facture » at a yes/no read-back (the sign-up's, a death act's), on Web Chat and by SMS:
 * the task is put aside with its answers and the one asked for starts; before, the « non » was read as « corriger »
 * (« Que voulez-vous corriger ? »). A « non » followed by a correction (« non je veux changer l'adresse ») stays the form's own.
 * Asserted on the stored dialogs and rows, not the wording.
 */
import { CHANNELS, labels, offered } from '../support/prompts';
import { demarcheChat, storedRequests } from '../support/demarches';
import { pausedDialogs, runningDialogs, runningValue } from '../support/dialogStack';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');

async function signUpReadBack(channelId: string): Promise<Chat> {
  const c = await demarcheChat(chats, { channelId });
  await c.say('je veux créer mon espace, je suis Madame Françoise Durand, francoise.durand@example.org, 0611110006');
  expect(offered(await c.say('3 rue de Paris 78955 Carrières-sous-Poissy'))).toEqual(READ_BACK);
  return c;
}

async function deathActReadBack(channelId: string): Promise<Chat> {
  const c = await demarcheChat(chats, { channelId });
  for (const m of ['acte de décès', 'Carrières-sous-Poissy', 'Dupont', 'Jean', '03/11/2025']) await c.say(m);
  let last = await c.say('jean.martin@example.org');
  for (const m of ['3 rue des Lilas 78955 Carrières-sous-Poissy', 'Jean Martin']) if (!offered(last).length) last = await c.say(m);
  expect(offered(last)).toEqual(READ_BACK);
  return c;
}

describe.each(CHANNELS)('another task asked with « non » at a read-back (%s)', (channelId) => {
  it.each(['non en fait je veux payer ma facture', 'non finalement je voudrais voir mes factures', 'non je veux payer ma facture'])(
    'the sign-up\'s read-back, « %s »: the sign-up paused, the invoices asked for, no account made',
    async (said) => {
      const c = await signUpReadBack(channelId);
      await c.say(said);
      expect(pausedDialogs(c).flat()).toContain('createAccount');
      expect(runningDialogs(c)).toContain('invoices');
      expect(c.core.db.$client.prepare('select count(*) as n from accounts').get()).toEqual({ n: 0 });
    },
  );

  it('a death act\'s read-back, « non en fait je veux payer ma facture »: the act paused with its answers, nothing sent', async () => {
    const c = await deathActReadBack(channelId);
    await c.say('non en fait je veux payer ma facture');
    expect(pausedDialogs(c).flat()).toContain('civilAct');
    expect(runningDialogs(c)).toContain('invoices');
    expect(storedRequests(c)).toEqual([]);
  });

  it('« non je veux changer l\'adresse » at the sign-up\'s read-back stays a correction (nothing paused)', async () => {
    const c = await signUpReadBack(channelId);
    await c.say("non je veux changer l'adresse");
    expect(pausedDialogs(c)).toEqual([]);
    expect(runningDialogs(c)).toContain('createAccount');
    expect(runningValue(c, 'draft')).toEqual(expect.objectContaining({ lastName: 'Durand', email: 'francoise.durand@example.org' }));
  });
});
