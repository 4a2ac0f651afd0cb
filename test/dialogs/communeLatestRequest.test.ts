/**
 * By SMS the commune is asked first. A first message that asks something is kept, and the question
 * says so; a request typed at that question (the resident asking something else meanwhile) is the
 * one answered once the commune is known — the first message's did win, and the later request was lost.
 */
import { fr } from '../support/prompts';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';

const smsTexts = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms');

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

function sms(): Chat {
  const c = startChat({ channelId: 'sms' });
  chats.push(c);
  return c;
}

describe('requests typed before the commune is known (SMS)', () => {
  it('says the first request is kept, and answers it once the commune is picked', async () => {
    const c = sms();
    expect(c.text(await c.say('le numero de la cantine svp'))).toContain(fr['commune.kept']);
    const communes = await c.core.service.listCommunes();
    const periscolaire = communes[0]?.services.find((s) => s.code === communes[0]?.topics.booking);
    expect(periscolaire?.phone).toBeTruthy();
    expect(c.text(await c.say('1'))).toContain(periscolaire?.phone);
  });

  it('answers the latest request typed at the commune question, not the first message', async () => {
    const c = sms();
    expect(c.text(await c.say('c ouvert la mairie samedi ?'))).toContain(fr['commune.kept']);
    await c.say('le numero de la cantine svp');
    const communes = await c.core.service.listCommunes();
    const first = communes[0];
    const periscolaire = first?.services.find((s) => s.code === first.topics.booking);
    const mairie = first?.services.find((s) => s.code === first.topics.general);
    const answered = c.text(await c.say('1'));
    expect(answered).toContain(periscolaire?.phone);
    expect(answered).not.toContain(mairie?.name);
  });

  it('a greeting first is not kept: nothing is said to be kept', async () => {
    const c = sms();
    expect(c.text(await c.say('bonjour'))).not.toContain(fr['commune.kept']);
  });

  it.each([['cpsp'], ['allo'], ['xkcd']])('« %s » first (asks nothing, not kept): once the commune is given, the menu, never « not understood »', async (first) => {
    for (const channelId of ['sms', 'webchat']) {
      const c = startChat({ channelId });
      chats.push(c);
      expect(c.text(await c.say(first))).not.toContain(fr['commune.kept']);
      const text = c.text(await c.say('78955'));
      expect(text).toContain('Carrières-sous-Poissy');
      expect(text).not.toContain(fr['menu.notUnderstood']);
      expect(text).not.toContain(smsTexts['menu.notUnderstood']);
    }
  });
});
