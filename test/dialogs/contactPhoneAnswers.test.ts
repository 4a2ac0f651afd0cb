/**
 * The phone question of a request without an e-mail (an act; the démarches share its reading, contactAnswer.ts). The address typed there, ahead of its
 * question, is said to come next (`request.addressNext`), never « ce numéro ne semble pas valide »; by SMS a bare
 * « oui » (call me) is the number written from, as « ce numéro ». Web Chat and SMS (the harness, then the SMS adapter).
 */
import { buildBot, buildCore } from '../../src/index';
import { fixedClock } from '../../src/domain/clock';
import { SmsAdapter } from '../../src/sms/smsAdapter';
import { tempConfig, type Chat } from '../support/harness';
import { demarcheChat } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the phone question', () => {
  it.each(table([['3 rue de la Gare 78955'], ['12 bis, avenue Pasteur']]))('%s: an act: « %s » at the phone: the address comes next, the phone asked again', async (channel, address) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ['acte de naissance', 'Extrait sans filiation', 'ici', 'Dupont', 'Jean', '01/02/1980', 'non']) await c.say(a);
    const next = c.text(await c.say(address));
    expect(next).toContain(fr['request.addressNext']);
    expect(next).not.toContain(fr['request.bad.phone']);
  });

  it('by SMS, « oui » at the phone: the number written from is stored', async () => {
    const core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const bot = buildBot(core);
    const adapter = new SmsAdapter();
    const from = '+33612345670';
    for (const text of ['Bonjour', '1', 'acte de naissance', 'Extrait sans filiation', 'ici', 'Dupont', 'Jean', '01/02/1980', 'non', 'oui', '3 rue de la Gare 78955 Carrières-sous-Poissy', 'Jean Dupont', 'oui']) {
      await adapter.receive(from, text, undefined, (ctx) => bot.run(ctx));
    }
    const rows = core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>;
    expect(rows.map((r) => JSON.parse(r.data) as Record<string, unknown>)).toEqual([expect.objectContaining({ phone: '0612345670' })]);
    core.close();
  });
});
