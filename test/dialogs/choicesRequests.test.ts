/**
 * The closed questions of the démarches, phrasing by phrasing, on Web Chat and by SMS: which act,
 * its form, the read-back of an act request and of a livret de famille request, the livret's
 * yes/no questions, and the list of démarches. Each row asserts the request stored or the
 * options asked next, never the wording.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { fr, labels, offered, table } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const KINDS = labels('civilAct.kind.birth', 'civilAct.kind.marriage', 'civilAct.kind.death');
const FORMATS = labels('civilAct.format.full_copy', 'civilAct.format.extract_with_parents', 'civilAct.format.extract_without_parents');
/** « extrait » said: which of the two extracts only. */
const EXTRACTS = labels('civilAct.format.extract_with_parents', 'civilAct.format.extract_without_parents');
const RELATIONS = labels(...['self', 'spouse', 'ascendant', 'descendant', 'legal_representative', 'other'].map((r) => `civilAct.relation.${r}`));
const READ_BACK = labels('createAccount.yes', 'createAccount.no');
/** « Que voulez-vous corriger ? » after an extract without parents: the answers read back. */
const FIX = labels('civilAct.field.act', 'civilAct.field.place', 'createAccount.field.lastName', 'createAccount.field.firstName', 'civilAct.field.eventDay', 'createAccount.field.email', 'createAccount.field.address', 'civilAct.field.recipient');
const BOOKLET_READ_BACK = labels('demarche.yes', 'demarche.no');

async function chat(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}
type Row = { data: string; requester_email: string; kind: string };
const requests = (c: Chat) => c.core.db.$client.prepare('select kind, requester_email, data from requests').all() as Row[];

/** Answers the act's remaining questions (the form without parents where asked) up to the read-back; the replies that asked it. */
async function toReadBack(c: Chat, replies: Awaited<ReturnType<Chat['say']>>) {
  const open = ['Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'francoise@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'Françoise Durand'];
  for (let turn = 0; turn < 12; turn++) {
    const options = offered(replies);
    if (options.join() === READ_BACK.join()) return replies;
    const answer = options.join() === FORMATS.join() ? 'Extrait sans filiation' : options.length ? (options.at(-1) as string) : open.shift();
    replies = await c.say(answer ?? '');
  }
  throw new Error('No read-back');
}

/**
 * The questions asked by several rows, reached through their turns on each channel's first row, the next rows
 * starting from a copy of that state (test/support/reachedCopy.ts); the replies that asked are checked every time.
 */
const askedAfter = (...turns: string[]) => reachedOnce(async (channelId) => {
  const c = await chat(channelId);
  let asked = await c.say(turns[0] as string);
  for (const turn of turns.slice(1)) asked = await c.say(turn);
  return { c, asked };
});
/** The chat at a question, and the options that asked it. */
const at = async (reach: ReturnType<typeof askedAfter>, channel: string) => {
  const { c, asked } = await reach(channel, chats);
  return { c, options: offered(asked) };
};
const kindAsked = askedAfter("je voudrais un acte d'état civil");
const formAsked = askedAfter('acte de naissance');
const relationAsked = askedAfter('acte de mariage', 'Extrait avec filiation');
const readBackReached = reachedOnce(async (channelId) => {
  const c = await chat(channelId);
  return { c, asked: await toReadBack(c, await c.say('acte de naissance')) };
});

describe('« Quel acte voulez-vous ? »', () => {
  it.each(table([
    ['1', 'birth'], ['1.', 'birth'], ['1)', 'birth'], ['le 1', 'birth'], ['n°1', 'birth'], ['le premier', 'birth'], ['naissance', 'birth'],
    ['Acte de naissance', 'birth'], ['acte de naisance', 'birth'], ['2', 'marriage'], ['la deuxième', 'marriage'], ['mariage', 'marriage'],
    ['3', 'death'], ['le dernier', 'death'], ['décès', 'death'], ['acte de deces', 'death'],
  ]))('%s: « %s » → %s', async (channel, phrasing, kind) => {
    const { c, options } = await at(kindAsked, channel);
    expect(options).toEqual(KINDS);
    await toReadBack(c, await c.say(phrasing));
    await c.say('oui');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ kind });
  });

  it.each(table([['4'], ['acte'], ['je ne sais pas']]))('%s: « %s » is asked again with the same options', async (channel, phrasing) => {
    const { c } = await at(kindAsked, channel);
    expect(offered(await c.say(phrasing))).toEqual(KINDS);
  });
});

describe('« Quelle forme d\'acte ? » and « Qui êtes-vous ? »', () => {
  it.each(table([
    ['1', RELATIONS], ['le 1', RELATIONS], ['copie', RELATIONS], ['copie integrale', RELATIONS], ['2', RELATIONS], ['avec filiation', RELATIONS],
    ['3', []], ['sans filiation', []], ['le dernier', []], ['extrait sans filiatoin', []], ['extrait', EXTRACTS], ['4', FORMATS],
  ]))('%s: « %s » → the options asked next', async (channel, phrasing, next) => {
    const { c, options } = await at(formAsked, channel);
    expect(options).toEqual(FORMATS);
    expect(offered(await c.say(phrasing))).toEqual(next);
  });

  // « mon père »: the act is the father's, so the one asking is his child; « je suis son père »: the parent.
  it.each(table([['3', 'ascendant'], ['mon père', 'descendant'], ['je suis son père', 'ascendant'], ['le premier', 'self'], ["c'est moi", 'self'], ['6', 'other'], ['le dernier', 'other']]))(
    '%s: « %s » → %s',
    async (channel, phrasing, relation) => {
      const { c } = await at(relationAsked, channel);
      await toReadBack(c, await c.say(phrasing));
      await c.say('oui');
      const data = JSON.parse(requests(c)[0]?.data ?? '{}');
      // « Autre » may not receive this form: offered the extract without parents instead.
      expect(relation === 'other' ? data.format : data.relation).toBe(relation === 'other' ? 'extract_without_parents' : relation);
    },
  );
});

describe('the read-back of an act request', () => {
  async function atReadBack(channel: string) {
    const { c, asked } = await readBackReached(channel, chats);
    expect(offered(asked)).toEqual(READ_BACK);
    return c;
  }

  it.each(table([['oui'], ['ok'], ["d'accord"], ["c'est bon"], ['exact'], ['parfait'], ['1'], ['le premier'], ["oui c'est ça"], ['ouais']]))('%s: « %s » sends it', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    await c.say(phrasing);
    expect(requests(c)).toHaveLength(1);
  });

  it.each(table([['non'], ['Non, corriger'], ['2'], ['nan'], ['corriger'], ['pas du tout']]))('%s: « %s » asks which answer to correct, sends nothing', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    expect(offered(await c.say(phrasing))).toEqual(FIX);
    expect(requests(c)).toHaveLength(0);
  });

  it.each(table([["l'email"], ['le mail'], ['6'], ['E-mail'], ['courriel']]))('%s: « 2 », then « %s »: only the e-mail is asked again, then read back; the rest kept', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    await c.say('2');
    expect(c.text(await c.say(phrasing))).toContain(c.core.texts.for('fr')('civilAct.ask.email').slice(0, 30));
    expect(offered(await c.say('lea.durand@example.org'))).toEqual(READ_BACK);
    await c.say('oui');
    expect(requests(c)).toHaveLength(1);
    expect(requests(c)[0]?.requester_email).toBe('lea.durand@example.org');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ lastName: 'Durand', firstName: 'Léa', eventDay: '2019-03-14' });
  });

  it.each(table([['le nom'], ['3'], ['nom']]))('%s: « non », then « %s »: only the name is asked again; the e-mail kept', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    await c.say('non');
    expect(c.text(await c.say(phrasing))).toContain(c.core.texts.for('fr')('civilAct.ask.lastName'));
    expect(offered(await c.say('Moreau'))).toEqual(READ_BACK);
    await c.say('oui');
    expect(requests(c)[0]?.requester_email).toBe('francoise@example.org');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ lastName: 'Moreau', firstName: 'Léa' });
  });

  it.each(table([["le nom c'est Moreau"], ['nom : Moreau']]))('%s: « non », then « %s » corrects the name at once', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    await c.say('non');
    expect(offered(await c.say(phrasing))).toEqual(READ_BACK);
    await c.say('oui');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ lastName: 'Moreau', firstName: 'Léa' });
  });

  it.each(table([['bof'], ['9']]))('%s: « %s » at « Que voulez-vous corriger ? » asks it again, everything kept', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    await c.say('2');
    expect(offered(await c.say(phrasing))).toEqual(FIX);
    expect(requests(c)).toHaveLength(0);
  });

  it.each(table([["non le nom c'est Moreau"], ['Non, le nom est Moreau']]))('%s: « %s » changes the name, keeps the rest', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    expect(offered(await c.say(phrasing))).toEqual(READ_BACK);
    await c.say('oui');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ lastName: 'Moreau', firstName: 'Léa', eventDay: '2019-03-14' });
  });

  it.each(table([['peut-être'], ['3']]))('%s: « %s » is asked again, everything kept', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    expect(offered(await c.say(phrasing))).toEqual(READ_BACK);
    await c.say('oui');
    expect(requests(c)).toHaveLength(1);
  });
});

describe('livret de famille: its questions and its read-back', () => {
  async function booklet(c: Chat, holder: string) {
    await c.say('je voudrais un duplicata du livret de famille');
    await c.say('1');
    await c.say(holder);
    await c.say('le 1');
    for (const answer of ['Durand', 'Françoise', 'aucun', 'aucun', '2', 'francoise@example.org']) await c.say(answer);
    let replies = await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    if (offered(replies).join() !== BOOKLET_READ_BACK.join()) replies = await c.say('au guichet');
    return replies;
  }

  it.each(table([['oui'], ['1'], ['ouais'], ["d'accord"], ['bien sûr']]))('%s: « %s » as holder, then « oui » sends it', async (channel, phrasing) => {
    const c = await chat(channel);
    expect(offered(await booklet(c, phrasing))).toEqual(BOOKLET_READ_BACK);
    await c.say('oui');
    expect(requests(c).map((r) => r.kind)).toEqual(['family_booklet']);
  });

  it.each(table([["non le prénom c'est Marie", 'Marie'], ['2', 'Françoise']]))('%s: « %s » at the read-back', async (channel, phrasing, firstName) => {
    const c = await chat(channel);
    await booklet(c, 'oui');
    const next = offered(await c.say(phrasing));
    if (next.length > 2) {
      await c.say('Prénom');
      await c.say('Françoise');
    }
    await c.say('oui');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ firstName });
  });
});

describe('« Les démarches »', () => {
  // The 8th, following a request: signing in or the request's number (buttons on Web Chat; said in the text by SMS).
  it.each(table<[string[] | 'same' | 'follow']>([['1', KINDS], ['le 1', KINDS], ['le premier', KINDS], ["acte d'etat civil", KINDS], ['8', 'follow'], ['le dernier', 'follow'], ['9', 'same'], ['recensment citoyen', []]]))(
    '%s: « %s » → the options asked next',
    async (channel, phrasing, next) => {
      const c = await chat(channel);
      const list = offered(await c.say('les démarches'));
      expect(list).toHaveLength(8);
      const follow = channel === 'sms' ? [] : [fr['follow.signInChoice'], fr['follow.lostChoice']];
      expect(offered(await c.say(phrasing))).toEqual(next === 'same' ? list : next === 'follow' ? follow : next);
    },
  );
});
