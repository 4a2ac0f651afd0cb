/**
 * « in English please », « english » (and « en français ») at a question of a task: the question is
 * asked again in the new language, not repeated as it was written (the prompt is stored rendered);
 * the options it offers, renamed, are still understood. Web Chat and SMS; the assertions look at
 * which question is asked again (its locale key, in the new language) and at what the answer does.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

/** The last reply of the turn: the question asked again. */
const lastText = (replies: Awaited<ReturnType<Chat['say']>>) => replies.at(-1)?.text ?? '';

describe.each(CHANNELS)('%s: changing language at a question', (channelId) => {
  it.each(['in English please', 'english'])('« %s » at the sign-in\'s e-mail question: asked again in English', async (said) => {
    const c = await chat(channelId);
    await c.say('Me connecter');
    const again = lastText(await c.say(said));
    expect(again).toContain(c.core.texts.for('en')('signIn.askEmail'));
    expect(again).not.toContain(c.core.texts.for('fr')('signIn.askEmail'));
    // The question is still the e-mail's: an address answers it (the code is then asked, in English).
    expect(c.text(await c.say('julie.durand@example.org'))).toContain(c.core.texts.for('en', false, channelId === 'sms')('signIn.askCode'));
  });

  it('« english » at the kind of civil-status record: asked again in English, its options read in English (« Death record »)', async () => {
    const c = await chat(channelId);
    await c.say('Démarches sans compte');
    await c.say('1');
    const en = c.core.texts.for('en', false, channelId === 'sms');
    const again = JSON.stringify(await c.say('english'));
    for (const kind of ['birth', 'marriage', 'death']) expect(again).toContain(en(`civilAct.kind.${kind}`));
    expect(again).not.toContain(c.core.texts.for('fr')('civilAct.kind.death'));
    if (channelId === 'sms') expect(again).toContain(en('choice.hint', { numbers: `1, 2 ${en('choice.or')} 3` }));
    // The death record chosen: the next question is its place.
    expect(c.text(await c.say(en('civilAct.kind.death')))).toContain(en('civilAct.ask.place', { event: '§' }).split('§')[0]!);
  });

  it('« english » then « en français » at the list of démarches: each time asked again in that language', async () => {
    const c = await chat(channelId);
    await c.say('Démarches sans compte');
    const sms = channelId === 'sms';
    const en = lastText(await c.say('english'));
    expect(en).toContain(c.core.texts.for('en', false, sms)('demarches.ask'));
    expect(en).not.toContain(c.core.texts.for('fr', false, sms)('demarches.ask'));
    const fr = lastText(await c.say('en français'));
    expect(fr).toContain(c.core.texts.for('fr', false, sms)('demarches.ask'));
    expect(fr).not.toContain(c.core.texts.for('en', false, sms)('demarches.ask'));
  });
});
