/**
 * Another démarche asked at a démarche's question (« en fait je voudrais plutôt un acte de
 * mariage » at the livret de famille's reason), on Web Chat and by SMS: the démarche under way is
 * paused with its answers, the one asked for starts with the words said (the act's kind read from
 * them), and « reprendre » brings the first back at its question (the second paused in its turn). The same démarche named again
 * stays an answer; the autorisation de sortie du territoire (a form filled in at home) is answered
 * and the question asked again. Asserted on the conversation's stored dialogs, not on the wording.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The first value in a (JSON) tree under `key` for which `test` holds. */
function findIn(tree: unknown, key: string, test: (value: unknown) => boolean = () => true): unknown {
  if (!tree || typeof tree !== 'object') return undefined;
  for (const [k, v] of Object.entries(tree)) {
    if (k === key && test(v)) return v;
    const inner = findIn(v, key, test);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

interface Instance { id: string; state: unknown }
/** A task as stored: its dialog and the démarche or act it is about. */
const described = (stack: Instance[]) => {
  const top = stack.at(-1);
  const act = findIn(top, 'draft', (v) => typeof (v as { kind?: unknown } | null)?.kind === 'string') as { kind: string } | undefined;
  const kind = findIn(top, 'kind', (v) => typeof v === 'string');
  return [top?.id, act?.kind ?? kind];
};

/** The task under way and the tasks paused (the latest last), read from the conversation's stored state. */
function tasks(c: Chat): { running: unknown[]; paused: unknown[][] } {
  const rows = c.core.db.$client.prepare('select key, data from bot_state').all() as Array<{ key: string; data: string }>;
  const conversation = rows.find((r) => r.key.includes('/conversations/'));
  const root = (JSON.parse(conversation?.data ?? '{}') as { dialogState?: { dialogStack?: Instance[] } }).dialogState?.dialogStack?.[0]?.state as
    | { dialogs?: { dialogStack?: Instance[] }; pausedTasks?: Array<{ stack: Instance[] }> }
    | undefined;
  const stack = root?.dialogs?.dialogStack ?? [];
  return { running: stack.length > 1 ? described(stack) : [], paused: (root?.pausedTasks ?? []).map((p) => described(p.stack)) };
}

async function chat(channel: string, ...messages: string[]) {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of messages) await c.say(m);
  return c;
}

const BOOKLET: unknown[] = ['demarche', 'family_booklet'];
const BIRTH_ACT: unknown[] = ['civilAct', 'birth'];
/** Where each démarche starts, and the question reached there (closed: with options; open: a name). */
const AT: Record<string, string[]> = {
  "the livret's reason (options)": ['livret de famille'],
  "the livret's last name (open)": ['livret de famille', 'Perte, vol ou destruction', 'oui', 'oui'],
  "the act's form (options)": ['acte de naissance'],
  "the act's relation (options)": ['acte de naissance', 'Copie intégrale'],
  "the census's last name (open)": ['recensement citoyen'],
  "the address attestation's case (options)": ['attestation de changement de domicile'],
};
const UNDER_WAY: Record<string, unknown[]> = {
  "the livret's reason (options)": BOOKLET,
  "the livret's last name (open)": BOOKLET,
  "the act's form (options)": BIRTH_ACT,
  "the act's relation (options)": BIRTH_ACT,
  "the census's last name (open)": ['census', undefined],
  "the address attestation's case (options)": ['demarche', 'address_change'],
};

describe('another démarche asked at a démarche’s question', () => {
  it.each(table<[string, unknown[]]>([
    ['en fait je voudrais plutôt un acte de mariage', "the livret's reason (options)", ['civilAct', 'marriage']],
    ['je voudrais un acte de naissance', "the livret's reason (options)", BIRTH_ACT],
    ['finalement un acte de décès', "the livret's last name (open)", ['civilAct', 'death']],
    ["finalement c'est pour le recensement", "the act's relation (options)", ['census', undefined]],
    ['non en fait je veux un livret de famille', "the act's form (options)", BOOKLET],
    ['je voudrais plutôt une attestation de changement de domicile', "the census's last name (open)", ['demarche', 'address_change']],
    ['en fait c’est pour un certificat de vie commune', "the address attestation's case (options)", ['demarche', 'cohabitation_certificate']],
  ]))('%s: « %s » at %s starts it, the first one paused; « reprendre » brings it back', async (channel, asked, at, started) => {
    const c = await chat(channel, ...(AT[at as string] as string[]));
    const before = tasks(c).running;
    expect(before).toEqual(UNDER_WAY[at as string]);
    await c.say(asked);
    expect(tasks(c)).toEqual({ running: started, paused: [before] });
    // The one started is paused in its turn.
    await c.say('reprendre');
    expect(tasks(c)).toEqual({ running: before, paused: [started] });
  });

  it.each(table<[string]>([
    ["oui c'est pour un livret de famille", "the livret's last name (open)"],
    ['je voudrais un livret de famille', "the livret's reason (options)"],
    ['acte de naissance', "the act's form (options)"],
    ["c'est pour le recensement", "the census's last name (open)"],
  ]))('%s: « %s » at %s (the same démarche) stays with it, nothing paused', async (channel, said, at) => {
    const c = await chat(channel, ...(AT[at as string] as string[]));
    const before = tasks(c).running;
    await c.say(said);
    expect(tasks(c)).toEqual({ running: before, paused: [] });
  });

  it.each(table([['en fait je veux plutot un acte de mariage'], ["non en fait c'est un acte de mariage"]]))('%s: « %s » in a birth act’s request changes its act: the same request, nothing paused (test/dialogs/civilActAhead.test.ts)', async (channel, said) => {
    const c = await chat(channel, ...(AT["the act's relation (options)"] as string[]));
    await c.say(said);
    expect(tasks(c)).toEqual({ running: ['civilAct', 'marriage'], paused: [] });
  });

  it.each(table<[string]>([
    ["en fait c'est pour une autorisation de sortie du territoire", "the address attestation's case (options)"],
    ['je voudrais une autorisation parentale', "the livret's last name (open)"],
  ]))('%s: « %s » at %s is answered, the question asked again, nothing paused', async (channel, said, at) => {
    const c = await chat(channel, ...(AT[at as string] as string[]));
    const before = tasks(c).running;
    const replies = await c.say(said);
    expect(c.text(replies)).toContain(c.core.texts.for('fr', false, channel === 'sms')('parentalAuthorization.answer'));
    expect(tasks(c)).toEqual({ running: before, paused: [] });
  });

  it('by SMS, the act started keeps the livret paused and offers it back when cancelled', async () => {
    const c = await chat('sms', 'livret de famille');
    await c.say('en fait je voudrais plutôt un acte de mariage');
    expect(c.text(await c.say('annuler'))).toContain((fr['topics.offer'] as string).split('{{')[0]);
    await c.say('oui');
    expect(tasks(c)).toEqual({ running: BOOKLET, paused: [] });
  });
});
