/**
 * At « Dans quelle commune a eu lieu la naissance ? », a first name typed alone (« ROBERT », as names are typed on forms):
 * before, taken for another commune (« adressez-vous à la mairie de Robert »); now said to look like a name (asked later),
 * the place asked again; « ici » then is the place (the names asked next). Typed again, the word is the place (« Albert », a
 * commune of the Somme): that commune's mairie.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { textBeforeOn } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function atPlace(channel: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('copie intégrale de mon acte de naissance');
  return c;
}

describe('a first name typed alone at the place question', () => {
  it.each([['webchat', 'ROBERT'], ['sms', 'Sophie'], ['webchat', 'jean-pierre']])('%s: « %s »: not another commune; « ici » next is the place, the names asked', async (channel, name) => {
    const c = await atPlace(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const first = c.text(await c.say(name));
    expect(first).not.toContain(textBeforeOn('civilAct.otherCommune', channel));
    expect(first).toContain(t('civilAct.ask.place', { event: t('civilAct.event.birth') }));
    // The place answered: one's own names asked next (the day comes with the place only when said).
    expect(c.text(await c.say(name === 'ROBERT' ? 'ici' : 'Carrières-sous-Poissy'))).toContain(t('civilAct.askSelf.lastName'));
  });

  it('« ROBERT » is not sent to the mairie of « Robert »', async () => {
    const c = await atPlace('webchat');
    expect(c.text(await c.say('ROBERT'))).not.toContain(textBeforeOn('civilAct.otherCommune', 'webchat'));
  });

  it('« Albert » typed again: that commune, its mairie', async () => {
    const c = await atPlace('webchat');
    expect(c.text(await c.say('Albert'))).not.toContain(textBeforeOn('civilAct.otherCommune', 'webchat'));
    expect(c.text(await c.say('Albert'))).toContain(textBeforeOn('civilAct.otherCommune', 'webchat'));
  });
});
