/**
 * Démarches the commune does not handle here, asked in English (« I need to renew my ID card », « driving licence »,
 * « residence permit », « car registration », « civil partnership », « we want to get married »): where to go is
 * said, as for their French names, instead of « I did not understand ». Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a démarche made elsewhere, asked in English', () => {
  it.each(table([
    ['I need to renew my ID card', 'identity_card'], ['my son lost his identity card', 'identity_card'], ['driving licence', 'driving_licence'],
    ["driver's license", 'driving_licence'], ['residence permit', 'residence_permit'], ['car registration', 'vehicle_registration'],
    ['civil partnership', 'pacs'], ['we want to get married', 'marriage'],
  ]))('%s: « %s »: where to go (%s)', async (channel, said, kind) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('english');
    const t = c.core.texts.for('en', false, channel === 'sms');
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t(`elsewhere.${kind}`).slice(0, 30));
    expect(reply).not.toContain(t('menu.notUnderstood').slice(0, 20));
  });
});
