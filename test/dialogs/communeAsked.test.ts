/**
 * The commune asked on every channel: a request typed instead is kept and answered once the commune
 * is known; the commune is found by name (with slips), number in the list or postal code, or from
 * the page; « changer de commune » on a commune's own page asks again and keeps the new choice; a commune's
 * name typed at the menu says which commune this is and how to change.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const CHANNELS = ['webchat', 'sms'] as const;
type Channel = (typeof CHANNELS)[number];

/** A conversation opened as the channel does: the page joins (Web Chat); an SMS starts with its message. */
async function open(channel: Channel, first: string, channelData?: unknown): Promise<{ c: Chat; replies: string }> {
  const c = startChat({ channelId: channel });
  chats.push(c);
  if (channel === 'webchat') await c.join(channelData);
  const replies = c.text(await c.say(channelData ? { text: first, channelData } : first));
  return { c, replies };
}

/** « 08:30 » as the bot says it: « 8 h 30 »; « 12:00 »: « 12 h ». */
const said = (time: string) => `${Number(time.slice(0, 2))} h${time.slice(3) === '00' ? '' : ` ${time.slice(3)}`}`;

/** The commune in the resident's profile, as stored. */
function profileCommune(c: Chat, channel: Channel): string | undefined {
  const rows = c.core.db.$client.prepare('select key, data from bot_state').all() as Array<{ key: string; data: string }>;
  const user = rows.find((r) => r.key.startsWith(`${channel}/users/`));
  return user ? (JSON.parse(user.data) as { profile?: { communeId?: string } }).profile?.communeId : undefined;
}

describe.each(CHANNELS)('the commune asked (%s)', (channel) => {
  it('keeps « horaires de la mairie » typed at the commune question, lists the communes in words, and answers it for the commune picked by number', async () => {
    const { c, replies } = await open(channel, 'horaires de la mairie');
    expect(replies).not.toContain('Je ne connais pas cette commune');
    // The communes in the text itself (SMS, screen readers), not only in buttons.
    const communes = await c.core.service.listCommunes();
    communes.forEach((commune, i) => expect(replies).toContain(`${i + 1}. ${commune.name}`));
    const answered = c.text(await c.say('1'));
    const first = communes[0];
    const mairie = first?.services.find((s) => s.code === first.topics.general);
    const slots = Object.values(mairie?.hours ?? {}).flat();
    expect(slots.length).toBeGreaterThan(0);
    expect(answered).toContain(`C'est noté : ${first?.name}.`);
    expect(answered).toContain(mairie?.name);
    // The opening hours of its configuration (« de 8 h 30 à 12 h », or « 8 h 30-12 h » by SMS).
    for (const [from, to] of slots) expect(answered).toMatch(new RegExp(`${said(from)}( à |-)${said(to)}`));
    expect(profileCommune(c, channel)).toBe(first?.id);
  });

  it.each([
    ['78955', 'carrieres-sous-poissy'],
    ['j\'habite au 78570', 'chanteloup-les-vignes'],
    ['carieres sous poisy', 'carrieres-sous-poissy'],
    ['Chantelou-les-Vignes', 'chanteloup-les-vignes'],
  ])('finds the commune from « %s »', async (said, id) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    if (channel === 'webchat') await c.join();
    else await c.say('bonjour');
    const noted = c.text(await c.say(said));
    expect(noted).toContain('C\'est noté');
    expect(noted).not.toContain('Quelle est votre commune ?');
    expect(profileCommune(c, channel)).toBe(id);
  });

  it.each([
    ['carrieres sous poissy', 'menu.sameCommune'],
    ['78955', 'menu.sameCommune'],
    ['Chanteloup-les-Vignes', 'menu.otherCommune'],
    // A sentence that only says where one is: the commune in it.
    ['je suis à chanteloup les vignes', 'menu.otherCommune'],
    ["en fait c'est Chanteloup-les-Vignes", 'menu.otherCommune'],
    ['en fait non je suis bien à carrières sous poissy', 'menu.sameCommune'],
    ['nous on habite à chanteloup les vignes', 'menu.otherCommune'],
  ])('on a commune\'s own page, « %s » typed at the menu says %s (it was « pas compris »), the commune kept', async (typed, key) => {
    const page = { commune: 'carrieres-sous-poissy' };
    const { c } = await open(channel, 'bonjour', page);
    const t = c.core.texts.for('fr');
    const replies = c.text(await c.say({ text: typed, channelData: page }));
    expect(replies).not.toContain(t('menu.notUnderstood'));
    expect(replies).toContain(t(key, { commune: 'Carrières-sous-Poissy', other: 'Chanteloup-les-Vignes' }));
    expect(profileCommune(c, channel)).toBe('carrieres-sous-poissy');
  });

  it('a long message that names a commune and asks something else is not read as the commune named', async () => {
    const page = { commune: 'carrieres-sous-poissy' };
    const { c } = await open(channel, 'bonjour', page);
    const t = c.core.texts.for('fr');
    const replies = c.text(await c.say({ text: 'mon frère travaille à chanteloup les vignes depuis deux ans', channelData: page }));
    expect(replies).not.toContain(t('menu.otherCommune', { commune: 'Carrières-sous-Poissy', other: 'Chanteloup-les-Vignes' }));
    expect(profileCommune(c, channel)).toBe('carrieres-sous-poissy');
  });

  it('a bare number after a practical answer is not the communes\' list (« 2 » was read as Carrières-sur-Seine)', async () => {
    const page = { commune: 'carrieres-sous-poissy' };
    const { c } = await open(channel, 'bonjour', page);
    const t = c.core.texts.for('fr');
    await c.say({ text: 'horaires de la mairie', channelData: page });
    const replies = c.text(await c.say({ text: '2', channelData: page }));
    expect(replies).not.toContain(t('menu.otherCommune', { commune: 'Carrières-sous-Poissy', other: 'Carrières-sur-Seine' }).split('.')[0]);
    expect(profileCommune(c, channel)).toBe('carrieres-sous-poissy');
  });

  it('« changer de commune » on a commune\'s own page asks again, and keeps the new choice', async () => {
    const page = { commune: 'carrieres-sous-poissy' };
    const { c } = await open(channel, 'bonjour', page);
    expect(profileCommune(c, channel)).toBe('carrieres-sous-poissy');
    const asked = c.text(await c.say({ text: 'changer de commune', channelData: page }));
    expect(asked).toContain('Quelle est votre commune ?');
    expect(c.text(await c.say({ text: 'Chanteloup-les-Vignes', channelData: page }))).toContain('C\'est noté : Chanteloup-les-Vignes.');
    expect(profileCommune(c, channel)).toBe('chanteloup-les-vignes');
    await c.say({ text: 'menu', channelData: page });
    expect(profileCommune(c, channel)).toBe('chanteloup-les-vignes');
    expect(c.text(await c.say({ text: 'horaires', channelData: page }))).toContain('Guichet unique (Espace Victor Hugo)');
  });
});

describe('before the first commune is imported', () => {
  it.each(CHANNELS)('on %s, says the service is not open yet, asks nothing, and stays well on the next messages', async (channel) => {
    const c = startChat({ channelId: channel, env: { DEMO_DATA: 'false' } });
    chats.push(c);
    const t = c.core.texts.for('fr');
    if (channel === 'webchat') await c.join();
    for (const text of ['bonjour', 'horaires de la mairie', '1']) {
      const replies = c.text(await c.say(text));
      expect(replies).toContain(t('commune.none'));
      expect(replies).not.toContain(t('commune.ask'));
    }
    expect(profileCommune(c, channel)).toBeUndefined();
  });
});
