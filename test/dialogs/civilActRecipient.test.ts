/**
 * The name on the envelope of an act sent by post: asked (« À quel nom envoyer l'acte ? ») when the
 * act is someone else's — a death record, a parent's request for their child's birth extract — read
 * back and kept in the request's data (`recipient`); for the resident's own act, the person's name.
 * « c'est moi », « à mon nom » without an account: the resident's name asked for (`civilAct.recipientOwn`), never
 * kept as a name; « oui » is not a name: said so, asked again. Web Chat and SMS.
 */
import { runningValue } from '../support/dialogStack';
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = (channelId: string): Promise<Chat> => demarcheChat(chats, { channelId });

const stored = storedRequests;
const ADDRESS = '3 rue de la Gare 78955 Carrières-sous-Poissy';
const ASK = fr['civilAct.ask.recipient'] ?? '?';

describe('the name on the envelope', () => {
  it.each(table([['Sophie Martin']]))('%s: a death record for Robert MARTIN: the name is asked after the address, read back, stored (« %s »)', async (channel, name) => {
    const c = await chat(channel);
    for (const a of ['acte de décès', 'Carrières-sous-Poissy', 'MARTIN', 'Robert', '03/11/2025', 'non', 'non']) await c.say(a);
    expect(c.text(await c.say(ADDRESS))).toContain(ASK);
    // A bare « oui » is heard as « ok »: what the question awaits is said in its place (closingAside.ts), the question still asked.
    const bad = c.text(await c.say('oui'));
    expect(bad).toContain(fr['civilAct.awaited.recipient']);
    expect(bad).not.toContain(ASK);
    expect(runningValue(c, 'asked')).toBe('recipient');
    expect(c.text(await c.say(name))).toContain(textBefore('civilAct.recapRecipient'));
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: 'MARTIN', address: ADDRESS, recipient: 'Sophie Martin' })]);
  });

  it.each(table([["c'est moi"], ['à mon nom'], ['a mon nom svp'], ['moi-même']]))('%s: « %s » without an account: the resident\'s name asked, the name given stored', async (channel, own) => {
    const c = await chat(channel);
    for (const a of ['acte de décès', 'Carrières-sous-Poissy', 'MARTIN', 'Robert', '03/11/2025', 'non', 'non', ADDRESS]) await c.say(a);
    const asked = c.text(await c.say(own));
    expect(asked).toContain(fr['civilAct.recipientOwn']);
    expect(asked).not.toContain(textBefore('civilAct.recapRecipient'));
    expect(c.text(await c.say('Sophie Martin'))).toContain(textBefore('civilAct.recapRecipient'));
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: 'MARTIN', recipient: 'Sophie Martin' })]);
  });

  it.each(table([['moi aminata diallo et mon mari ibrahim diallo', 'Aminata DIALLO'], ['Moi, Aminata Diallo, et Ibrahim Diallo', 'Aminata Diallo']]))('%s: the resident named at the parents (« %s »), « à mon nom » sends it to them (« %s »)', async (channel, parents, filed) => {
    const c = await chat(channel);
    for (const a of ['acte de naissance de mon fils', 'Carrières-sous-Poissy', '1', 'DIALLO', 'Moussa', '12/03/2015', parents, 'non', 'non', ADDRESS]) await c.say(a);
    expect(c.text(await c.say('à mon nom'))).toContain(textBefore('civilAct.recapRecipient'));
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: 'DIALLO', recipient: filed })]);
  });

  it.each(table([['moi et mon mari ibrahim diallo']]))('%s: « %s » names no one for the envelope: « à mon nom » asks the name', async (channel, parents) => {
    const c = await chat(channel);
    for (const a of ['acte de naissance de mon fils', 'Carrières-sous-Poissy', '1', 'DIALLO', 'Moussa', '12/03/2015', parents, 'non', 'non', ADDRESS]) await c.say(a);
    expect(c.text(await c.say('à mon nom'))).toContain(fr['civilAct.recipientOwn']);
  });

  it.each(table([['sophie martin', 'Sophie MARTIN'], ['martin sophie', 'Sophie MARTIN'], ['Sophie Martin', 'Sophie Martin']]))('%s: « %s » is stored as filed (« %s »), never all in capitals', async (channel, name, filed) => {
    const c = await chat(channel);
    for (const a of ['acte de décès', 'Carrières-sous-Poissy', 'MARTIN', 'Robert', '03/11/2025', 'non', 'non', ADDRESS, name]) await c.say(a);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ recipient: filed })]);
  });

  it.each(table([['non le destinataire c est paul martin']]))('%s: « %s » at the read-back: the envelope\'s name corrected as filed', async (channel, fix) => {
    const c = await chat(channel);
    for (const a of ['acte de décès', 'Carrières-sous-Poissy', 'MARTIN', 'Robert', '03/11/2025', 'non', 'non', ADDRESS, 'Sophie Martin']) await c.say(a);
    await c.say(fix);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ recipient: 'Paul MARTIN' })]);
  });

  it.each(table([['Françoise Durand']]))('%s: a parent asks their child\'s birth extract: the name on the envelope is asked and stored (« %s »)', async (channel, name) => {
    const c = await chat(channel);
    for (const a of ['je voudrais un acte de naissance', 'Extrait avec filiation', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'Françoise Durand et Marc Durand', 'francoise@example.org']) await c.say(a);
    expect(c.text(await c.say(ADDRESS))).toContain(ASK);
    await c.say(name);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ relation: 'ascendant', recipient: 'Françoise Durand' })]);
  });

  it.each(table([["non le nom sur l'enveloppe c'est moi"], ['non, à mon nom le destinataire']]))('%s: « %s » at the read-back: the envelope\'s name asked for, who asks unchanged', async (channel, fix) => {
    const c = await chat(channel);
    for (const a of ['je voudrais un acte de naissance', 'Extrait avec filiation', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'Françoise Durand et Marc Durand', 'francoise@example.org', ADDRESS, 'Marc Durand']) await c.say(a);
    expect(c.text(await c.say(fix))).toContain(fr['civilAct.recipientOwn']);
    await c.say('Françoise Durand');
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ relation: 'ascendant', recipient: 'Françoise Durand' })]);
  });

  it.each(table([['c est moi']]))('%s: one\'s own act (« %s »): not asked, the person\'s name is the recipient', async (channel, self) => {
    const c = await chat(channel);
    for (const a of ['je voudrais un acte de naissance', 'Extrait avec filiation', self, 'Carrières-sous-Poissy', 'Durand', 'Françoise', '14/03/1980', 'Jeanne Durand et Paul Durand', 'francoise@example.org']) await c.say(a);
    expect(c.text(await c.say(ADDRESS))).not.toContain(ASK);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ relation: 'self', recipient: 'Françoise DURAND' })]);
  });
});
