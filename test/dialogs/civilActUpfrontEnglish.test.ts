/**
 * An act asked in English with its details in the same message (« a death certificate for my father, he died here »,
 * « my birth certificate, born in Carrieres on 12/03/1990 »): who asks, the place and the day taken as in French, not
 * asked again; « décédé ici » too. The act's own words (« full copy ») typed at the place or the name are neither a
 * town nor a name; « he lived in … » is the last home, as « il habitait … ». Web Chat and SMS; stored data checked.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const en = (c: Chat, channel: string) => c.core.texts.for('en', false, channel === 'sms');
const frOf = (c: Chat, channel: string) => c.core.texts.for('fr', false, channel === 'sms');

describe('an act asked in English, details up front', () => {
  it.each(table([['i need a death certificate for my father, he died last month here']]))('%s: « %s »: the name asked next; who asks and the place stored', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('english');
    expect(c.text(await c.say(said))).toContain(en(c, channel)('civilAct.ask.lastName'));
    // The form named there: the only one for a death, said so (never kept as a name), the name asked again.
    const form = c.text(await c.say('full copy'));
    expect(form).toContain(en(c, channel)('civilAct.onlyForm', { format: en(c, channel)('civilAct.format.full_copy') }));
    expect(form).toContain(en(c, channel)('civilAct.ask.lastName'));
    for (const a of ['MARTIN', 'Robert', '03/11/2026', 'paul@example.org', '3 rue de la Gare 78955 Carrières-sous-Poissy', 'Paul Martin', 'yes']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', relation: 'descendant', place: 'Carrières-sous-Poissy', lastName: 'MARTIN' })]);
  });

  it.each(table([['my birth certificate, born in Carrieres-sous-Poissy on 12/03/1990']]))('%s: « %s »: own act, place and day kept', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('english');
    await c.say(said);
    for (const a of ['Full copy', 'DURAND', 'Inès', 'Jeanne Durand and Paul Durand', 'ines@example.org', '3 rue de la Gare 78955 Carrières-sous-Poissy', 'yes']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'birth', relation: 'self', place: 'Carrières-sous-Poissy', eventDay: '1990-03-12', firstName: 'Inès' })]);
  });

  it.each(table([['acte de décès de mon père décédé ici le 3 novembre 2025']]))('%s: « %s »: here, the name asked next', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    expect(c.text(await c.say(said))).toContain(frOf(c, channel)('civilAct.ask.lastName'));
  });

  it.each(table([['full copy'], ['copie intégrale']]))('%s: « %s » at the place of a death: the form (the only one), never a town', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('acte de décès');
    const t = frOf(c, channel);
    expect(c.text(await c.say(said))).toContain(t('civilAct.onlyForm', { format: t('civilAct.format.full_copy') }));
  });

  it.each(table([['he lived in Carrieres-sous-Poissy']]))('%s: death elsewhere, then « %s »: transcribed here', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('english');
    await c.say('i need a death certificate');
    await c.say('Poissy');
    expect(c.text(await c.say(said))).toContain(en(c, channel)('civilAct.transcribedHere', { commune: 'Carrières-sous-Poissy' }));
  });
});
