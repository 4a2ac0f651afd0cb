/**
 * A civil-status act's open questions, answered with what belongs elsewhere in the request: a bare « ok » says
 * what is awaited (never the question again alone); « non pas de mail » at the parents' question is kept for the
 * e-mail question (not asked again, the request made without an e-mail); « non en fait c'est un acte de mariage »
 * changes the act of the request under way (one request, the person kept, the event's place and day asked again);
 * « copie intégrale » at the death's place question is the form (never « not a commune »). Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { runningValue } from '../support/dialogStack';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Row = { data: string; requester_email: string };
const requests = (c: Chat) => (c.core.db.$client.prepare('select requester_email, data from requests').all() as Row[]).map((r) => ({ email: r.requester_email, data: JSON.parse(r.data) as Record<string, unknown> }));

async function chat(channelId: string, ...answers: string[]): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of answers) await c.say(m);
  return c;
}

const tOf = (c: Chat, channel: string) => c.core.texts.for('fr', false, channel === 'sms');
const OWN_BIRTH = ['acte de naissance', 'copie intégrale', "c'est moi", 'ici'];

describe('a bare « ok » at an act’s open question', () => {
  // The awaited sentence gives the question's guidance: said instead of the question (it was both, 2 SMS segments at the parents).
  it.each(table<[string[], string, string, string, unknown]>([
    ['the last name', OWN_BIRTH, 'ok', 'civilAct.awaited.lastName', 'Dupont', expect.stringMatching(/^dupont$/i)],
    ['the day', [...OWN_BIRTH, 'Dupont', 'Marie'], 'ok', 'civilAct.awaited.eventDay', '12/03/1990', '1990-03-12'],
    ['the parents', [...OWN_BIRTH, 'Dupont', 'Marie', '12/03/1990'], 'ok', 'civilAct.awaited.parents', 'Jean Dupont et Anne Martin', 'Jean Dupont et Anne Martin'],
    ['the parents', [...OWN_BIRTH, 'Dupont', 'Marie', '12/03/1990'], 'oui', 'civilAct.awaited.parents', 'Jean Dupont et Anne Martin', 'Jean Dupont et Anne Martin'],
    ['the e-mail', [...OWN_BIRTH, 'Dupont', 'Marie', '12/03/1990', 'Jean Dupont et Anne Martin'], 'ok', 'civilAct.awaited.email', 'marie@example.org', 'marie@example.org'],
  ]))('%s: at %s, « %s » says what is awaited once, the question stays; the next answer is taken', async (channel, _at, before, ack, awaited, answer, kept) => {
    const c = await chat(channel, ...before);
    const t = tOf(c, channel);
    const asked = runningValue(c, 'asked');
    const said = c.text(await c.say(ack));
    expect(said).toBe(t(awaited));
    expect(runningValue(c, 'asked')).toBe(asked);
    await c.say(answer);
    expect(runningValue(c, 'draft')).toMatchObject({ [asked as string]: kept });
  });

  it.each(table([['ok']]))('%s: at the address, « %s » says what is awaited once; the address next is taken', async (channel, ack) => {
    const c = await chat(channel, ...OWN_BIRTH, 'Dupont', 'Marie', '12/03/1990', 'Jean Dupont et Anne Martin', 'marie@example.org');
    const t = tOf(c, channel);
    expect(c.text(await c.say(ack))).toBe(t('civilAct.awaited.address'));
    await c.say('3 rue des Lilas 78955 Carrières-sous-Poissy');
    await c.say('oui');
    expect(requests(c)).toEqual([expect.objectContaining({ email: 'marie@example.org' })]);
  });
});

describe('« pas de mail » said at the parents’ question', () => {
  it.each(table([['non pas de mail'], ["j'ai pas d'email"]]))('%s: « %s »: kept, the parents asked again, the e-mail never asked; the request is made without one', async (channel, none) => {
    const c = await chat(channel, ...OWN_BIRTH, 'Dupont', 'Marie', '12/03/1990');
    const t = tOf(c, channel);
    const kept = c.text(await c.say(none));
    expect(kept).toContain(t('civilAct.noEmailKept'));
    expect(kept).toContain(t('civilAct.askSelf.parents'));
    const next = c.text(await c.say('Jean Dupont et Anne Martin'));
    expect(next).not.toContain(t('civilAct.ask.email'));
    for (const m of ['non', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(requests(c)).toEqual([{ email: '', data: expect.objectContaining({ parents: 'Jean Dupont et Anne Martin', lastName: expect.stringMatching(/dupont/i) }) }]);
  });
});

describe('another act said in the middle of a birth act’s request', () => {
  it.each(table([["non en fait c'est un acte de mariage"], ['en fait je veux plutot un acte de mariage']]))('%s: « %s »: the same request becomes a marriage act, the name kept, the place and day asked again', async (channel, said) => {
    const c = await chat(channel, ...OWN_BIRTH, 'Dupont');
    const t = tOf(c, channel);
    const changed = c.text(await c.say(said));
    expect(changed).toContain(t('civilAct.kindChanged', { kind: t('civilAct.kind.marriage') }));
    expect(changed).toContain(t('civilAct.ask.place', { event: t('civilAct.event.marriage') }));
    for (const m of ['ici', 'Marie', '20/06/2015', 'marie@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    const made = requests(c);
    expect(made).toHaveLength(1);
    expect(made[0]?.data).toMatchObject({ kind: 'marriage', format: 'full_copy', relation: 'self', lastName: expect.stringMatching(/dupont/i), eventDay: '2015-06-20' });
    expect(made[0]?.data.parents).toBeUndefined();
  });
});

describe('the form named at a death act’s place question', () => {
  it.each(table([['copie intégrale'], ['copie integrale'], ['un extrait']]))('%s: « %s »: the only form said, the place asked again, never « not a commune »; the place then kept', async (channel, form) => {
    const c = await chat(channel, 'acte de décès');
    const t = tOf(c, channel);
    const said = c.text(await c.say(form));
    expect(said).toContain(t('civilAct.onlyForm', { format: t('civilAct.format.full_copy') }));
    expect(said).not.toContain(t('civilAct.bad.place', { commune: 'Carrières-sous-Poissy' }).slice(0, 25));
    expect(c.text(await c.say('ici'))).toContain(t('civilAct.ask.lastName'));
  });
});
