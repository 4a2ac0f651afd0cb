/**
 * The names of an act's person must look like names: a question or a doubt typed instead (« c quoi
 * déjà », « je sais pas », « pourquoi ? ») is never kept as a name; the question is asked again, with
 * why it is needed or where to find it. Web Chat and SMS alike; the request stored has the real names.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Row = { data: string };
const requests = (c: Chat) => c.core.db.$client.prepare('select data from requests').all() as Row[];

async function atLastName(channelId: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of ['acte de décès', 'Carrières-sous-Poissy']) await c.say(m);
  return c;
}

/** The rest of the death act, then « oui »: the names stored. */
async function finish(c: Chat, lastName: string, firstName: string) {
  for (const m of [lastName, firstName, '02/11/2025', 'paul@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(m);
  return JSON.parse(requests(c)[0]?.data ?? '{}');
}

describe('the names of an act\'s person', () => {
  it.each(table([['c quoi deja', 'unsure'], ['je sais pas', 'unsure'], ['jsp', 'unsure'], ['aucune idée', 'unsure'], ['pourquoi ?', 'why'], ['pk', 'why'], ['ça sert à quoi', 'why'], ['quoi ?', 'explain'], ['euh', 'bad']]))(
    '%s: « %s » at the surname is not a name (%s): asked again, then the real one kept',
    async (channel, said, why) => {
      const c = await atLastName(channel);
      const t = c.core.texts.for('fr');
      const reply = c.text(await c.say(said));
      expect(reply).toContain(t(why === 'bad' ? 'civilAct.bad.lastName' : why === 'explain' ? 'names.explained.lastName' : `civilAct.${why}.name`));
      expect(reply).toContain(t('civilAct.ask.lastName'));
      expect(await finish(c, 'Martin', 'Paul')).toMatchObject({ lastName: 'Martin', firstName: 'Paul' });
    },
  );

  it.each(table([['c quoi deja'], ['je sais pas'], ['pourquoi ?']]))('%s: « %s » at the first name is not kept either', async (channel, said) => {
    const c = await atLastName(channel);
    await c.say('Martin');
    expect(c.text(await c.say(said))).toContain(c.core.texts.for('fr')('civilAct.ask.firstName'));
    for (const m of ['Paul', '02/11/2025', 'paul@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(m);
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ lastName: 'Martin', firstName: 'Paul' });
  });

  it.each(table([['Le Goff', 'Le Goff'], ['de la Fontaine', 'de la Fontaine'], ["N'Diaye", "N'Diaye"], ['martin-dubois', 'MARTIN-DUBOIS']]))('%s: « %s » is a name', async (channel, said, kept) => {
    const c = await atLastName(channel);
    expect(await finish(c, said, 'Paul')).toMatchObject({ lastName: kept });
  });

  it.each(table([['je sais pas'], ['aucune idée']]))('%s: « %s » at the parents is « unknown », as the question offers', async (channel, said) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['je voudrais un acte de naissance', 'Copie intégrale', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019']) await c.say(m);
    expect(c.text(await c.say(said))).toContain(c.core.texts.for('fr')('civilAct.ask.email').slice(0, 30));
    for (const m of ['francoise@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(m);
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ parents: c.core.texts.for('fr')('civilAct.parentsUnknown') });
  });

  it('« pourquoi ? » at the parents says why they are asked', async () => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z') });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['je voudrais un acte de naissance', 'Copie intégrale', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019']) await c.say(m);
    const t = c.core.texts.for('fr');
    const reply = c.text(await c.say('pourquoi ?'));
    expect(reply).toContain(t('civilAct.why.parents'));
    expect(reply).toContain(t('civilAct.ask.parents'));
  });

  it.each(table([['Ahmed Haddad et Fatima Haddad'], ['Paul & Marie Martin']]))('%s: two people\'s names « %s » at the first name are not kept as it', async (channel, said) => {
    const c = await atLastName(channel);
    await c.say('Martin');
    expect(c.text(await c.say(said))).toContain(c.core.texts.for('fr')('civilAct.ask.firstName'));
    for (const m of ['Paul', '02/11/2025', 'paul@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(m);
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ lastName: 'Martin', firstName: 'Paul' });
  });
});
