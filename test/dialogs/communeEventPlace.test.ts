/**
 * A place in the first message, before the commune is known (SMS, or a page of no commune): the
 * place of an act's event (« je suis né à Poissy », « mariés à Chanteloup ») is the act's, never
 * the commune served; a town a commune's name is only near (« mairie de Poissy ») is not that commune.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const CHANNELS = ['webchat', 'sms'] as const;
type Channel = (typeof CHANNELS)[number];

async function open(channel: Channel, first: string): Promise<{ c: Chat; replies: string }> {
  const c = startChat({ channelId: channel });
  chats.push(c);
  if (channel === 'webchat') await c.join();
  return { c, replies: c.text(await c.say(first)) };
}

/** The commune in the resident's profile, as stored. */
function profileCommune(c: Chat, channel: Channel): string | undefined {
  const rows = c.core.db.$client.prepare('select key, data from bot_state').all() as Array<{ key: string; data: string }>;
  const user = rows.find((r) => r.key.startsWith(`${channel}/users/`));
  return user ? (JSON.parse(user.data) as { profile?: { communeId?: string } }).profile?.communeId : undefined;
}

describe.each(CHANNELS)('a place in the first message (%s)', (channel) => {
  it.each(['acte de naissance je suis né à Poissy', 'mairie de Poissy'])(
    '« %s » does not choose the commune: it is asked',
    async (first) => {
      const { c, replies } = await open(channel, first);
      const t = c.core.texts.for('fr');
      // Asked, or (« mairie de Poissy ») the commune named after that town suggested (communeNear.test.ts).
      expect([t('commune.ask'), t('commune.near', { commune: 'Carrières-sous-Poissy' })].some((asked) => replies.includes(asked))).toBe(true);
      expect(replies).not.toContain(t('commune.noted', { commune: 'Carrières-sous-Poissy' }));
      expect(profileCommune(c, channel)).toBeUndefined();
    },
  );

  it('« mairie de Poissy » says the commune is not known, and once one is chosen the menu follows (nothing left to answer)', async () => {
    const { c, replies } = await open(channel, 'mairie de Poissy');
    const t = c.core.texts.for('fr');
    expect(replies).toContain(t('commune.unknown'));
    const menu = c.text(await c.say('3'));
    expect(profileCommune(c, channel)).toBe('chanteloup-les-vignes');
    expect(menu).not.toContain(t('menu.notUnderstood'));
  });

  it('« mairie de Poissy, horaires ? » keeps the question for the commune chosen', async () => {
    const { c, replies } = await open(channel, 'mairie de Poissy horaires svp');
    expect(replies).not.toContain(c.core.texts.for('fr')('commune.unknown'));
    expect(c.text(await c.say('3'))).toContain('Guichet unique');
  });

  // The mairie of the event delivers the act: a commune served named as the event's place is the commune, said so (« changer de commune » still there).
  it.each([
    ['acte de naissance, je suis née à Carrières-sous-Poissy', 'carrieres-sous-poissy', 'Carrières-sous-Poissy'],
    ['acte de mariage, on est mariés à Chanteloup-les-Vignes', 'chanteloup-les-vignes', 'Chanteloup-les-Vignes'],
    ['bjr il me faut un acte de mariage, on s est marie a carrieres sous poissy le 14 juin 2008', 'carrieres-sous-poissy', 'Carrières-sous-Poissy'],
  ])('« %s » chooses the commune of the event (%s), said so; the act\'s form asked next', async (first, id, name) => {
    const { c, replies } = await open(channel, first);
    const t = c.core.texts.for('fr');
    expect(profileCommune(c, channel)).toBe(id);
    expect(replies).toContain(t('commune.notedFromPlace', { commune: name }));
    expect(replies).not.toContain(t('commune.ask'));
    expect(replies).toContain(t('civilAct.ask.format'));
    expect(c.text(await c.say('changer de commune'))).toContain(t('commune.ask'));
  });

  it('the birth place said first fills the act\'s place: the name is asked after the form', async () => {
    const { c } = await open(channel, 'acte de naissance, je suis née à Carrières-sous-Poissy');
    const t = c.core.texts.for('fr');
    expect(c.text(await c.say('Copie intégrale'))).toContain(t('civilAct.askSelf.lastName'));
    // Who asks (« je suis née »: the resident's own act) and where were said: the next question is the first name.
    expect(c.text(await c.say('Dupont'))).toContain(t('civilAct.askSelf.firstName'));
  });

  it('« marié à Carrières » (two communes served start so): those two offered, the act\'s kind kept across the choice', async () => {
    const { c, replies } = await open(channel, 'bjr il me faut un acte de mariage, on s est marie a carrieres le 14 juin 2008');
    const t = c.core.texts.for('fr');
    expect(replies).toContain(t('commune.ambiguous'));
    expect(c.text(await c.say('1'))).toContain(t('civilAct.ask.format'));
    expect(profileCommune(c, channel)).toBe('carrieres-sous-poissy');
  });

  it('a birth place of another commune is said to be that mairie\'s, with the commune chosen kept', async () => {
    const { c } = await open(channel, 'acte de naissance je suis né à Poissy');
    const t = c.core.texts.for('fr');
    const replies = c.text(await c.say('Chanteloup-les-Vignes'));
    expect(profileCommune(c, channel)).toBe('chanteloup-les-vignes');
    // Said at once (the other mairie delivers it), the act's place then asked as when answered, before the form.
    expect(replies).toContain('« Poissy »');
    expect(replies).toContain(t('civilAct.ask.place', { event: t('civilAct.event.birth') }));
    expect(replies).not.toContain(t('civilAct.ask.format'));
  });
});

describe.each(CHANNELS)('the commune served typed at the act\'s first questions (%s)', (channel) => {
  it('« né à Poissy », then « Carrières-sous-Poissy » at the form (as the bot invites): the place is noted, the act requested there', async () => {
    const { c } = await open(channel, 'je voudrais un acte de naissance, je suis né à Poissy');
    await c.say('1');
    await c.say('Carrières-sous-Poissy');
    // The form, then no place question: the surname comes next.
    // « oui » where the parents are asked is not their names.
    for (const a of ['2', 'Moreau', 'c quoi deja', 'Lucas', '12/05/1990', 'oui', 'Moreau Julien et Dupuis Anne', 'lucas.moreau@example.org', '4 allée des Tilleuls 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
    const rows = c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>;
    expect(rows.map((r) => JSON.parse(r.data) as Record<string, unknown>).map((d) => [d.place, d.lastName, d.firstName, d.parents])).toEqual([['Carrières-sous-Poissy', 'Moreau', 'Lucas', 'Moreau Julien et Dupuis Anne']]);
  });
  it.each(['ah non pardon il est né a carrieres', 'non en fait elle est née à Carrières-sous-Poissy'])('« né à Poissy », then the correction « %s »: the place is this commune, the act requested here', async (correction) => {
    const { c } = await open(channel, 'jveux un acte de naissance pr mon fils Tom Martin né le 3 mars 2015 a Poissy');
    await c.say('1');
    const t = c.core.texts.for('fr');
    // Taken (the form asked next, not « pas compris » nor the place again), and no place question after it.
    const noted = c.text(await c.say(correction));
    expect(noted).toContain(t('civilAct.ask.format'));
    const next = c.text(await c.say('2'));
    expect(next).not.toContain(t('civilAct.ask.place', { event: t('civilAct.event.birth') }));
  });
});

