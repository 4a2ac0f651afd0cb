/**
 * A question on the rates for several children, in a first message (« combien coute la cantine pr 2 enfants ? »): the day for
 * that many children (each band's, or the family's when signed in and linked: Madame Durand, QF 820, 3,10 € a day) and whom
 * to ask about a discount (the commune's file has none). « pour plusieurs enfants »: the discount line alone. Web and SMS.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { tariffChildren } from '../../src/nlu/tariffChildren';
import { prepare } from '../../src/nlu/frenchText';

const chats: Chat[] = [];
/** An amount as the texts write it (a no-break space before the euro sign). */
const euro = (amount: string) => new RegExp(`${amount}\\s€`);
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

it.each([
  ['combien coute la cantine pr 2 enfants ?', { count: 2 }],
  ['le tarif de la garderie pour mes trois ?', { count: 3 }],
  ["c'est combien pour deux gamins", { count: 2 }],
  ['how much is the canteen for 2 kids?', { count: 2 }],
  ['il y a un tarif fratrie ?', 'several'],
  ['combien pour plusieurs enfants', 'several'],
  ['combien coute la cantine ?', undefined],
  ['combien coute la cantine le 2 ?', undefined],
  // The count tied to the activity, not the family's.
  ["j'ai 3 enfants dont 2 à la cantine, combien ça coûte ?", { count: 2 }],
  ['2 de mes 3 enfants vont à la garderie, c combien', { count: 2 }],
  ['mes 2 enfants sur 3 mangent à la cantine, le prix ?', { count: 2 }],
  ['3 enfants, 2 mangent à la cantine, quel tarif ?', { count: 2 }],
  ["j'ai 3 enfants dont 1 à la cantine, combien ?", undefined],
  ['I have 3 kids, 2 of them eat at the canteen, how much?', { count: 2 }],
  ['combien pour mes 3 enfants à la cantine', { count: 3 }],
])('« %s »: %j', (text, said) => {
  expect(tariffChildren(prepare(text))).toEqual(said);
});

describe.each([['web', undefined], ['sms', 'sms']] as const)('%s', (_name, channelId) => {
  it.each(['combien coute la cantine pr 2 enfants ?', 'tarif cantine pour deux enfants'])('« %s »: each band for two children, the discount asked of the régie', async (question) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const text = c.text(await c.say(question));
    // 1,50 €, 3,10 €, 4,52 € a child.
    for (const total of ['3,00', '6,20', '9,04']) expect(text).toMatch(euro(total));
    expect(text).toContain(t('tariffs.childrenDiscount'));
  });

  it("« j'ai 3 enfants dont 2 à la cantine, combien ça coûte ? »: each band for the two at the canteen, never three", async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const text = c.text(await c.say("j'ai 3 enfants dont 2 à la cantine, combien ça coûte ?"));
    for (const total of ['3,00', '6,20', '9,04']) expect(text).toMatch(euro(total));
    for (const total of ['4,50', '9,30', '13,56']) expect(text).not.toMatch(euro(total));
  });

  it('in a booking, « c combien ? j ai 3 enfants dont 2 a la cantine »: the family’s day for two children', async () => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('je voudrais réserver la cantine');
    const text = c.text(await c.say("c combien ? j'ai 3 enfants dont 2 a la cantine"));
    expect(text).toMatch(euro('6,20'));
    expect(text).not.toMatch(euro('9,30'));
  });

  it('signed in and linked: the family’s day for two children', async () => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const text = c.text(await c.say('combien coute la cantine pr 2 enfants ?'));
    // The family's line (its words) with 6,20 €, and no band's total for two children (3,00 €, 9,04 €).
    expect(text).toMatch(euro('6,20'));
    expect(text).not.toMatch(euro('9,04'));
    expect(text).toContain(t('tariffs.childrenDiscount'));
  });

  it('« combien coute la cantine ? »: no line for several children', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const text = c.text(await c.say('combien coute la cantine ?'));
    expect(text).not.toContain(t('tariffs.childrenDiscount'));
    expect(text).not.toMatch(euro('6,20'));
  });
});
