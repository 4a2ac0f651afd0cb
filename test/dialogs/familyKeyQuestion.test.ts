/** A question about the family key (« c'est quoi ? comment je l'obtiens ? ») is answered, no sign-in started. */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId?: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

/** The key's service (inscriptions) as the commune's data has it. */
async function keyService(c: Chat) {
  return c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'familyKey');
}

describe('a question about the family key', () => {
  it.each([
    ['web', undefined],
    ['sms', 'sms'],
  ])('%s: « c\'est quoi la clé enfance ? comment je l\'obtiens ? » says who gives it, asks no e-mail; « j\'ai pas de cle » next, the same', async (_name, channelId) => {
    const c = await chat(channelId);
    const service = await keyService(c);
    expect(service.email).toBeTruthy();
    const answer = c.text(await c.say("c'est quoi la clé enfance ? comment je l'obtiens ?"));
    expect(answer).toContain(service.email!);
    // The service is named once, above its contacts (it was named in the sentence too, then again as the heading).
    expect(answer.split(service.name).length - 1).toBe(1);
    expect(answer).not.toContain('adresse e-mail de votre espace');
    const next = c.text(await c.say("j'ai pas de cle"));
    expect(next).toContain(service.email!);
    expect(next).not.toMatch(/adresse e-mail ne semble pas|adresse e-mail de votre espace/);
  });

  it.each(['où je trouve mon code famille ?', 'à quoi sert la clé enfance', "je n'ai jamais reçu de clé enfance"])('« %s »: who gives it, no sign-in', async (said) => {
    const c = await chat();
    const service = await keyService(c);
    const answer = c.text(await c.say(said));
    expect(answer).toContain(service.email!);
    expect(answer).not.toContain('adresse e-mail de votre espace');
  });

  it('« je veux saisir ma clé enfance » still signs in first', async () => {
    const c = await chat();
    expect(c.text(await c.say('je veux saisir ma clé enfance'))).toContain("Quelle est l'adresse e-mail de votre espace ?");
  });
});
