/** Short requests for the account's own details (« mes infos », « mes enfants », « dossier famille »): the family file, on both channels. */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the family file asked in few words', () => {
  it.each(table([['mes infos'], ['mes informations personnelles'], ['mes infos perso'], ['mes enfants'], ['dossier famille'], ['voir mes informations'], ['mon espace']]))(
    '%s: « %s » shows the family file',
    async (channelId, phrasing) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      const replies = await c.say(phrasing);
      // The card's words on Web Chat, the text on SMS (its first page, shorter): the file's title and its children.
      const said = replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');
      expect(said).toContain(channelId === 'sms' ? 'Dossier DURAND' : textBefore('familyFile.title'));
      expect(said).toContain(channelId === 'sms' ? '- Hugo, ' : 'Hugo DURAND');
      expect(said).not.toContain(textBefore('familyKey.already'));
    },
  );
});

describe('the children on file asked after', () => {
  it.each(table([['c qui mes enfants inscrits'], ['quels enfants sont inscrits'], ['mes enfants sont inscrits à quoi ?'], ['quels sont mes enfants inscrits a la cantine'], ['qui sont les enfants dans mon dossier']]))(
    '%s: « %s » lists the children on file with their activities, not the bookings',
    async (channelId, phrasing) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      const replies = await c.say(phrasing);
      const said = replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');
      expect(said).toContain(textBefore('familyFile.childrenTitle'));
      expect(said).toContain('Léa DURAND');
      expect(said).toContain('Hugo DURAND');
      // Only the children: not the agenda of bookings, nor the rest of the file (the prices).
      expect(said).not.toContain(textBefore('agenda.title'));
      expect(said).not.toContain(textBefore('familyFile.prices'));
    },
  );

  it.each(table([['quels jours mes enfants sont inscrits'], ['mes enfants seront absents le 8 janvier']]))('%s: « %s » is not the list of children', async (channelId, phrasing) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const said = (await c.say(phrasing)).map((r) => r.text ?? '').join('\n');
    expect(said).not.toContain(textBefore('familyFile.childrenTitle'));
  });
});
