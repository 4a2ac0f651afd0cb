/**
 * The place of a birth answered with its day said before it or after a comma (« né le 3 mars 1990 à
 * Carrières-sous-Poissy », « à Carrières, le 3 mars 1990 »): the place and the day are taken, the day said back,
 * the surname asked next. Another day said than the one given up front: the new one said back with the old one,
 * never silently. Another commune with its department (« Carrières sur seine, 78 »): that commune, without « 78 ».
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat) => (c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Record<string, unknown>);

async function chat(channel: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return { c, t: c.core.texts.for('fr', false, channel === 'sms') };
}

const rest = ['Durand', 'Léa', 'Jean Durand et Anne Martin', 'lea@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui'];

describe('the place of a birth said with its day before it', () => {
  it.each(table([['né le 3 mars 1990 à Carrières-sous-Poissy'], ['le 3 mars 1990 à carrieres'], ['à Carrières, le 3 mars 1990'], ['je suis née le 03/03/1990 à Carrières']]))(
    '%s: « %s » takes the place and the day',
    async (channel, said) => {
      const { c, t } = await chat(channel);
      for (const m of ["je voudrais un extrait d'acte de naissance", 'pour moi', 'avec filiation']) await c.say(m);
      const reply = c.text(await c.say(said));
      expect(reply).toContain(t('civilAct.askSelf.lastName'));
      expect(reply).toContain(t('civilAct.dayKeptAhead', { day: '03/03/1990' }));
      for (const m of rest) await c.say(m);
      expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', relation: 'self', place: 'Carrières-sous-Poissy', eventDay: '1990-03-03', lastName: 'Durand' })]);
    },
  );

  it.each(table([['né le 3 mars à Carrières-sous-Poissy']]))('%s: a birth\'s day without its year (« %s ») is not guessed: its date asked, the date given kept', async (channel, said) => {
    const { c, t } = await chat(channel);
    for (const m of ["je voudrais un extrait d'acte de naissance", 'pour mon fils', 'avec filiation']) await c.say(m);
    await c.say(said);
    await c.say('Durand');
    expect(c.text(await c.say('Hugo'))).toContain(t('civilAct.ask.eventDay', { event: t('civilAct.event.birth') }));
    for (const m of ['03/03/2015', ...rest.slice(2, -1), 'Anne Martin', 'oui']) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ place: 'Carrières-sous-Poissy', eventDay: '2015-03-03', firstName: 'Hugo' })]);
  });

  it('another day than the one given up front is said back with the one it replaces', async () => {
    const { c, t } = await chat('webchat');
    await c.say('copie intégrale de mon acte de naissance, je suis née le 2 mars 1990');
    const reply = c.text(await c.say('née le 3 mars 1990 à Carrières-sous-Poissy'));
    expect(reply).toContain(t('civilAct.askSelf.lastName'));
    expect(reply).toContain(t('civilAct.dayChanged', { day: '03/03/1990', before: '02/03/1990' }));
    for (const m of rest) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ place: 'Carrières-sous-Poissy', eventDay: '1990-03-03' })]);
  });

  it.each([['Carrières sur seine, 78', 'Carrières sur seine'], ['à Poissy le 3 mars 1990', 'Poissy']])('« %s »: another commune, named « %s »', async (said, place) => {
    const { c, t } = await chat('webchat');
    for (const m of ["je voudrais un extrait d'acte de naissance", 'pour moi', 'avec filiation']) await c.say(m);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('civilAct.otherCommune', { place, commune: 'Carrières-sous-Poissy' }));
  });
});
