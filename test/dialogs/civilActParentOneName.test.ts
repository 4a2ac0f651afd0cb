/**
 * A parent known by one name only at the parents' question of an act (« Fatima », « ma mère s'appelle Benali »): read back
 * for a yes (« Nous noterons « Fatima », sans nom de famille. C'est bien ça ? »), never refused as « not two names »;
 * « oui » keeps it and the e-mail is asked next; « non » asks the names again; the full names typed then are kept.
 * A town (« Poissy ») is still refused. Web Chat and SMS; the stored request checked.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat) => (c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Record<string, unknown>);

/** The parents' question (8 turns), reached through its turns on each channel's first row, then from a copy (test/support/reachedCopy.ts). */
const parentsAsked = reachedOnce(async (channel, cs) => {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  cs.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  let asked: Awaited<ReturnType<Chat['say']>> = [];
  for (const m of ["je voudrais un extrait d'acte de naissance", 'pour moi', 'avec filiation', 'Carrières-sous-Poissy', 'Durand', 'Léa', '03/03/1990']) asked = await c.say(m);
  return { c, asked };
});

async function atParents(channel: string) {
  const { c } = await parentsAsked(channel, chats);
  return { c, t: c.core.texts.for('fr', false, channel === 'sms') };
}

const rest = ['lea@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui'];

describe('a parent known by one name', () => {
  it.each(table([['Fatima', 'Fatima'], ['fatima', 'Fatima'], ["ma mère s'appelle Benali", 'Mère : Benali'], ["mon pere c'est karim", 'Père : Karim']]))(
    '%s: « %s » read back, « oui » keeps %s',
    async (channel, said, kept) => {
      const { c, t } = await atParents(channel);
      expect(c.text(await c.say(said))).toContain(t('civilAct.parentOneConfirm', { name: kept }));
      expect(c.text(await c.say('oui'))).toContain(t('civilAct.ask.email'));
      for (const m of rest) await c.say(m);
      expect(stored(c)).toEqual([expect.objectContaining({ parents: kept, lastName: 'Durand' })]);
    },
  );

  it.each(table([['Fatima']]))('%s: « %s » then « non »: the names asked again, the full names kept', async (channel, said) => {
    const { c, t } = await atParents(channel);
    await c.say(said);
    expect(c.text(await c.say('non'))).toContain(t('civilAct.bad.parentsTown'));
    expect(c.text(await c.say('Fatima Benali et Karim Benali'))).toContain(t('civilAct.ask.email'));
    for (const m of rest) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ parents: 'Fatima Benali et Karim Benali' })]);
  });

  it.each(table([['décédés'], ['aucun'], ['orphelin'], ['X']]))('%s: « %s », said of the parents, is no name: asked again, never kept', async (channel, said) => {
    const { c, t } = await atParents(channel);
    await c.say(said);
    await c.say('oui');
    expect(c.text(await c.say('Fatima Benali et Karim Benali'))).toContain(t('civilAct.ask.email'));
    for (const m of rest) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ parents: 'Fatima Benali et Karim Benali' })]);
  });

  it.each(table([['Poissy'], ['Carrières']]))('%s: « %s », a town, is still refused', async (channel, said) => {
    const { c, t } = await atParents(channel);
    expect(c.text(await c.say(said))).toContain(t('civilAct.bad.parentsPlace'));
  });

  it.each(table([['Paris'], ['Maroc'], ['marseille'], ['Yvelines'], ['Casablanca']]))('%s: « %s », a big town, a department or a country, is no name: asked again as a town, never kept', async (channel, said) => {
    const { c, t } = await atParents(channel);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('civilAct.bad.parentsPlace'));
    expect(reply).not.toContain(t('civilAct.parentOneConfirm', { name: said.charAt(0).toUpperCase() + said.slice(1) }));
    await c.say('oui');
    expect(c.text(await c.say('Fatima Benali et Karim Benali'))).toContain(t('civilAct.ask.email'));
    for (const m of rest) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ parents: 'Fatima Benali et Karim Benali' })]);
  });
});
