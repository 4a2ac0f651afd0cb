/**
 * A conversation saved by an older version of the bot, whose dialogs have changed since (an upgrade that adds a task):
 * botbuilder raises « versionChanged » on its next message. Unhandled, it was reported through a telemetry client the
 * bot did not have, and every message of that conversation failed (« problème technique », « menu » and STOP included;
 * by SMS, the resident's number was stuck for good). Now the conversation goes on where it was.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The saved dialog versions made those of an older bot. */
const agedState = (c: Chat) => c.core.db.$client.prepare(`update bot_state set data = replace(data, '"version":"', '"version":"old') where key like '%/conversations/%'`).run().changes;

describe('a conversation saved before the dialogs changed', () => {
  it.each(table([['menu'], ['horaires de la mairie']]))('%s: « %s » is answered, not « problème technique »', async (channel, text) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('horaires de la mairie');
    expect(agedState(c)).toBeGreaterThan(0);
    const said = c.text(await c.say(text));
    expect(said).not.toContain(textBefore('errors.generic'));
  });

  it('webchat: a question asked before (the basket) still takes its answer, and the booking is stored', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa le 7 janvier');
    agedState(c);
    const said = c.text(await c.say('oui'));
    expect(said).not.toContain(textBefore('errors.generic'));
    expect(said).toContain(textBefore('booking.confirm.done'));
    expect(c.core.db.$client.prepare("select day from reservations where status = 'confirmed'").all()).toEqual([{ day: '2027-01-07' }]);
  });
});

