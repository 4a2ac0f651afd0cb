/**
 * The price of a démarche made elsewhere (« combien coûte un passeport ? », « c combien » right after the identity card
 * explained): its price and where to go, never the rates of the children's activities (« Prix par jour selon votre QF »)
 * nor the invoices. By SMS, the identity card's answer fits in 2 segments. Web Chat and SMS; intents and answer keys asserted.
 */
import { understand } from '../../src/nlu/understand';
import { segments, toGsm7 } from '../../src/sms/smsText';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channel: string, commune = 'chanteloup-les-vignes') {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune });
  const t = c.core.texts.for('fr', false, channel === 'sms');
  /** The rates of the activities shown (their short heading by SMS). */
  const rates = (reply: string) => reply.includes(t('tariffs.introShort')) || reply.includes(t('tariffs.intro', { commune: 'Chanteloup-les-Vignes' }));
  return { c, t, rates };
}

describe('the price of a démarche made elsewhere', () => {
  it.each([
    ['combien coute un passeport', 'elsewhere_demarche'],
    ['combien coûte une carte d identité ?', 'elsewhere_demarche'],
    ['combien coute la cantine', 'list_invoices'],
    ['how much is a passport', 'elsewhere_demarche'],
    ['how much does an id card cost?', 'elsewhere_demarche'],
    ['how much do I owe', 'list_invoices'],
  ])('« %s » is understood as %s', (said, intent) => {
    expect(understand(said, { today: '2026-12-07' }).intent).toBe(intent);
  });

  it.each(table([['combien coute un passeport', 'passport'], ['la carte d identite c gratuit ?', 'identity_card'], ['c payant le pacs ?', 'pacs']]))('%s: « %s »: its price and where to go, not the rates', async (channel, asked, kind) => {
    const { c, t, rates } = await chat(channel);
    await c.say('bonjour');
    const reply = c.text(await c.say(asked));
    expect(reply).toContain(t(`elsewhere.price.${kind}`));
    // By SMS, the passport's and identity card's price alone, with whom to book (the procedure on ants.gouv.fr said when asked).
    expect(reply.includes(t(`elsewhere.${kind}`))).toBe(channel !== 'sms' || kind === 'pacs');
    expect(rates(reply)).toBe(false);
  });

  it.each(table([['c combien'], ['et c est gratuit ?']]))('%s: « %s » right after the identity card explained: its price; the canteen asked next has its rates', async (channel, asked) => {
    const { c, t, rates } = await chat(channel);
    await c.say('bonjour');
    const explained = c.text(await c.say('slt c pour refaire ma carte d identite'));
    expect(explained).toContain(t('elsewhere.identity_card'));
    if (channel === 'sms') expect(segments(toGsm7(explained))).toBeLessThanOrEqual(2);
    const priced = c.text(await c.say(asked));
    expect(priced).toContain(t('elsewhere.price.identity_card'));
    expect(rates(priced)).toBe(false);
    expect(rates(c.text(await c.say('c combien la cantine')))).toBe(true);
  });

  it.each(table([['et comment on fait ?', 'combien coute un passeport', 'passport'], ['comment faire', 'la carte d identite c gratuit ?', 'identity_card'], ['il faut quoi ?', 'combien coute un passeport', 'passport']]))('%s: « %s » right after « %s »: its procedure, not the help and the menu', async (channel, asked, first, kind) => {
    const { c, t } = await chat(channel);
    await c.say('bonjour');
    await c.say(first);
    const how = c.text(await c.say(asked));
    expect(how).toContain(t(`elsewhere.${kind}`));
    expect(how).not.toContain(t('commands.help.footer'));
    if (channel === 'sms') expect(segments(toGsm7(how))).toBeLessThanOrEqual(2);
  });
});
