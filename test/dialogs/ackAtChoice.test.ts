/**
 * « ok », « d'accord » at a question with options (not a yes or no): it chooses none. The bot says which answers
 * it awaits (the options, or how to answer a long list; by SMS, where they are numbered below with « Répondez 1, 2 ou 3 »,
 * to choose one), then asks the question again; nothing is chosen.
 */
import { CHANNELS, offered } from '../support/prompts';
import { demarcheChat } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('« ok » at a question with options (%s)', (channelId) => {
  it.each(['ok', "d'accord", 'ouais', 'oui'])('« %s » at the act\'s form: the options are named, the question asked again', async (said) => {
    const c = await demarcheChat(chats, { channelId });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const asked = await c.say("je veux faire une demande d'acte de naissance");
    const forms = offered(asked);
    expect(forms).toHaveLength(3);
    const again = await c.say(said);
    const or = ` ${t('choice.or')} `;
    // By SMS the options are numbered below, with how to answer: the lead says to choose one of them.
    if (channelId === 'sms') expect(c.text(again)).toContain(`${t('choice.pickListed')}\n`);
    else expect(c.text(again)).toContain(t('choice.pickOne', { options: `${forms.slice(0, -1).join(', ')}${or}${forms.at(-1) ?? ''}` }));
    expect(offered(again)).toEqual(forms);
    // Still at that question: its second option chooses.
    expect(offered(await c.say('2'))).not.toEqual(forms);
  });
});
