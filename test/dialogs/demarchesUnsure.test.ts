/**
 * « je sais pas », « aucune idée », « jsp » at the list of démarches: how to say what is needed, the list still waiting
 * (it was « Je n'ai pas trouvé de démarche pour « je sais pas » »); the démarche named next is started. Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('not knowing which démarche', () => {
  it.each(table([['je sais pas'], ['aucune idée'], ['jsp'], ["I don't know"]]))('%s: « %s »: how to say it, then « voter » starts the electoral roll', async (channelId, said) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('démarches sans compte');
    const reply = c.text(await c.say(said));
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    expect(reply).toContain(t('demarches.unsure'));
    expect(reply).not.toContain(fr['demarches.notFound']?.split('{{')[0]);
    expect(reply).not.toContain(t('demarches.notFoundShort'));
    expect(c.text(await c.say('voter'))).toContain(fr['demarche.electoral_roll.ask.nationality']);
  });
});
