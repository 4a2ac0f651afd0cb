/**
 * The census by SMS and Web Chat: at the birth date, « quels papiers faut il ? » and « je comprends pas »
 * were « Je ne reconnais pas cette date », and « il a eu 16 ans le 3 novembre » too; at the offer,
 * « quels papiers » was not understood; after the answer, « c koi les papiers a apporter » gave the
 * mairie's hours. Now: the papers to bring, the question explained, the birth date read from the age
 * and the day (the year derived), each followed by the same question.
 */
import { CHANNELS, fr, textBefore } from '../support/prompts';
import { demarcheChat } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** A chat joined to Carrières-sous-Poissy on Wednesday 18 November 2026. */
const chat = (channelId: string) => demarcheChat(chats, { channelId });

/** « recensement de mon fils »: the birth day asked of him (« de votre fils »). */
const askBirth = (c: Chat) => c.core.texts.for('fr')('census.askBirthOf', { name: 'votre fils' });

const requests = (c: Chat) => c.core.db.$client.prepare('select kind, data from requests').all() as Array<{ kind: string; data: string }>;

describe.each(CHANNELS)('the census\'s questions (%s)', (channelId) => {
  it('« quels papiers faut il ? » at the birth date: the papers to bring, then the date asked again', async () => {
    const c = await chat(channelId);
    await c.say('recensement de mon fils');
    const replies = c.text(await c.say('quels papiers faut il ?'));
    expect(replies).toContain(textBefore('requestFacts.papers.list'));
    expect(replies.toLowerCase()).toContain(fr['demarche.citizen_census.label.booklet']?.toLowerCase());
    expect(replies).toContain(askBirth(c));
    expect(replies).not.toContain(fr['civilAct.bad.eventDay']);
    expect(c.text(await c.say('15/11/2010'))).toContain(fr['census.offer']);
  });

  it.each(['je comprends pas', "j'ai pas compris", 'quoi ?'])('« %s » at the birth date: the question explained, then asked again', async (said) => {
    const c = await chat(channelId);
    await c.say('recensement de mon fils');
    const replies = c.text(await c.say(said));
    expect(replies).toContain(textBefore('census.why.birth'));
    expect(replies).toContain(askBirth(c));
    expect(replies).not.toContain(fr['civilAct.bad.eventDay']);
  });

  it('« il a eu 16 ans le 3 novembre »: born on 3 November 2010, the request made with that date', async () => {
    const c = await chat(channelId);
    await c.say('recensement de mon fils');
    const replies = c.text(await c.say('il a eu 16 ans le 3 novembre'));
    expect(replies).not.toContain(fr['civilAct.bad.eventDay']);
    expect(replies).toContain(fr['census.offer']);
    await c.say('oui');
    let last = '';
    for (const a of ['Durand', 'Léo', 'Poissy', 'Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']) last = c.text(await c.say(a));
    for (let i = 0; i < 3 && requests(c).length === 0 && !last.includes(fr['demarche.yes'] ?? '<missing>'); i++) last = c.text(await c.say('au guichet'));
    await c.say('oui');
    expect(requests(c)).toHaveLength(1);
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ birthDay: '2010-11-03' });
  });

  it('« il a 16 ans » without the day: the date asked again, with its year', async () => {
    const c = await chat(channelId);
    await c.say('recensement de mon fils');
    const replies = c.text(await c.say('il a 16 ans'));
    expect(replies).toContain(fr['census.bad.ageWithoutDay']);
    expect(replies).toContain(askBirth(c));
  });

  it('« quels papiers faut il ? » at the offer: the papers, then the offer again; « oui » starts the request', async () => {
    const c = await chat(channelId);
    await c.say('recensement de mon fils');
    await c.say('15/11/2010');
    const replies = c.text(await c.say('quels papiers faut il ?'));
    expect(replies).toContain(textBefore('requestFacts.papers.list'));
    expect(replies).toContain(fr['census.offer']);
    expect(c.text(await c.say('oui'))).toContain(c.core.texts.for('fr')('demarche.citizen_census.ask.lastNameOf', { name: 'votre fils' }));
  });

  it('« c koi les papiers a apporter » after the census\'s answer: the papers of the census', async () => {
    const c = await chat(channelId);
    await c.say('recensement de mon fils');
    // Too early: the answer ends the census.
    await c.say('15/03/2012');
    const replies = c.text(await c.say('c koi les papiers a apporter'));
    expect(replies).toContain(textBefore('requestFacts.papers.list'));
    expect(replies.toLowerCase()).toContain(fr['demarche.citizen_census.label.booklet']?.toLowerCase());
  });
});
