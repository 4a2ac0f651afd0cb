/**
 * A question asked aside at the place of a civil-status act's request, the form chosen (« c quoi la difference »,
 * « c'est quoi un extrait avec filiation ? », « pourquoi ? »): answered in place (the forms explained with the one
 * chosen, or why the commune is asked), the place asked again, nothing lost; then « copie intégrale » changes the form.
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
  for (const m of ["je voudrais un extrait d'acte de naissance", 'pour moi', 'avec filiation']) await c.say(m);
  return { c, t: c.core.texts.for('fr', false, channel === 'sms') };
}

const rest = ['Durand', 'Léa', '03/03/1990', 'Jean Durand et Anne Martin', 'lea@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui'];

describe('a question aside at the place of an act', () => {
  it.each(table([['c quoi la difference'], ["c'est quoi un extrait avec filiation ?"], ['quelle différence avec la copie intégrale ?']]))('%s: « %s » explains the forms, the place asked again', async (channel, said) => {
    const { c, t } = await chat(channel);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('civilAct.formHelp.general'));
    expect(reply).toContain(t('civilAct.ask.place', { event: t('civilAct.event.birth') }));
    expect(reply).not.toContain(t('civilAct.bad.place', { commune: 'Carrières-sous-Poissy' }));
    for (const m of ['Carrières-sous-Poissy', ...rest]) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', format: 'extract_with_parents', place: 'Carrières-sous-Poissy', eventDay: '1990-03-03' })]);
  });

  it.each(table([['pourquoi ?'], ['pourquoi vous demandez la commune']]))('%s: « %s » says why the commune is asked', async (channel, said) => {
    const { c, t } = await chat(channel);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('civilAct.why.place'));
    expect(reply).toContain(t('civilAct.ask.place', { event: t('civilAct.event.birth') }));
  });
});
