/**
 * Found by walking every question of the bot with the same answers and asides (its number, « ouais », « carrément », a
 * sentence holding the option's words, « annuler », « horaires de la mairie ? », another task): the questions that did not
 * take them as they are taken elsewhere. Web Chat and SMS; each row asserts what was stored or the locale text said next.
 */
import { signedInChat } from '../support/accounts';
import { bookedThenLate } from '../support/booking';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr, labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const ACTIONS = labels('invoices.payShort', 'invoices.back', 'invoices.menu');
const payments = (c: Chat) => c.core.db.$client.prepare('select amount_cents as amount from payments').all();
const absences = (c: Chat) => c.core.db.$client.prepare('select day, reason from absences').all();

/** At the invoice of 12 € (« Payer, Mes factures, Menu »). */
async function atInvoice(channelId: string) {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  await c.say('mes factures');
  expect(offered(await c.say('1'))).toEqual(ACTIONS);
  return c;
}

describe('an option that means yes, said in a sentence', () => {
  it.each(table([['je veux payer ma facture'], ['je voudrais payer'], ['ok je vais payer']]))('%s: « %s » at the invoice pays it', async (channel, said) => {
    const c = await atInvoice(channel);
    await c.say(said);
    expect(payments(c)).toEqual([{ amount: 1200 }]);
  });

  it.each(table([['je ne veux pas payer'], ['pas payer maintenant']]))('%s: « %s » pays nothing, the question is asked again', async (channel, said) => {
    const c = await atInvoice(channel);
    const replies = await c.say(said);
    expect(payments(c)).toEqual([]);
    expect(offered(replies)).toEqual(ACTIONS);
  });
});

describe('« carrément » at a yes/no question', () => {
  it.each(CHANNELS)('%s: the online invoice is chosen', async (channel) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId: channel });
    expect(offered(await c.say('facture en ligne'))).toEqual(labels('eInvoice.yes', 'eInvoice.no'));
    await c.say('carrément');
    expect((await c.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))?.eInvoice).toBe(true);
  });
});

describe('« mot de passe oublié », its e-mail asked', () => {
  async function atEmail(channelId: string) {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say('mot de passe oublié'))).toContain(fr['signIn.askEmail']);
    return c;
  }

  it.each(table([['horaires de la mairie ?'], ["c'est ouvert ?"]]))('%s: « %s » is answered, the e-mail asked again, then taken', async (channel, said) => {
    const c = await atEmail(channel);
    const replies = c.text(await c.say(said));
    expect(replies).not.toContain(fr['signIn.badEmail']);
    expect(replies).toContain('17 h 30');
    expect(replies).toContain(fr['signIn.askEmail']);
    expect(c.text(await c.say('julie@example.org'))).toContain(textBefore('forgotPassword.sent').slice(0, 20));
  });

  it.each(table([['annuler'], ['stop']]))('%s: « %s » stops it', async (channel, said) => {
    const c = await atEmail(channel);
    const replies = c.text(await c.say(said));
    expect(replies).toContain(fr['commands.cancelled']);
    expect(replies).not.toContain(fr['commands.nothingToCancel']);
    expect(replies).not.toContain(fr['signIn.askEmail']);
  });

  it.each(CHANNELS)('%s: « aide » says what to type there', async (channel) => {
    const c = await atEmail(channel);
    expect(c.text(await c.say('aide'))).toContain(fr['commands.help.forgotPassword']);
  });

  it.each(CHANNELS)('%s: another task puts it aside, « reprendre » asks the e-mail again', async (channel) => {
    const c = await atEmail(channel);
    expect(c.text(await c.say('je veux un acte de naissance'))).toContain(textBefore('topics.paused'));
    const back = c.text(await c.say('reprendre'));
    expect(back).toContain(textBefore('topics.resumed'));
    expect(back).toContain(fr['signIn.askEmail']);
  });
});

describe('a booking asked at the absence’s questions', () => {
  it.each(CHANNELS)('%s: at « Quel enfant ? » it is another task: the absence put aside, « reprendre » asks again', async (channel) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId: channel });
    const asked = offered(await c.say('signaler une absence'));
    expect(c.text(await c.say('je voudrais réserver la cantine'))).toContain(textBefore('topics.paused'));
    expect(offered(await c.say('reprendre'))).toEqual(asked);
  });

  it.each(CHANNELS)('%s: at the reason it is not taken for the reason: nothing recorded', async (channel) => {
    const { c } = await bookedThenLate(chats, channel);
    expect(offered(await c.say('signaler une absence de Léa le 7 décembre'))).toEqual(labels('absence.reason.illness', 'absence.reason.other'));
    expect(c.text(await c.say('je voudrais réserver la cantine'))).toContain(textBefore('topics.paused'));
    expect(absences(c)).toEqual([]);
  });
});

describe('a service’s contact asked at a yes/no question, in the words of a correction', () => {
  const mairie = async (c: Chat) => (await c.core.service.findCommune('carrieres-sous-poissy'))?.services.find((s) => s.code === 'mairie');

  it.each(table([['numéro de la mairie'], ['adresse de la mairie'], ['le téléphone de la régie']]))('%s: « %s » at the online invoice is answered, nothing chosen', async (channel, said) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId: channel });
    const asked = offered(await c.say('facture en ligne'));
    const replies = await c.say(said);
    expect(offered(replies)).toEqual(asked);
    expect(c.text(replies)).not.toContain(fr['eInvoice.keptPaper']);
    expect((await c.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))?.eInvoice).toBe(false);
  });

  it.each(CHANNELS)('%s: at the read-back of « Créer mon espace », the mairie’s number is said and the read-back asked again; « oui » creates the account', async (channel) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['Créer mon espace', 'Madame', 'Durand', 'Julie', 'julie.durand@example.org', '06 12 34 56 78']) await c.say(m);
    const readBack = offered(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'));
    const replies = await c.say('numéro de la mairie');
    expect(c.text(replies)).toContain((await mairie(c))?.phone);
    expect(offered(replies)).toEqual(readBack);
    await c.say('oui');
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'julie.durand@example.org')).toMatchObject({ phone: '0612345678' });
  });
});

describe('a démarche asked while following a request', () => {
  it.each(table([['suivre ma demande'], ["j'ai perdu mon numéro de demande"]]))('%s: at « %s », « je veux m’inscrire sur les listes électorales » starts it, the following put aside', async (channel, follow) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say(follow);
    const replies = await c.say("je veux m'inscrire sur les listes électorales");
    expect(c.text(replies)).toContain(textBefore('topics.paused'));
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(offered(replies)).toEqual(['french', 'european', 'other'].map((n) => t(`demarche.electoral_roll.nationality.${n}`)));
  });
});

describe('another task asked in words that hold an option’s', () => {
  it.each(CHANNELS)('%s: « je veux signaler une absence » at « Vous déménagez » (« signaler » means the new address there) starts the absence', async (channel) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(offered(await c.say('je déménage'))).toEqual(labels('contact.move.report', 'contact.move.certificate'));
    const replies = c.text(await c.say('je veux signaler une absence'));
    expect(replies).toContain(textBefore('topics.paused'));
    expect(replies).toContain(textBefore('absence.signInFirst'));
  });
});
