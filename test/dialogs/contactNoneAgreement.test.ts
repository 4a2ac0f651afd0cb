/** « Mes coordonnées » without a postal address: « adresse non renseignée » (the address's own word), not « non renseigné ». */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

it.each(CHANNELS)('%s: the missing address said with its own word', async (channelId) => {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  const t = c.core.texts.for('fr', false, channelId === 'sms');
  expect(c.text(await c.say('mes coordonnées'))).toContain(t('contact.current', { email: 'francoise.durand@example.org', phone: t('contact.none'), address: t('contact.noneAddress') }));
});
