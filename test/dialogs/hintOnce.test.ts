/**
 * A question asked again after a wrong answer says its hint once (« Écrivez-la comme 14/03/2019 », « Si vous n'en avez
 * pas, répondez non », « Donnez le numéro, la rue… »): the lead that says what was wrong already holds it, and by SMS the
 * second copy cost a segment. The lead is said, the question asked. Act and démarche, Web Chat and SMS.
 */
import { hintOnceText } from '../../dialogs/hintOnce';
import type { Chat } from '../support/harness';
import { chatSaying, textsOf } from '../support/namesChat';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = (channelId: string, ...answers: string[]) => chatSaying(chats, channelId, ...answers);
const tOf = textsOf;
const count = (text: string, part: string) => text.split(part).length - 1;
/** The question's hint: what follows its « ? », without the final stop. */
const hintOf = (question: string) => (question.split('? ')[1] ?? '<none>').replace(/[.!]$/, '');

const ACT = ['acte de naissance', 'copie intégrale', 'pour mon fils', 'ici', 'Smith', 'John'];

describe('the hint said once when a question is asked again', () => {
  it.each(table([['hier'], ['31/02/2010']]))('%s: a day not read (« %s »): the lead, the question, its hint once', async (channel, day) => {
    const c = await chat(channel, ...ACT);
    const t = tOf(c, channel);
    const question = t('civilAct.ask.eventDay', { event: t('civilAct.event.birth') });
    const said = c.text(await c.say(day));
    expect(said).toContain(question.split('? ')[0]);
    expect(count(said, hintOf(question))).toBe(1);
  });

  it.each(table([['karim']]))('%s: an e-mail not complete (« %s »): « Si vous n’en avez pas… » once', async (channel, email) => {
    const c = await chat(channel, ...ACT, '12/03/2010', 'Ahmed Smith et Fatima Smith');
    const t = tOf(c, channel);
    const said = c.text(await c.say(email));
    const hint = (t('civilAct.ask.email').split('. ').at(-1) ?? '<none>').replace(/[.!]$/, '');
    expect(said).toContain(t('civilAct.ask.email').split('? ')[0]);
    expect(count(said, hint)).toBe(1);
  });

  it.each(table([['lilas']]))('%s: an address not complete (« %s »): how to write it once', async (channel, address) => {
    const c = await chat(channel, ...ACT, '12/03/2010', 'Ahmed Smith et Fatima Smith', 'karim@example.org');
    const t = tOf(c, channel);
    const said = c.text(await c.say(address));
    expect(said).toContain(t('civilAct.ask.address').split('? ')[0]);
    expect(count(said, hintOf(t('civilAct.ask.address')))).toBe(1);
  });

  it.each(table([['hier']]))('%s: the date of birth of the electoral roll not read (« %s »): its hint once', async (channel, day) => {
    const c = await chat(channel, "m'inscrire sur les listes électorales", '1', '1', 'Smith', 'John');
    const t = tOf(c, channel);
    const said = c.text(await c.say(day));
    const question = t('demarche.electoral_roll.ask.birthDay');
    expect(said).toContain(question.split('? ')[0]);
    expect(said.match(/\d{2}\/\d{2}\/\d{4}/g)?.length).toBe(1);
  });
});

describe('what is kept', () => {
  it('a line alike but for its numbers is never left out (a basket: « Léa : à annuler le 7 décembre. » after « … le 14 décembre (non facturé). »)', () => {
    const basket = 'Votre panier :\nLéa : à annuler le 14 décembre (non facturé).\nLéa : à annuler le 7 décembre. Le délai est passé.\nConfirmez-vous ce panier ?';
    expect(hintOnceText(basket)).toBe(basket);
  });

  it('a list, its numbers and its hint are never left out', () => {
    const text = 'Je n’ai pas compris. Répondez 1 ou 2.\nQuelle forme ?\n1. Copie intégrale\n2. Extrait\nRépondez 1 ou 2.';
    expect(hintOnceText(text)).toBe('Je n’ai pas compris. Répondez 1 ou 2.\nQuelle forme ?\n1. Copie intégrale\n2. Extrait');
    expect(hintOnceText('Quelle forme ?\n1. Copie intégrale\n2. Extrait\nRépondez 1 ou 2.')).toBe('Quelle forme ?\n1. Copie intégrale\n2. Extrait\nRépondez 1 ou 2.');
  });

  it('the items of a list are kept whole, even alike but for a number or shorter than the one before', () => {
    const days = 'Quel jour ?\n1. Centre de loisirs le mercredi 9 décembre.\n2. Centre de loisirs le mercredi 16 décembre.';
    expect(hintOnceText(days)).toBe(days);
    const slots = 'Quel créneau ?\n- Garderie du matin et du soir\n- Garderie du matin';
    expect(hintOnceText(slots)).toBe(slots);
  });

  it('a question is never left out, even said twice', () => {
    expect(hintOnceText('Quelle est votre commune ?\nQuelle est votre commune ?')).toBe('Quelle est votre commune ?\nQuelle est votre commune ?');
  });
});
