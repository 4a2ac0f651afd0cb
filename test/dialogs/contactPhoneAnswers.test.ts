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
  it.each(table([['12 bis, avenue Pasteur'], ['3 rue de la Gare']]))('%s: an act: « %s » (incomplete) at the phone: the address comes next, the phone asked again', async (channel, address) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ['acte de naissance', 'Extrait sans filiation', 'ici', 'Dupont', 'Jean', '01/02/1980', 'non']) await c.say(a);
    const next = c.text(await c.say(address));
    expect(next).toContain(fr['request.addressNext']);
    expect(next).not.toContain(fr['request.bad.phone']);
  });

  it.each(table([['3 rue de la Gare 78955'], ['12 bis, avenue Pasteur 78955 Carrières-sous-Poissy']]))('%s: an act: « %s » (complete) at the phone: kept for the envelope, not asked again, stored', async (channel, address) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ['acte de naissance', 'Extrait sans filiation', 'ici', 'Dupont', 'Jean', '01/02/1980', 'non']) await c.say(a);
    const kept = c.text(await c.say(address));
    expect(kept).toContain(fr['request.addressKept']);
    expect(kept).not.toContain(fr['request.bad.phone']);
    // No phone: the next question is the envelope's name, not the address.
    const next = c.text(await c.say('non'));
    expect(next).not.toContain(fr['civilAct.ask.address']);
    for (const a of ['Jean Dupont', 'oui']) await c.say(a);
    const rows = c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>;
    expect(rows.map((r) => JSON.parse(r.data) as Record<string, unknown>)).toEqual([expect.objectContaining({ address: expect.stringContaining(address.split(' 78955')[0] as string) })]);
  });

  it.each(table([['5 rue de la Gare 78955']]))('%s: a démarche: « %s » at the phone: kept for its address question, not asked again, stored', async (channel, address) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ['livret de famille', 'perte', 'oui', 'oui', 'Durand', 'Julie', 'aucun', 'aucun', '2', 'non']) await c.say(a);
    const kept = c.text(await c.say(address));
    expect(kept).toContain(fr['request.addressKept']);
    const next = c.text(await c.say('non'));
    expect(next).not.toContain((fr['demarche.family_booklet.ask.address'] as string).split('{{')[0]);
    // The identity paper brought at the counter, then the read-back confirmed: the request holds the address.
    for (const a of ['au guichet', 'oui']) await c.say(a);
    const row = c.core.db.$client.prepare('select data from requests').get() as { data: string } | undefined;
    expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ address: expect.stringContaining('5 rue de la Gare') });
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
