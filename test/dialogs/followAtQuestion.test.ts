/**
 * A request followed at a task's question (« suivre CLV-2026-000001 », « où en est ma demande
 * CSP-2026-000002 ? », the reference alone): the task is put aside with what was entered, the
 * request is followed (its e-mail asked), and « reprendre » brings the task's question back.
 * Web Chat and SMS; each row asserts the questions asked by their locale keys.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channel: string, commune: string) {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune });
  return { c, t: c.core.texts.for('fr', false, channel === 'sms') };
}

describe('a request followed at a question', () => {
  it.each(table([
    ['suivre CLV-2026-000001', 'CLV-2026-000001'],
    ['où en est ma demande CSP-2026-000002 ?', 'CSP-2026-000002'],
    ['CSP-2026-000003', 'CSP-2026-000003'],
  ]))('%s: « %s » at the census birth question follows that request, then the census comes back', async (channel, phrasing, reference) => {
    const { c, t } = await chat(channel, 'chanteloup-les-vignes');
    expect(c.text(await c.say('recensement'))).toContain(t('census.askBirth'));
    const followed = c.text(await c.say(phrasing));
    expect(followed).not.toContain(t('civilAct.bad.eventDay'));
    expect(followed).toContain(t('follow.askEmail', { reference }));
    expect(c.text(await c.say('lea@example.org'))).toContain(t('follow.notFoundAgain'));
    expect(c.text(await c.say('reprendre'))).toContain(t('census.askBirth'));
  });

  it.each(table([['où en est ma demande CSP-2026-000002 ?'], ['suivre CSP-2026-000002']]))('%s: « %s » at the town of a death act follows the request; the act keeps its answers', async (channel, phrasing) => {
    const { c, t } = await chat(channel, 'carrieres-sous-poissy');
    await c.say('acte de décès');
    await c.say('Copie intégrale');
    const place = c.text(await c.say('Son conjoint'));
    expect(place).toContain(t('civilAct.ask.place', { event: t('civilAct.event.death') }));
    const followed = c.text(await c.say(phrasing));
    expect(followed).not.toContain(t('civilAct.bad.place', { commune: 'Carrières-sous-Poissy' }));
    expect(followed).toContain(t('follow.askEmail', { reference: 'CSP-2026-000002' }));
    await c.say('lea@example.org');
    expect(c.text(await c.say('reprendre'))).toContain(t('civilAct.ask.place', { event: t('civilAct.event.death') }));
    for (const a of ['Carrières-sous-Poissy', 'Durand', 'Paul', '12/10/2026', 'Jean Durand et Anne Durand', 'lea@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(a);
    const rows = c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>;
    expect(rows.map((r) => JSON.parse(r.data) as Record<string, unknown>)).toEqual([expect.objectContaining({ kind: 'death', format: 'full_copy', lastName: 'Durand', place: 'Carrières-sous-Poissy' })]);
  });
});
