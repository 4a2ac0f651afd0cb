/**
 * « et la cantine ? » right after a practical answer: the same question about that service (its contacts after
 * a contacts answer, its hours after an hours answer), never a booking started; a service the commune's file
 * does not hold is said so, with the commune's contact. A booking asked as one still starts. Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string, commune = 'carrieres-sous-poissy'): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune });
  return c;
}

/** Carrières-sous-Poissy's périscolaire (the cantine's service) and its mairie, as the commune's data has them. */
const PERISCOLAIRE = ['01 39 22 36 66', 'service.periscolairesloisirs@carrieres-sous-poissy.fr'];
const MAIRIE = '01 39 22 36 00';
const SIGN_IN = fr['signIn.askEmail'] as string;
/** « je ne connais pas ses horaires »: the lead of an hours question about a service the file does not hold. */
const HOURS_NOT_KNOWN = (fr['info.notHeld'] as string).split('}} : ')[1] as string;

describe('a service named after a contacts answer', () => {
  it.each(table([['et la cantine ?'], ['et pour la cantine ?'], ['Et la restauration scolaire?'], ['et la garderie']]))('%s: « le numéro de la mairie », then « %s »: the périscolaire\'s contact, no booking', async (channel, said) => {
    const c = await chat(channel);
    expect(c.text(await c.say('le numéro de la mairie'))).toContain(MAIRIE);
    const answer = c.text(await c.say(said));
    for (const contact of PERISCOLAIRE) expect(answer).toContain(contact);
    expect(answer).not.toContain(SIGN_IN);
    // Still in the practical questions: « Autre question ? » (SMS's short text by SMS).
    expect(answer.split('\n').at(-1)).toBe(c.core.texts.for('fr', false, channel === 'sms')('info.more'));
  });

  it.each(table([['et la cantine ?']]))('%s: at a commune whose file holds no périscolaire, « %s » says so, with the commune\'s contact', async (channel, said) => {
    const c = await chat(channel, 'chanteloup-les-vignes');
    await c.say('le numéro de la mairie');
    const answer = c.text(await c.say(said));
    expect(answer).toContain((fr['info.notHeldContact'] as string).split(' de {{')[0]);
    expect(answer).not.toContain(HOURS_NOT_KNOWN);
    expect(answer).toContain('01 39 74 29 12');
    expect(answer).not.toContain(SIGN_IN);
  });

  it.each(table([['et je voudrais réserver la cantine'], ['réserver la cantine']]))('%s: « %s » is still a booking', async (channel, said) => {
    const c = await chat(channel);
    await c.say('le numéro de la mairie');
    expect(c.text(await c.say(said))).toContain(SIGN_IN);
  });
});

describe('a service named after an hours answer', () => {
  it.each(table([['et pour la cantine ?'], ['et la cantine ?']]))('%s: « horaires de la mairie », then « %s »: that service\'s hours (here: not known, said so, with its contact), no booking', async (channel, said) => {
    const c = await chat(channel);
    await c.say('horaires de la mairie');
    const answer = c.text(await c.say(said));
    expect(answer).toContain((fr['info.noHours'] as string).split(' de {{')[0]);
    expect(answer).toContain(PERISCOLAIRE[0]);
    expect(answer).not.toContain(SIGN_IN);
  });

  it.each(table([['et pour la régie ?']]))('%s: « horaires de la mairie », then « %s »: the régie\'s hours', async (channel, said) => {
    const c = await chat(channel);
    const mairie = c.text(await c.say('horaires de la mairie'));
    const regie = c.text(await c.say(said));
    expect(regie).toMatch(/\d+ h/);
    expect(regie).not.toEqual(mairie);
    expect(regie).not.toContain(MAIRIE);
  });
});

describe('the hours asked right after a service whose hours are not known', () => {
  /** The end of the lead said then: the town hall's reception answers instead. */
  const instead = (fr['info.hoursGeneralInstead'] as string).split('}}')[1] as string;
  const known = (fr['info.hoursKnownFor'] as string).split(' {{')[0] as string;
  it.each(table([['infos pratiques | qui appeler pour le menu de la cantine', 'vous etes ouvert samedi ?'], ['horaires du service périscolaire', 'vous êtes ouverts le samedi ?'], ['le numéro du service périscolaire', "c'est ouvert demain ?"]]))(
    '%s: « %s », then « %s »: the town hall reception\'s hours, said so, no dead end',
    async (channel, before, question) => {
      const c = await chat(channel);
      for (const m of before.split(' | ')) await c.say(m);
      const answer = c.text(await c.say(question));
      expect(answer).toContain(instead);
      expect(answer).toMatch(/H[oô]tel de Ville/);
      expect(answer).not.toContain(known);
    },
  );

  it.each(table([['horaires du service périscolaire', 'et pour la régie ?']]))('%s: « %s », then « %s »: the service named is answered as asked', async (channel, first, then) => {
    const c = await chat(channel);
    await c.say(first);
    expect(c.text(await c.say(then))).not.toContain(instead);
  });
});

describe('the contact or the address of a service the commune\'s file does not hold', () => {
  /** The lead `key` as this channel says it, of Chanteloup-les-Vignes' périscolaire (which its file does not hold). */
  const lead = (c: Chat, channel: string, key: string) => {
    const t = c.core.texts.for('fr', false, channel === 'sms');
    return t(key, { service: t('info.serviceName.periscolaire'), commune: 'Chanteloup-les-Vignes' });
  };

  it.each(table([['numéro de la cantine', 'info.notHeldContact'], ['le tel de la garderie svp', 'info.notHeldContact'], ['adresse du periscolaire ?', 'info.notHeldAddress']]))(
    '%s: « %s » at Chanteloup-les-Vignes says that (%s), never that its hours are not known, then the commune\'s contact',
    async (channel, said, key) => {
      const c = await chat(channel, 'chanteloup-les-vignes');
      const answer = c.text(await c.say(said));
      expect(answer).toContain(lead(c, channel, key));
      expect(answer).not.toContain(lead(c, channel, 'info.notHeld'));
      expect(answer).toContain('01 39 74 29 12');
    },
  );

  it.each(table([['la cantine est ouverte le samedi ?']]))('%s: « %s » (hours) still says its hours are not known', async (channel, said) => {
    const c = await chat(channel, 'chanteloup-les-vignes');
    expect(c.text(await c.say(said))).toContain(lead(c, channel, 'info.notHeld'));
  });
});

// « le num du centre de loisirs » after the régie's hours or « c'est où ? »: « num » asks the number (it was taken as the
// question before: « Je n'ai pas les horaires / l'adresse du Service des Accueils… », then the contacts).
describe('« num » asked after another answer', () => {
  it.each(table([['horaires de la régie', 'le num du centre de loisirs'], ['la régie c est où ?', 'et le num de la cantine ?']]))('%s: « %s », then « %s »: the périscolaire\'s contacts, as a contacts answer', async (channel, before, said) => {
    const c = await chat(channel);
    await c.say(before);
    const answer = c.text(await c.say(said));
    for (const contact of PERISCOLAIRE) expect(answer).toContain(contact);
    for (const key of ['info.noHours', 'info.noAddress']) expect(answer).not.toContain(textBefore(key));
  });
});
