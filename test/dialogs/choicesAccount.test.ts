/**
 * The closed questions of the account area, phrasing by phrasing, on Web Chat and by SMS:
 * civility and the read-back of « Créer mon espace », « mes coordonnées », « facture en ligne ».
 * Each row asserts what was done (the account created, the field changed, the choice saved) or
 * the options asked next, never the wording.
 */
import { settableClock } from '../../src/domain/clock';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'julie.durand@example.org';
const FIELDS = labels(...['civility', 'lastName', 'firstName', 'email', 'phone', 'address'].map((f) => `createAccount.field.${f}`));
const READ_BACK = labels('createAccount.yes', 'createAccount.no');
const CIVILITY = labels('civility.madame', 'civility.monsieur');

async function atCivility(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  expect(offered(await c.say('Créer mon espace'))).toEqual(CIVILITY);
  return c;
}
async function rest(c: Chat) {
  await c.say('Durand');
  await c.say('Julie');
  await c.say(EMAIL);
  await c.say('06 12 34 56 78');
  return c.say('3 rue Verte 78955 Carrières-sous-Poissy');
}
/** The read-back reached through its turns once per channel, then from a copy of that state (test/support/reachedCopy.ts). */
const readBackReached = reachedOnce(async (channelId) => {
  const c = await atCivility(channelId);
  await c.say('Madame');
  return { c, asked: await rest(c) };
});
async function atReadBack(channelId: string) {
  const { c, asked } = await readBackReached(channelId, chats);
  expect(offered(asked)).toEqual(READ_BACK);
  return c;
}
const account = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL);

describe('« Madame ou Monsieur ? »', () => {
  it.each(table([
    ['1', 'madame'], ['1.', 'madame'], ['1)', 'madame'], ['le 1', 'madame'], ['n°2', 'monsieur'], ['le premier', 'madame'],
    ['la deuxième', 'monsieur'], ['le dernier', 'monsieur'], ['2', 'monsieur'], ['madame', 'madame'], ['MONSIEUR', 'monsieur'],
    ['Mme', 'madame'], ['M.', 'monsieur'], ['madamme', 'madame'], ['monsieru', 'monsieur'],
  ]))('%s: « %s » → %s', async (channel, phrasing, civility) => {
    const c = await atCivility(channel);
    await c.say(phrasing);
    await rest(c);
    await c.say('oui');
    expect((await account(c))?.civility).toBe(civility);
  });

  it.each(table([['Docteur'], ['3'], ['oui']]))('%s: « %s » is asked again with the same options', async (channel, phrasing) => {
    const c = await atCivility(channel);
    expect(offered(await c.say(phrasing))).toEqual(CIVILITY);
    await c.say('2');
    await rest(c);
    await c.say('oui');
    expect((await account(c))?.civility).toBe('monsieur');
  });
});

describe('the read-back of « Créer mon espace »', () => {
  it.each(table([['oui'], ['Oui'], ['ouais'], ['ok'], ["d'accord"], ["c'est bon"], ['exact'], ['Parfait'], ['bien sûr'], ["oui c'est ça"], ['1'], ['le 1'], ['le premier']]))(
    '%s: « %s » creates the account',
    async (channel, phrasing) => {
      const c = await atReadBack(channel);
      await c.say(phrasing);
      expect(await account(c)).toMatchObject({ lastName: 'Durand', firstName: 'Julie' });
    },
  );

  it.each(table([['non'], ['Non, corriger'], ['nan'], ['2'], ['le 2'], ['corriger'], ['modifier'], ['pas du tout'], ['non merci'], ['le dernier']]))(
    '%s: « %s » asks what to correct, nothing created',
    async (channel, phrasing) => {
      const c = await atReadBack(channel);
      expect(offered(await c.say(phrasing))).toEqual(FIELDS);
      expect(await account(c)).toBeUndefined();
    },
  );

  it.each(table([["non le nom c'est Moreau"], ['Non, le nom est Moreau'], ['non nom : Moreau'], ["en fait c'est Moreau le nom"], ['Moreau, pas Durand'], ['le nom : moreau']]))('%s: « %s » corrects the name at once', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    expect(offered(await c.say(phrasing))).toEqual(READ_BACK);
    expect(await account(c)).toBeUndefined();
    await c.say('oui');
    // Typed in lower case, a last name is stored as the files write it (« MOREAU »); typed with its capital, as typed.
    expect(await account(c)).toMatchObject({ lastName: phrasing.includes('Moreau') ? 'Moreau' : 'MOREAU', firstName: 'Julie' });
  });

  it.each(table([['non le prénom'], ['2'], ['oui mais le prénom est faux'], ["le prénom n'est pas bon"]]))('%s: « %s » then the field and its new value', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    const next = offered(await c.say(phrasing));
    if (next.length) expect(await c.say('le 3')).toBeDefined();
    await c.say('Lucie');
    await c.say('oui');
    expect(await account(c)).toMatchObject({ lastName: 'Durand', firstName: 'Lucie' });
  });

  it.each(table([['peut-être'], ['3']]))('%s: « %s » is asked again, everything kept', async (channel, phrasing) => {
    const c = await atReadBack(channel);
    expect(offered(await c.say(phrasing))).toEqual(READ_BACK);
    await c.say('oui');
    expect(await account(c)).toMatchObject({ lastName: 'Durand', phone: '0612345678' });
  });
});

describe('« mes coordonnées »', () => {
  it.each(table([['2'], ['2.'], ['le 2'], ['la deuxième'], ['Téléphone'], ['telephone'], ['tel'], ['téléphne'], ['mon numéro']]))('%s: « %s » changes the phone', async (channel, phrasing) => {
    const { c, account: me } = await signedInChat(chats, { channelId: channel });
    expect(offered(await c.say('mes coordonnées'))).toEqual(labels('createAccount.field.email', 'createAccount.field.phone', 'createAccount.field.address'));
    await c.say(phrasing);
    await c.say('07 11 22 33 44');
    expect((await c.core.service.deps.repos.accounts.get(me.id))?.phone).toBe('0711223344');
  });

  it.each(table([['4'], ['je ne sais pas']]))('%s: « %s » is asked again', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel });
    await c.say('mes coordonnées');
    expect(offered(await c.say(phrasing))).toEqual(labels('createAccount.field.email', 'createAccount.field.phone', 'createAccount.field.address'));
  });
});

describe('« facture en ligne »', () => {
  it.each(table([
    ['oui', true], ['1', true], ['le 1', true], ['ok', true], ["d'accord", true], ['ouais', true], ['par mail', true], ['Oui merci', true],
    ['non', false], ['2', false], ['nan', false], ['non merci', false], ['papier', false], ['le dernier', false],
  ]))('%s: « %s » → %p', async (channel, phrasing, wanted) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const households = c.core.service.deps.repos.households;
    const before = await households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    // From paper: « oui » switches to e-mail, « non » keeps paper (from e-mail, the question is going back to paper).
    await households.setEInvoice(before!.id, false);
    expect(offered(await c.say('facture en ligne'))).toEqual(labels('eInvoice.yes', 'eInvoice.no'));
    await c.say(phrasing);
    expect((await households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))?.eInvoice).toBe(wanted);
  });
});
