/**
 * A question about a child's day at the canteen or the accueils (a diet, an allergy, the menus, an item lost, a medicine):
 * answered with the contact of the service that looks after the children, never a booking nor a sign-in. A booking that
 * mentions an allergy stays a booking. A child starting school (« il rentre au CP en septembre »): how to enrol. Web Chat
 * and SMS; asserts the answer's lead (its locale key) and the périscolaire's contact.
 */
import type { Chat } from '../support/harness';
import { joinedSaying } from '../support/everyPrompt';
import { fr, table, textBeforeOn } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Carrières-sous-Poissy's périscolaire, the service of its bookings. */
const PERISCOLAIRE = '01 39 22 36 66';
const SIGN_IN = fr['signIn.askEmail'] as string;

describe('a question about a child\'s day at the canteen or the accueils', () => {
  it.each(
    table([
      ['ma fille mange sans porc, c possible ?', 'diet'],
      ['mon fils a une allergie aux arachides', 'diet'],
      ['My son has a nut allergy', 'diet'],
      ["la cantine c'est quel menu cette semaine", 'menus'],
      ["qu'est-ce qu'ils mangent à la cantine demain ?", 'menus'],
      ['mon fils a perdu son doudou a la garderie', 'lost'],
      ['elle a oublié sa veste à la cantine hier', 'lost'],
      ['il a oublié son sac à la garderie', 'lost'],
      ['il doit prendre un antibiotique a midi, la cantine peut lui donner ?', 'medicine'],
      // A diet said as what the child does not eat (it was an absence, a sign-in asked).
      ['mon fils mange pas de porc', 'diet'],
      ['ma fille ne mange pas de viande', 'diet'],
    ]),
  )('%s: « %s » gets the périscolaire\'s contact (%s), no booking, no sign-in', async (channel, said, kind) => {
    const { c, asked } = await joinedSaying(chats, channel, said);
    const answer = c.text(asked);
    // In English when written in English (the bot switches).
    const leads = (['fr', 'en'] as const).map((lang) => c.core.texts.for(lang, false, channel === 'sms')(`care.${kind}`));
    expect(leads.some((lead) => answer.includes(lead))).toBe(true);
    expect(answer).toContain(PERISCOLAIRE);
    expect(answer).not.toContain(SIGN_IN);
  });

  it.each(
    table([
      ['réserver la cantine lundi pour Léa, elle est allergique au gluten'],
      ['inscrire mon fils à la cantine vendredi, il mange sans porc'],
      ["Victoire ne déjeunera pas à la cantine jeudi 26 novembre, elle a un rendez-vous chez l'allergologue"],
      ['il mange pas de porc, il sera absent demain'],
      ["Le service m'a demandé un certificat médical pour le PAI de ma fille. Où le déposer ?"],
    ]),
  )('%s: « %s » stays the task (a sign-in first)', async (channel, said) => {
    const { c, asked } = await joinedSaying(chats, channel, said);
    expect(c.text(asked)).toContain(SIGN_IN);
  });

  it.each(
    table([
      ['mon mari est allergique aux chats'],
      ['je suis allergique au pollen'],
      ['ma femme est végétarienne'],
      ['My husband is allergic to cats'],
      ['il a oublié son sac à la maison'],
      ['elle a laissé son doudou chez sa grand-mère'],
      ['he forgot his bag at home'],
    ]),
  )('%s: « %s », a grown-up\'s allergy, one with nothing to do with meals, an item left at home: not understood, no care answer, no absence', async (channel, said) => {
    const { c, asked } = await joinedSaying(chats, channel, said);
    const answer = c.text(asked);
    const leads = (['fr', 'en'] as const).flatMap((lang) => ['care.diet', 'care.lost'].map((key) => c.core.texts.for(lang, false, channel === 'sms')(key)));
    expect(leads.some((lead) => answer.includes(lead))).toBe(false);
    expect(answer).not.toContain(PERISCOLAIRE);
    expect(answer).not.toContain(SIGN_IN);
    const notUnderstood = (['fr', 'en'] as const).map((lang) => c.core.texts.for(lang, false, channel === 'sms')('menu.notUnderstood'));
    expect(notUnderstood.some((text) => answer.includes(text))).toBe(true);
  });

  it.each(table([['mon enfant rentre au CP en septembre'], ['ma fille entre en maternelle à la rentrée']]))('%s: « %s » says how to enrol at school', async (channel, said) => {
    const { c, asked } = await joinedSaying(chats, channel, said);
    const answer = c.text(asked);
    expect(answer).toContain(textBeforeOn('enrolment.school', channel));
    expect(answer).not.toContain(SIGN_IN);
  });
});
