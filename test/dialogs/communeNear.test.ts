/**
 * At the commune question, a town not served whose name is part of a commune served (« Poissy ? »
 * for Carrières-sous-Poissy, « j'habite à Poissy »): that commune suggested; « oui » / « ouais » chooses
 * it, « nan » lists the communes served, a number reads that list. A request typed at the two
 * communes « Carrières » fits is kept and the same two asked again. The commune stored in the profile is asserted.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';
import { matchCommuneIn } from '../../src/domain/communeMatch';
import { demoCommuneList } from '../support/demoCommunes';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function open(channel: string, ...says: string[]): Promise<{ c: Chat; last: string }> {
  const c = startChat({ channelId: channel });
  chats.push(c);
  if (channel === 'webchat') await c.join();
  let last = '';
  for (const said of says) last = c.text(await c.say(said));
  return { c, last };
}

function profileCommune(c: Chat, channel: string): string | undefined {
  const rows = c.core.db.$client.prepare('select key, data from bot_state').all() as Array<{ key: string; data: string }>;
  const user = rows.find((r) => r.key.startsWith(`${channel}/users/`));
  return user ? (JSON.parse(user.data) as { profile?: { communeId?: string } }).profile?.communeId : undefined;
}

const near = (c: Chat, commune: string) => c.core.texts.for('fr')('commune.near', { commune });

describe('the place a commune served is named after', () => {
  it.each([['Poissy ?', ['carrieres-sous-poissy']], ['seine', ['carrieres-sur-seine']], ['j habite a Poissy', ['carrieres-sous-poissy']], ['Triel', undefined]])('« %s » is near %j', (said, ids) => {
    const match = matchCommuneIn(demoCommuneList(), said);
    expect(match.kind).toBe('none');
    expect(match.kind === 'none' ? match.near?.map((c) => c.id) : 'found').toEqual(ids);
  });
});

describe.each(CHANNELS)('a commune suggested at the commune question (%s)', (channel) => {
  it.each([['Poissy ?', 'ouais'], ['Poissy ?', 'oui'], ["j'habite à Poissy", 'oui c ça'], ['mairie de Poissy', 'oui']])('« %s » first: Carrières-sous-Poissy suggested; « %s » chooses it', async (first, yes) => {
    const { c, last } = await open(channel, first);
    expect(last).toContain(near(c, 'Carrières-sous-Poissy'));
    const menu = c.text(await c.say(yes));
    expect(profileCommune(c, channel)).toBe('carrieres-sous-poissy');
    expect(menu).not.toContain(fr['menu.notUnderstood']);
  });

  it('« Poissy ? » at the commune question after a greeting: suggested; « oui » chooses it', async () => {
    const { c, last } = await open(channel, 'bonjour', 'Poissy ?');
    expect(last).toContain(near(c, 'Carrières-sous-Poissy'));
    await c.say('oui');
    expect(profileCommune(c, channel)).toBe('carrieres-sous-poissy');
  });

  it('« nan »: the communes served listed, none chosen; then « chanteloup » chooses, nothing left to answer', async () => {
    const { c, last } = await open(channel, 'Poissy ?', 'nan');
    expect(last).toContain(fr['commune.notNear']);
    expect(last).toContain(fr['commune.ask']);
    expect(profileCommune(c, channel)).toBeUndefined();
    const menu = c.text(await c.say('chanteloup'));
    expect(profileCommune(c, channel)).toBe('chanteloup-les-vignes');
    expect(menu).not.toContain(fr['menu.notUnderstood']);
  });

  it('a number at the suggestion is of the communes served (« 3 »: Chanteloup-les-Vignes)', async () => {
    const { c } = await open(channel, 'mairie de Poissy', '3');
    expect(profileCommune(c, channel)).toBe('chanteloup-les-vignes');
  });

  it('a request typed at the two communes « Carrières » fits: kept, the same two asked again; « 3 » is in neither', async () => {
    const { c, last } = await open(channel, 'Carrières', 'c ouvert samedi ?');
    expect(last).toContain(fr['commune.kept']);
    expect(last).not.toContain('Chanteloup-les-Vignes');
    await c.say('3');
    expect(profileCommune(c, channel)).toBeUndefined();
  });
});
