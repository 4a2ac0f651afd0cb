/**
 * Another topic at a task's question, on Web Chat and by SMS: a request for another task starts
 * it (its first question or its sign-in) with the task paused, and « reprendre » asks the paused
 * question again, the request sent at the end carrying the answers given before the pause; a
 * practical question is answered from the commune's configuration and the question asked again;
 * the question’s own answers are still taken as answers; « reprendre » with nothing paused says so.
 */
import type { Activity } from 'botbuilder';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';
import { CHANNELS, fr, labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
type Replies = Partial<Activity>[];

/** A prompt of a task: how to get there, and how to finish the task from there with the prompt's answer. */
interface At {
  reach(c: Chat): Promise<Replies>;
  answer: string;
  finish(c: Chat, replies: Replies): Promise<void>;
  /** What the task stored, with the answers given before the pause and at the prompt. */
  stored(c: Chat): Promise<unknown>;
  expected: unknown;
}

const requestData = (c: Chat) => c.core.db.$client.prepare('select kind, data from requests').all().map((r) => ({ ...(r as { kind: string }), data: JSON.parse((r as { data: string }).data) }));
const say = async (c: Chat, ...messages: string[]) => {
  let last: Replies = [];
  for (const m of messages) last = await c.say(m);
  return last;
};
/** The voter flow's last questions: the papers (Web Chat only) until the read-back, then « oui ». */
async function sendVoter(c: Chat, replies: Replies) {
  let r = replies;
  for (let i = 0; i < 3 && !offered(r).includes(fr['demarche.yes'] as string); i++) r = await c.say('au guichet');
  await c.say('oui');
}

const PROMPTS: Record<string, At> = {
  'the civil act read-back (yes/no)': {
    reach: (c) => say(c, 'acte de naissance', 'Copie intégrale', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'Françoise Durand et Marc Durand', 'francoise@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'Françoise Durand'),
    answer: 'oui',
    finish: async () => undefined,
    stored: async (c) => requestData(c).map((r) => [r.kind, r.data.relation, r.data.eventDay]),
    expected: [['civil_status_act', 'ascendant', '2019-03-14']],
  },
  'the name question of « Créer mon espace »': {
    reach: (c) => say(c, 'Créer mon espace', 'Madame'),
    answer: 'Durand',
    finish: async (c) => void (await say(c, 'Julie', 'julie.durand@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui')),
    stored: async (c) => {
      const a = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'julie.durand@example.org');
      return a && [a.civility, a.lastName];
    },
    expected: ['madame', 'Durand'],
  },
  'the « voter » tie question': {
    reach: (c) => say(c, 'je veux voter', 'Française'),
    answer: "J'y habite",
    finish: async (c) => sendVoter(c, await say(c, 'Bernard', 'Julie', '03/02/1995', 'julie@example.org', '3 rue Verte 78955')),
    stored: async (c) => requestData(c).map((r) => [r.kind, r.data.nationality, r.data.tie, r.data.lastName]),
    expected: [['electoral_roll', 'french', 'lives', 'Bernard']],
  },
  'the « voter » birth date question': {
    reach: (c) => say(c, 'je veux voter', 'Française', "J'y habite", 'Bernard', 'Julie'),
    answer: '3 février 1995',
    finish: async (c) => sendVoter(c, await say(c, 'julie@example.org', '3 rue Verte 78955')),
    stored: async (c) => requestData(c).map((r) => [r.kind, r.data.lastName, r.data.birthDay]),
    expected: [['electoral_roll', 'Bernard', '1995-02-03']],
  },
};

async function at(channelId: string, name: string) {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  const prompt = PROMPTS[name] as At;
  const asked = await prompt.reach(c);
  return { c, prompt, asked, question: offered(asked).length ? offered(asked) : (asked.at(-1)?.text ?? '').split('\n').at(-1) };
}
/** The same question again: the same options, or the same last line. */
const again = (replies: Replies, question: string[] | string | undefined) =>
  Array.isArray(question) ? expect(offered(replies)).toEqual(question) : expect((replies.at(-1)?.text ?? '').split('\n').at(-1)).toBe(question);

/** Each task request and what shows it started: a text of its own (its sign-in) or its options. */
const start = (key: string) => (replies: Replies) => expect(replies.map((r) => r.text ?? '').join('\n')).toContain((fr[key] as string).split('{{')[0]);
/** A text of its own, in its usual or its SMS version (« Il faut être connecté… » by SMS). */
const smsTexts = { ...fr, ...readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms') };
const either = (key: string) => (replies: Replies) => {
  const said = replies.map((r) => r.text ?? '').join('\n');
  expect([fr, smsTexts].some((texts) => said.includes((texts[key] as string).split('{{')[0]!))).toBe(true);
};
const REQUESTS: Array<[string, (r: Replies) => void]> = [
  ['signaler une absence', start('absence.signInFirst')],
  ['mes factures', start('invoices.signInFirst')],
  ['Mes factures', start('invoices.signInFirst')],
  ['réserver la cantine', either('booking.signInFirst')],
  ['Réserver ou annuler', either('booking.signInFirst')],
  ['Créer mon espace', (r) => expect(offered(r)).toEqual(labels('civility.madame', 'civility.monsieur'))],
  // The démarches' list is offered (its words differ by channel; its items do not).
  ['Démarches sans compte', (r) => expect(offered(r)).toContain(fr['demarches.item.civil_status_act'])],
];
const CASES = Object.keys(PROMPTS).flatMap((p) => REQUESTS.filter(([request]) => !(p.includes('Créer mon espace') && request === 'Créer mon espace')).map(([request, check]) => [p, request, check] as [string, string, (r: Replies) => void]));

describe('another task asked at a question', () => {
  it.each(table(CASES.map(([p, request, check]) => [request, p, check])))('%s: « %s » at %s starts it; « reprendre » comes back with the answers kept', async (channel, request, name, check) => {
    const { c, prompt, question } = await at(channel, name as string);
    (check as (r: Replies) => void)(await c.say(request));
    again(await c.say('reprendre'), question);
    await prompt.finish(c, await c.say(prompt.answer));
    expect(await prompt.stored(c)).toEqual(prompt.expected);
  });

  it.each(table([['annuler'], ['menu']]))('%s: after « %s » in the other task, the return is offered and « oui » takes it', async (channel, leave) => {
    const { c, prompt, question } = await at(channel, 'the « voter » tie question');
    await c.say('signaler une absence');
    expect(c.text(await c.say(leave))).toContain((fr['topics.offer'] as string).split('{{')[0]);
    again(await c.say('oui'), question);
    await prompt.finish(c, await c.say(prompt.answer));
    expect(await prompt.stored(c)).toEqual(prompt.expected);
  });
});

describe('« menu » at a question', () => {
  it.each(CHANNELS)('%s: the task is put aside, not thrown away; « reprendre » asks its question again and the answers reach the request', async (channel) => {
    const { c, prompt, question } = await at(channel, 'the « voter » tie question');
    expect(c.text(await c.say('menu'))).toContain((fr['topics.paused'] as string).split('{{')[0]);
    const back = await c.say('reprendre');
    expect(c.text(back)).toContain((fr['topics.resumed'] as string).split('{{')[0]);
    again(back, question);
    await prompt.finish(c, await c.say(prompt.answer));
    expect(await prompt.stored(c)).toEqual(prompt.expected);
  });
});

describe('asking for time at the menu', () => {
  it.each(table([['ok'], ['👍'], ['👍🏽'], ['bon ok'], ['ok ca marche'], ['ah d accord']]))('%s: « %s » after an answer: heard, the whole menu not sent again', async (channel, said) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('rien');
    const replies = c.text(await c.say(said));
    expect(replies).toContain(fr['topics.waitMenu']);
    expect(replies).not.toContain(fr['menu.notUnderstood']);
    expect(replies).not.toContain(labels('menu.item.info')[0]);
  });

  it.each(table([['un instant'], ['att je cherche'], ['ok'], ['👍'], ['👍🏽']]))('%s: « %s » starts nothing: the menu waits, and the next request is taken', async (channel, said) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const replies = c.text(await c.say(said));
    expect(replies).toContain(fr['topics.waitMenu']);
    expect(replies).not.toContain((fr['invoices.signInFirst'] as string).split('{{')[0]);
    expect(replies).not.toContain((fr['signIn.askEmail'] as string).split('{{')[0]);
    expect(c.text(await c.say('signaler une absence'))).toContain((fr['absence.signInFirst'] as string).split('{{')[0]);
  });
});

describe('several tasks paused', () => {
  it.each(CHANNELS)('%s: two tasks paused in turn are each offered back, the latest first, with their answers kept', async (channel) => {
    const { c, question } = await at(channel, 'the « voter » birth date question');
    // The voter task paused for « Créer mon espace », which is paused in its turn at its name question.
    await c.say('Créer mon espace');
    const name = await c.say('Madame');
    await c.say('signaler une absence');
    // Leaving the absence offers « Créer mon espace » back first: its name question again.
    expect(c.text(await c.say('annuler'))).toContain((fr['topics.offer'] as string).split('{{')[0]);
    again(await c.say('oui'), (name.at(-1)?.text ?? '').split('\n').at(-1));
    // Leaving it in turn offers the voter task: its birth date question, its answers kept.
    expect(c.text(await c.say('annuler'))).toContain((fr['topics.offer'] as string).split('{{')[0]);
    again(await c.say('oui'), question);
    await c.say('3 février 1995');
    await sendVoter(c, await say(c, 'julie@example.org', '3 rue Verte 78955'));
    expect(requestData(c).map((r) => [r.kind, r.data.lastName, r.data.birthDay])).toEqual([['electoral_roll', 'Bernard', '1995-02-03']]);
  });
});

async function commune(c: Chat) {
  const found = await c.core.service.findCommune('carrieres-sous-poissy');
  const mairie = found?.services.find((s) => s.code === 'mairie');
  const regie = found?.services.find((s) => s.code === 'regie');
  // Wednesday 18 November 2026, 15:00 in Paris: open until the mairie's last closing time that day.
  const closing = (mairie?.hours as Record<string, string[][]> | undefined)?.wed?.at(-1)?.[1]?.replace(':', ' h ');
  return { hours: closing, address: mairie?.address, phone: mairie?.phone, regiePhone: regie?.phone };
}
const QUESTIONS: Array<[string, 'hours' | 'address' | 'phone' | 'regiePhone']> = [
  ["c'est ouvert ?", 'hours'], ['horaires de la mairie', 'hours'], ['où se trouve la mairie', 'address'],
  ['quel est le numéro de la mairie ?', 'phone'], ['Est-ce que la régie prend la carte bleue ?', 'regiePhone'],
];

describe('a practical question asked at a question', () => {
  const rows = Object.keys(PROMPTS).flatMap((p) => QUESTIONS.map(([q, data]) => [q, p, data] as [string, string, string]));
  it.each(table(rows))('%s: « %s » at %s is answered, then the question is asked again and answered', async (channel, asked, name, data) => {
    const { c, prompt, question } = await at(channel, name as string);
    const replies = await c.say(asked);
    const expected = (await commune(c))[data as 'hours'];
    expect(expected).toBeTruthy();
    expect(c.text(replies)).toContain(expected);
    again(replies, question);
    await prompt.finish(c, await c.say(prompt.answer));
    expect(await prompt.stored(c)).toEqual(prompt.expected);
  });

  it.each(table([["c'est ouvert ?", 'hours'], ['où se trouve la mairie', 'address']]))('%s: « %s » at the sign-in e-mail question is answered and the e-mail asked again', async (channel, asked, data) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const first = await c.say('payer ma facture');
    expect(c.text(first)).toContain(fr['signIn.askEmail']);
    const replies = await c.say(asked);
    expect(c.text(replies)).toContain((await commune(c))[data as 'hours']);
    expect(c.text(replies)).not.toContain(fr['createAccount.bad.email']);
    again(replies, fr['signIn.askEmail']);
  });

  it.each(table([['horaires de la mairie', 'hours'], ['où se trouve la mairie', 'address']]))('%s: « %s » after an answer not understood: the question is asked again without « not understood »', async (channel, asked, data) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('acte de naissance');
    const question = await c.say('copie intégrale');
    const lead = (fr['choice.again'] as string).split('{{')[1]?.split('}}')[1]?.trim() as string;
    expect(c.text(await c.say('durand'))).toContain(lead);
    const replies = await c.say(asked);
    expect(c.text(replies)).toContain((await commune(c))[data as 'hours']);
    expect(c.text(replies)).not.toContain(lead);
    again(replies, (question.at(-1)?.text ?? '').split('\n').at(-1));
    // The question still takes its answers.
    expect(c.text(await c.say('la personne elle-même'))).not.toContain(lead);
  });
});

describe('the question’s own answers stay answers', () => {
  it.each(table<[string, unknown]>([
    ['Mairie', 'the name question of « Créer mon espace »', ['madame', 'Mairie']],
    ['Ouvert', 'the name question of « Créer mon espace »', ['madame', 'Ouvert']],
    ['Réserve', 'the name question of « Créer mon espace »', ['madame', 'Réserve']],
    ['le 8 février 1995', 'the « voter » birth date question', [['electoral_roll', 'Bernard', '1995-02-08']]],
    ['08/02/1995', 'the « voter » birth date question', [['electoral_roll', 'Bernard', '1995-02-08']]],
    ['1', 'the « voter » tie question', [['electoral_roll', 'french', 'lives', 'Bernard']]],
    ["j'y habite", 'the « voter » tie question', [['electoral_roll', 'french', 'lives', 'Bernard']]],
    ['ok', 'the civil act read-back (yes/no)', [['civil_status_act', 'ascendant', '2019-03-14']]],
  ]))('%s: « %s » at %s', async (channel, answer, name, expected) => {
    const { c, prompt } = await at(channel, name as string);
    await prompt.finish(c, await c.say(answer as string));
    expect(await prompt.stored(c)).toEqual(expected);
  });

  it.each(table([['non'], ['2']]))('%s: « %s » at the civil act read-back asks what to correct', async (channel, answer) => {
    const { c } = await at(channel, 'the civil act read-back (yes/no)');
    const replies = await c.say(answer);
    expect(c.text(replies)).not.toContain((fr['topics.paused'] as string).split('{{')[0]);
    expect(offered(replies).length).toBeGreaterThan(2);
    expect(requestData(c)).toEqual([]);
  });
});

describe('« reprendre » with nothing paused', () => {
  const nothing = (fr['topics.nothingPaused'] as string).split('.')[0] as string;
  it.each(table([['reprendre'], ['on reprend'], ['continuer ce que je faisais'], ['reprendre là où j’en étais']]))('%s: « %s » at the menu says there is nothing to resume, then the menu as after an answer', async (channel, said) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    // The menu as it follows an answer (by SMS, how to see it).
    const afterAnswer = (await c.say('autorisation de sortie du territoire')).at(-1);
    const replies = await c.say(said);
    expect(c.text(replies)).toContain(nothing);
    expect(c.text(replies)).not.toContain(fr['menu.notUnderstood']);
    expect([replies.at(-1)?.text, offered(replies)]).toEqual([afterAnswer?.text, offered([afterAnswer ?? {}])]);
  });

  it.each(table([['reprendre'], ['on continue']]))('%s: « %s » at a task’s question goes on with that task (not « rien à reprendre »): the question again, its answers kept', async (channel, said) => {
    const { c, prompt, question } = await at(channel, 'the « voter » birth date question');
    const replies = await c.say(said);
    expect(c.text(replies)).not.toContain(nothing);
    expect(c.text(replies)).toContain((fr['topics.resumed'] as string).split('{{')[0]);
    again(replies, question);
    await prompt.finish(c, await c.say(prompt.answer));
    expect(await prompt.stored(c)).toEqual(prompt.expected);
  });
});
