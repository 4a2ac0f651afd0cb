/**
 * A service the commune's file does not hold and the bot has no code for (« le tel de la police municipale svp »):
 * said plainly, with the general service's contact; never the contact of the service answered just before.
 * Carrières-sous-Poissy, Web and SMS.
 */
import path from 'node:path';
import { answerInfo } from '../../dialogs/infoAnswers';
import { Texts } from '../../src/i18n';
import { parseInfoQuery } from '../../src/nlu/infoQuery';
import { ROOT, startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId?: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

/** The mairie's standard (the commune's general service) and the services asked before. */
const MAIRIE = '01 39 22 36 00';
const PERISCOLAIRE = ['01 39 22 36 66', 'service.periscolairesloisirs@carrieres-sous-poissy.fr'];
const ETAT_CIVIL = ['01 39 22 36 08', 'etatcivil-elections@carrieres-sous-poissy.fr'];

describe.each([['web', undefined], ['sms', 'sms']] as const)('%s: the police municipale, not held', (_name, channelId) => {
  it.each([
    ['numéro du périscolaire', PERISCOLAIRE],
    ["contact de l'état civil", ETAT_CIVIL],
  ])('after « %s », « le tel de la police municipale svp » gives the mairie\'s standard, not that service\'s', async (before, previous) => {
    const c = await chat(channelId);
    expect(c.text(await c.say(before))).toContain(previous[0]);
    const police = c.text(await c.say('le tel de la police municipale svp'));
    expect(police).toContain(MAIRIE);
    for (const contact of previous) expect(police).not.toContain(contact);
    // « et ses horaires ? »: still not another service's as if it were the police's own.
    const after = c.text(await c.say('et le CCAS ?'));
    expect(after).toContain(MAIRIE);
    for (const contact of previous) expect(after).not.toContain(contact);
  });

  it('as the first question: the mairie\'s standard', async () => {
    const c = await chat(channelId);
    expect(c.text(await c.say('le tel de la police municipale svp'))).toContain(MAIRIE);
  });
});

describe('a commune whose file names such a service', () => {
  it('gives that service\'s own contact', async () => {
    const c = await chat();
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    const police = { ...commune.services[0]!, name: 'Police municipale', phone: '01 00 00 00 17', email: undefined, address: undefined, hours: undefined };
    const t = Texts.create(path.join(ROOT, 'locales')).for('fr');
    const text = answerInfo(t, 'fr', { ...commune, services: [...commune.services, police] }, parseInfoQuery('le tel de la police municipale svp'), new Date('2026-11-18T14:00:00Z'));
    expect(text).toContain('01 00 00 00 17');
    expect(text).not.toContain(MAIRIE);
  });
});
