/**
 * Every question of docs/prompts.md tried the same five ways (test/dialogs/everyPrompt*.test.ts), on Web Chat and by SMS:
 * (a) a listed option by its number (« 1 », « 1. », « le 1 », « le premier », « n°2 »), its label without accents or
 * case, with a slip, a synonym; yes/no by « oui », « ouais », « ok »… / « non », « nan », « pas du tout »;
 * (b) a practical question answered in place, the question asked again; (c) another task puts this one aside, « reprendre »
 * brings it back with what was entered; (d) « aide », « menu » (then « reprendre »), « annuler »; (e) an answer not
 * understood: asked again naming the task (and how to answer, for options).
 * Outcomes, not wording: an answer in other words must lead where the option's own label leads (the same next question,
 * the same options, the same row), and the locale texts said are checked by their keys.
 */
import type { Activity } from 'botbuilder';
import { startChat, type Chat } from './harness';
import { CHANNELS, fr, offered, textBefore } from './prompts';
import { reachedOnce } from './reachedCopy';

type Replies = Partial<Activity>[];

export interface PromptRow {
  /** « file › step », as in docs/prompts.md. */
  name: string;
  /** A new chat at the question (kept in `chats` for closing) and the replies that asked it: run once per channel, then copied (test/support/reachedCopy.ts). */
  reach(channel: string, chats: Chat[]): Promise<{ c: Chat; asked: Replies }>;
  kind: 'choice' | 'yesno' | 'text';
  /** The answer the other phrasings must match (an option's label as shown, or a good text answer). */
  answer: string;
  /** Choice: the answer's option, 1-based (its number phrasings are tried); other phrasings meaning the same. */
  position?: number;
  synonyms?: string[];
  /** Yes/no: the no's outcome is compared to its label, `no`. */
  no?: string;
  /** The task's name said when an answer is not understood (« Pour la création de votre espace : … »). */
  task?: string;
  /** An answer that does not fit (default « zorglub »). */
  bad?: string;
  /** Other tasks asked at the question (default: the three of OTHERS; a task's own request is « c'est en cours », by design). */
  others?: readonly string[];
  /** Where it is asked (default both): a file or a family key is never asked by SMS, by design. */
  channels?: readonly string[];
  /** Checks left out, with why (shown in the test's name). */
  skip?: Partial<Record<'b' | 'c' | 'd' | 'e', string>>;
  /** What is compared after an answer (default: the options offered and the texts said). */
  outcome?(c: Chat, replies: Replies): Promise<unknown> | unknown;
}

export const OTHERS = ['mes factures', 'signaler une absence', 'je veux un acte de naissance'] as const;
/** The other tasks without the row's own (« signaler une absence » at the absence's questions). */
export const besides = (own: string): string[] => OTHERS.filter((o) => o !== own);

const YES = ['oui', 'ouais', 'ok', "d'accord", "c'est bon", 'exact', 'Oui', '1', 'le premier'];
const NO = ['non', 'nan', 'pas du tout', 'Non', '2', 'le 2'];

const bare = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** One letter of a long word dropped (« telphone »), the first three kept. */
function slip(label: string): string {
  const words = bare(label).split(' ');
  const i = words.findIndex((w) => w.length >= 6);
  if (i < 0) return bare(label);
  words[i] = words[i]!.slice(0, 3) + words[i]!.slice(4);
  return words.join(' ');
}

/** The phrasings of (a) and the answer each must match. */
export function answers(row: PromptRow): Array<[string, string]> {
  if (row.kind === 'yesno') return [...YES.map((y): [string, string] => [y, row.answer]), ...NO.map((n): [string, string] => [n, row.no ?? ''])];
  if (row.kind === 'text') return [];
  const n = row.position ?? 1;
  const numbers = n === 1 ? ['1', '1.', 'le 1', 'le premier', 'n°1'] : [String(n), `${n}.`, `le ${n}`, `n°${n}`, n === 2 ? 'le deuxième' : `le ${n}e`];
  const words = [bare(row.answer), row.answer.toUpperCase(), slip(row.answer), ...(row.synonyms ?? [])];
  return [...new Set([...numbers, ...words])].filter((p) => p !== row.answer).map((p) => [p, row.answer]);
}

/** « Voulez-vous reprendre … ? » after a task put aside: the only difference a detour leaves, not compared. */
const offer = textBefore('topics.offer');
const said = (c: Chat, replies: Replies) => c.text(replies).replace(/[\u202f\u00a0]/g, ' ').split('\n').filter((l) => !l.startsWith(offer)).join('\n');

export const outcomeOf = async (row: PromptRow, c: Chat, replies: Replies): Promise<unknown> =>
  row.outcome ? row.outcome(c, replies) : { offered: offered(replies), said: said(c, replies) };

/** The question asked again: the same options, or the question's last line (its hint may be the lead's already: dialogs/hintOnce.ts). */
export function asksAgain(c: Chat, asked: Replies, replies: Replies): void {
  const options = offered(asked);
  if (options.length) expect(offered(replies)).toEqual(options);
  else expect(c.text(replies)).toContain(c.text(asked.slice(-1)).split('\n').at(-1)?.replace(/\?\s.*$/, '?'));
}

const paused = textBefore('topics.paused');
const resumed = textBefore('topics.resumed');

/** Registers the five checks of one row, on both channels. */
export function everyWay(row: PromptRow, chats: Chat[]): void {
  const channels = row.channels ?? CHANNELS;
  // Its turns once per channel, then copies of the state they reached (test/support/reachedCopy.ts).
  const reach = reachedOnce(row.reach);
  const known = new Map<string, Promise<unknown>>();
  const expected = (channel: string, said: string): Promise<unknown> => {
    const key = `${channel}:${said}`;
    if (!known.has(key)) {
      known.set(key, (async () => {
        const { c } = await reach(channel, chats);
        return outcomeOf(row, c, await c.say(said));
      })());
    }
    return known.get(key)!;
  };
  const skipped = (k: keyof NonNullable<PromptRow['skip']>) => (row.skip?.[k] ? it.skip : it);
  const why = (k: keyof NonNullable<PromptRow['skip']>) => (row.skip?.[k] ? ` (left: ${row.skip[k]})` : '');

  describe(row.name, () => {
    const a = answers(row);
    if (a.length) {
      it.each(channels.flatMap((ch) => a.map(([p, same]) => [ch, p, same])))('(a) %s: « %s » as « %s »', async (channel, phrasing, same) => {
        const want = await expected(channel, same);
        const { c } = await reach(channel, chats);
        expect(await outcomeOf(row, c, await c.say(phrasing))).toEqual(want);
      });
    }

    skipped('b')(`(b) a practical question is answered, then the question asked again${why('b')}`, async () => {
      for (const channel of channels) {
        const { c, asked } = await reach(channel, chats);
        const mairie = (await c.core.service.findCommune('carrieres-sous-poissy'))?.services.find((s) => s.code === 'mairie');
        const open = await c.say("c'est ouvert demain ?");
        expect([channel, c.text(open)]).toEqual([channel, expect.stringMatching(/\d h/)]);
        asksAgain(c, asked, open);
        const phone = await c.say('le numéro de la mairie');
        expect(c.text(phone)).toContain(mairie?.phone);
        asksAgain(c, asked, phone);
        expect(await outcomeOf(row, c, await c.say(row.answer))).toEqual(await expected(channel, row.answer));
      }
    });

    skipped('c')(`(c) another task puts it aside; « reprendre » asks it again, what was entered kept${why('c')}`, async () => {
      for (const channel of channels) {
        for (const other of row.others ?? OTHERS) {
          const { c, asked } = await reach(channel, chats);
          expect([channel, other, c.text(await c.say(other))]).toEqual([channel, other, expect.stringContaining(paused)]);
          const back = await c.say('reprendre');
          expect(c.text(back)).toContain(resumed);
          asksAgain(c, asked, back);
          expect([other, await outcomeOf(row, c, await c.say(row.answer))]).toEqual([other, await expected(channel, row.answer)]);
        }
      }
    });

    skipped('d')(`(d) « aide » asks it again, « menu » then « reprendre » too, « annuler » stops${why('d')}`, async () => {
      for (const channel of channels) {
        const { c, asked } = await reach(channel, chats);
        asksAgain(c, asked, await c.say('aide'));
        expect([channel, c.text(await c.say('menu'))]).toEqual([channel, expect.stringContaining(paused)]);
        asksAgain(c, asked, await c.say('reprendre'));
        expect(c.text(await c.say('annuler'))).toContain(fr['commands.cancelled']);
      }
    });

    skipped('e')(`(e) an answer not understood: asked again, naming the task${why('e')}`, async () => {
      for (const channel of channels) {
        const { c, asked } = await reach(channel, chats);
        const again = await c.say(row.bad ?? 'zorglub');
        asksAgain(c, asked, again);
        // An open question says what fits (« Elle s'écrit comme prenom.nom@exemple.fr. ») before asking again.
        if (row.kind === 'text') expect(c.text(again).length).toBeGreaterThan((c.text(asked.slice(-1)).split('\n').at(-1) ?? '').length);
        else expect([channel, c.text(again)]).toEqual([channel, expect.stringContaining(row.task ?? '<task>')]);
        if (channel === 'sms' && offered(asked).length > 1) expect(c.text(again)).toMatch(/Répondez (1|par un numéro)|Tapez le numéro/);
      }
    });
  });
}

/** A chat on `channel` in Carrières-sous-Poissy (closed after the test through `chats`) that has said `says`: it and the last replies. */
export async function joinedSaying(chats: Chat[], channel: string, ...says: string[]): Promise<{ c: Chat; asked: Awaited<ReturnType<Chat['say']>> }> {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  let asked = await c.say(says[0]!);
  for (const s of says.slice(1)) asked = await c.say(s);
  return { c, asked };
}
