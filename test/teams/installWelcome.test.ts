/**
 * Teams, the app installed in personal scope: Teams adds the bot itself to the one-to-one chat
 * (conversationUpdate, membersAdded = the bot, conversationType « personal ») and sends an
 * installationUpdate (add). The bot speaks first, once: the welcome, then the commune question
 * (the main dialog running), and the resident's first message answers it. The bot added to a
 * channel or a group chat, a second install event, or the installationUpdate alone say nothing.
 */
import type { Activity } from 'botbuilder';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';
import path from 'node:path';

const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
const BOT = { id: '28:0b5f4a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b', name: 'Espace Citoyens' };
const USER = { id: '29:1a2b3c', aadObjectId: '6c1d-aad' };
const TENANT = { id: '72f988bf-tenant' };

const chats: Chat[] = [];
afterEach(async () => {
  for (const c of chats.splice(0)) await c.core.close();
});

function teams(): Chat {
  const chat = startChat({ channelId: 'msteams' });
  chats.push(chat);
  return chat;
}

const conversation = (conversationType: 'personal' | 'channel' | 'groupChat') => ({ id: `a:install-${conversationType}`, conversationType, tenantId: TENANT.id, isGroup: conversationType !== 'personal' });

/** Teams' activities as it sends them: members and conversation without the names botbuilder's types require. */
const asTeams = (activity: Record<string, unknown>) => activity as unknown as Partial<Activity>;

/** What Teams sends when the app is installed (shape of a real personal-scope install). */
const installed = (type: 'personal' | 'channel' | 'groupChat' = 'personal'): Partial<Activity> => asTeams({
  type: 'conversationUpdate',
  membersAdded: [{ id: BOT.id }],
  from: USER,
  recipient: BOT,
  conversation: conversation(type),
  channelData: { tenant: TENANT, ...(type === 'channel' ? { team: { id: '19:team' }, eventType: 'teamMemberAdded' } : {}) },
});
const installation = (): Partial<Activity> => asTeams({ type: 'installationUpdate', action: 'add', from: USER, recipient: BOT, conversation: conversation('personal'), channelData: { tenant: TENANT } });
const message = (text: string): Partial<Activity> => asTeams({ type: 'message', text, from: { ...USER, name: 'Françoise Durand' }, recipient: BOT, conversation: conversation('personal'), channelData: { tenant: TENANT } });

describe('Teams: the app installed in personal scope', () => {
  it('welcomes the resident once and starts the conversation: the commune question, answered next', async () => {
    const chat = teams();
    const welcome = await chat.say(installed());
    expect(chat.text(welcome)).toContain(fr['welcome.noCommune']);
    expect(chat.text(welcome)).toContain(fr['commune.ask'] ?? '');
    // Teams' installationUpdate of the same install, then a reinstall: no second welcome
    expect(await chat.say(installation())).toEqual([]);
    expect(await chat.say(installed())).toEqual([]);
    // the main dialog is running: the first message answers the commune question (no second greeting)
    const next = chat.text(await chat.say(message('Carrières-sous-Poissy')));
    expect(next).not.toContain(fr['welcome.hello']);
    expect(next).toContain(fr['menu.title'] ?? '');
  });

  it('says nothing when the bot is added to a channel or a group chat', async () => {
    const chat = teams();
    expect(await chat.say(installed('channel'))).toEqual([]);
    expect(await chat.say(installed('groupChat'))).toEqual([]);
  });

  it('says nothing on the installationUpdate alone', async () => {
    const chat = teams();
    expect(await chat.say(installation())).toEqual([]);
  });
});
