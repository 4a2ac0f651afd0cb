/**
 * A name typed at a name question: the name said in a sentence (« je m'appelle Durand », « oui
 * Durand ») is taken; a sentence that is not a name (« oui on habite ensemble ») is asked again.
 */
import { check } from '../../dialogs/accountFields';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

describe('a name in a sentence', () => {
  it.each([
    ['Durand', 'Durand'],
    ["je m'appelle Durand", 'Durand'],
    ['jm appelle durand', 'DURAND'],
    ["c'est Durand-Martin", 'Durand-Martin'],
    ["moi c'est julie", 'JULIE'],
    ['oui Durand', 'Durand'],
    ['mon nom c est Le Gall', 'Le Gall'],
    ['nom : Da Silva', 'Da Silva'],
    ["d'Alembert", "d'Alembert"],
    ['Jean Pierre', 'Jean Pierre'],
  ])('« %s » is the name « %s »', (text, name) => {
    expect(check('lastName', text)).toBe(name);
  });

  it.each(['oui on habite ensemble', 'non je suis pas marié', "c'est pour moi", 'je ne sais pas', 'ok', 'oui', 'euh'])('« %s » is not a name', (text) => {
    expect(check('lastName', text)).toBeUndefined();
  });
});

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('a sentence at the name of a démarche (%s)', (channelId) => {
  it('« oui on habite ensemble » is not taken for the name: the name is asked again', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('certificat de vie commune');
    const reply = c.text(await c.say('oui on habite ensemble'));
    expect(reply).toContain(fr['demarche.cohabitation_certificate.ask.lastName']);
    expect(reply).not.toContain(fr['demarche.cohabitation_certificate.ask.firstName']);
    expect(c.text(await c.say("je m'appelle Durand"))).toContain(fr['demarche.cohabitation_certificate.ask.firstName']);
  });
});

describe('names that start with « Ben »', () => {
  it.each(['Ben Salah', 'ben salah', 'Ben Ahmed', 'Benali'])('« %s » is a last name', (said) => {
    expect(check('lastName', said)?.toLowerCase()).toBe(said.toLowerCase());
  });
  it.each(['ben je sais pas', 'ben quoi', 'ben oui'])('« %s » is still not a name', (said) => {
    expect(check('lastName', said)).toBeUndefined();
  });
});
