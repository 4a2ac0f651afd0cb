/**
 * A stop said with a return (« laisse tomber jverrai plus tard », « laissez tomber, je reviendrai plus tard ») puts the task aside:
 * « reprendre » brings it back at its question, what was given kept. « laisse tomber » alone still stops it (nothing to
 * take back). Web Chat and SMS, an account being created.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function accountUnderWay(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('je veux creer mon compte, je suis mr Benali Karim');
  await c.say('karim.benali@example.org');
  return c;
}

describe('a task stopped for later', () => {
  it.each(table([['laisse tomber jverrai plus tard'], ['laissez tomber, je reviendrai plus tard'], ['on verra une autre fois, laissez tomber'], ["j'arrête je reviendrai demain"], ['je reviens plus tard'], ['on verra demain']]))('%s: « %s » then « reprendre »: the form back, the e-mail kept', async (channel, stop) => {
    const c = await accountUnderWay(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const said = c.text(await c.say(stop));
    expect(said).toContain(t('topics.later'));
    // Not read as an answer to the phone question asked.
    expect(said).not.toContain(t('createAccount.bad.phone'));
    const again = c.text(await c.say('reprendre'));
    expect(again).not.toContain(t('topics.nothingPaused'));
    expect(again).toContain((fr['topics.resumed'] as string).split('{{')[0] as string);
    // The read-back at the end still holds the e-mail given before the stop.
    let last = '';
    for (const a of ['non', '12 rue de la Paix 78955 Carrières-sous-Poissy']) last = c.text(await c.say(a));
    expect(last).toContain('karim.benali@example.org');
  });

  it.each(table([['laisse tomber']]))('%s: « %s » alone still stops: nothing to take back', async (channel, stop) => {
    const c = await accountUnderWay(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(stop))).toContain(t('commands.cancelled'));
    expect(c.text(await c.say('reprendre'))).toContain(t('topics.nothingPaused'));
  });
});
