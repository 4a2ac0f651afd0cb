/**
 * « et le centre de loisirs le mercredi ? » right after the rates (or the deadlines) of another activity: the same
 * answer for the activity named, never a booking started. A booking asked as one (« je voudrais réserver le centre »)
 * still starts. Web Chat and SMS; asserts the activities' labels in the answer and that no sign-in is asked.
 */
import type { Chat } from '../support/harness';
import { joinedSaying } from '../support/everyPrompt';
import { fr, ratesIntro, table, deadlinesIntro } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const SIGN_IN = fr['signIn.askEmail'] as string;

/** The labels of the commune's activities of these codes, and of the others. */
async function labelsOf(c: Chat, codes: string[]): Promise<{ named: string[]; others: string[] }> {
  const all = await c.core.service.listActivities('carrieres-sous-poissy');
  return { named: all.filter((a) => codes.includes(a.code)).map((a) => a.label), others: all.filter((a) => !codes.includes(a.code)).map((a) => a.label) };
}

describe('another activity named after the rates', () => {
  it.each(
    table([
      ['et le centre de loisirs le mercredi ?', ['wednesday']],
      ['et pour la cantine ?', ['canteen']],
      ['Et le centre ?', ['wednesday', 'holidays']],
    ]),
  )('%s: « combien coûte la garderie du soir ? », then « %s »: that activity\'s rates, no booking', async (channel, said, codes) => {
    const { c, asked } = await joinedSaying(chats, channel, 'combien coûte la garderie du soir ?');
    expect(c.text(asked)).toContain(ratesIntro(channel));
    const answer = c.text(await c.say(said)).replace(/ - /g, ' — ');
    expect(answer).toContain(ratesIntro(channel));
    const { named, others } = await labelsOf(c, codes);
    for (const label of named) expect(answer).toContain(label);
    for (const label of others) expect(answer).not.toContain(label);
    expect(answer).not.toContain(SIGN_IN);
  });

  it.each(table([['et le centre de loisirs ?']]))('%s: after the deadlines of the canteen, « %s »: that activity\'s deadlines, no booking', async (channel, said) => {
    const { c, asked } = await joinedSaying(chats, channel, "c'est quoi le délai pour réserver la cantine ?");
    expect(c.text(asked)).toContain(deadlinesIntro(channel));
    const answer = c.text(await c.say(said));
    expect(answer).toContain(deadlinesIntro(channel));
    const { named } = await labelsOf(c, ['wednesday']);
    for (const label of named) expect(answer).toContain(label);
    expect(answer).not.toContain(SIGN_IN);
  });

  it.each(table([
    ['je voudrais réserver le centre de loisirs mercredi'],
    ['et je veux inscrire mon fils à la cantine'],
    // Said as a booking of its own, greeted, a child and a dated day (it gave the rates again).
    ['Bonjour, fille Sara garderie matin jeudi 10? Merci'],
    ['garderie du matin demain pr Sara ?'],
  ]))('%s: after the rates, « %s » is still a booking', async (channel, said) => {
    const { c } = await joinedSaying(chats, channel, 'combien coûte la garderie du soir ?');
    expect(c.text(await c.say(said))).toContain(SIGN_IN);
  });
});
