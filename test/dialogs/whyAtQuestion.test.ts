/**
 * « pourquoi ? » (and its slips: « pourqoi », « c pour quoi », « ça sert à quoi ») at a démarche's
 * closed question — the census's offer, a livret de famille's yes/no questions, an electoral roll's
 * choices, the read-back before sending — was « pas compris »: now the reason is given and the same
 * question asked again; the answer typed next goes on, nothing entered lost. « oui pourquoi pas » is a yes.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { CHANNELS, fr, offered, textBefore } from '../support/prompts';
import { demarcheChat } from '../support/demarches';
import { ROOT, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** A chat joined to Carrières-sous-Poissy on Wednesday 18 November 2026. */
const chat = (channelId: string) => demarcheChat(chats, { channelId });

const sms = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms');
/** The read-back's question as the channel asks it (shorter by SMS). */
const confirm = (channelId: string) => (channelId === 'sms' ? sms['demarche.confirm'] : undefined) ?? fr['demarche.confirm'] ?? '<missing>';
const requests = (c: Chat) => c.core.db.$client.prepare('select kind from requests').all();

describe.each(CHANNELS)('« pourquoi ? » at a démarche\'s closed question (%s)', (channelId) => {
  it.each(['pourquoi ?', 'pourqoi', 'c pour quoi', 'ça sert à quoi ?'])('« %s » at the census\'s offer: the reason, the offer again, then « oui » starts the request', async (why) => {
    const c = await chat(channelId);
    await c.say('recensement citoyen');
    const offer = await c.say('15/11/2010');
    const replies = await c.say(why);
    expect(c.text(replies)).toContain(textBefore('census.why.offer'));
    expect(c.text(replies)).toContain(fr['census.offer']);
    expect(offered(replies)).toEqual(offered(offer));
    // The birth day given before is kept: the request asks the name next.
    expect(c.text(await c.say('oui'))).toContain(fr['demarche.citizen_census.ask.lastName']);
  });

  it('« pourquoi ? » at the census\'s birth date: the reason, the date asked again, then the date typed is read', async () => {
    const c = await chat(channelId);
    await c.say('recensement citoyen');
    const why = c.text(await c.say('pourquoi ?'));
    expect(why).toContain(textBefore('census.why.birth'));
    expect(why).toContain(fr['census.askBirth']);
    // The question alone, not the introduction again.
    expect(why).not.toContain(fr['census.intro']);
    expect(c.text(await c.say('15/11/2010'))).toContain(fr['census.offer']);
  });

  it('« oui pourquoi pas » at the census\'s offer is a yes', async () => {
    const c = await chat(channelId);
    await c.say('recensement citoyen');
    await c.say('15/11/2010');
    const replies = c.text(await c.say('oui pourquoi pas'));
    expect(replies).not.toContain(textBefore('census.why.offer'));
    expect(replies).toContain(fr['demarche.citizen_census.ask.lastName']);
  });

  it('a livret de famille\'s yes/no questions say why, and the answers go on', async () => {
    const c = await chat(channelId);
    await c.say('je voudrais un duplicata du livret de famille');
    await c.say('Perte, vol ou destruction');
    const holder = c.text(await c.say('pourquoi ?'));
    expect(holder).toContain(textBefore('demarche.family_booklet.why.holder'));
    expect(holder).toContain(fr['demarche.family_booklet.ask.holder']);
    await c.say('oui');
    const livesHere = c.text(await c.say('pk'));
    expect(livesHere).toContain(textBefore('demarche.family_booklet.why.livesHere'));
    expect(livesHere).toContain(textBefore('demarche.family_booklet.ask.livesHere'));
    expect(c.text(await c.say('oui'))).toContain(fr['demarche.family_booklet.ask.lastName']);
  });

  it('the electoral roll\'s choices say why', async () => {
    const c = await chat(channelId);
    await c.say('je voudrais m\'inscrire sur les listes électorales');
    const nationality = c.text(await c.say('c pour quoi ?'));
    expect(nationality).toContain(textBefore('demarche.electoral_roll.why.nationality'));
    expect(nationality).toContain(fr['demarche.electoral_roll.ask.nationality']);
  });

  it('the read-back before sending says why; « oui » next sends the request', async () => {
    const c = await chat(channelId);
    await c.say('recensement citoyen');
    await c.say('15/11/2010');
    await c.say('oui');
    let last = '';
    for (const a of ['Durand', 'Léa Marie', 'Poissy (78)', 'Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']) last = c.text(await c.say(a));
    // The papers: at the counter (by SMS they are not asked).
    for (let i = 0; i < 3 && !last.includes(confirm(channelId)); i++) last = c.text(await c.say('au guichet'));
    expect(last).toContain(confirm(channelId));
    const why = c.text(await c.say('pourquoi ?'));
    expect(why).toContain(textBefore('demarche.why.confirm'));
    expect(why).toContain(confirm(channelId));
    expect(requests(c)).toHaveLength(0);
    await c.say('oui');
    expect(requests(c)).toMatchObject([{ kind: 'citizen_census' }]);
  });

  it('a civil act\'s read-back says why; « oui » next sends the request', async () => {
    const c = await chat(channelId);
    let last = '';
    for (const a of ['acte de naissance', 'Extrait avec filiation', "C'est moi", 'Carrières-sous-Poissy', 'Sow', 'Moussa', '12/05/1990', 'Aminata Sow et Ibrahima Sow', 'moussa.sow@example.org', '4 allée des Tilleuls 78955 Carrières-sous-Poissy']) last = c.text(await c.say(a));
    expect(last).toContain(fr['createAccount.confirm']);
    const why = c.text(await c.say('pourqoi ?'));
    expect(why).toContain(textBefore('demarche.why.confirm'));
    expect(why).toContain(fr['createAccount.confirm']);
    expect(requests(c)).toHaveLength(0);
    await c.say('oui');
    expect(requests(c)).toMatchObject([{ kind: 'civil_status_act' }]);
  });
});
