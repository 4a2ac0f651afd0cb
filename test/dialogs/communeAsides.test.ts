/**
 * Said at the commune question instead of a commune (SMS asks it first): thanks answered and the
 * commune asked again; « ok » or « bonjour » the question again, nothing said wrong; a follow-up of
 * the request kept (« et lundi 25 ? ») kept with it and answered once the commune is known; a
 * question alone (« et lundi 25 ? ») not taken for an unknown commune; « au revoir » takes leave.
 */
import { smsSaying, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sms = (...says: string[]) => smsSaying(chats, ...says);

const ask = fr['commune.ask'] ?? '<missing>';
const unknown = fr['commune.unknown'] ?? '<missing>';

describe('at the commune question by SMS', () => {
  it.each(['merci', 'merci beaucoup', 'ok merci'])('answers « %s » politely and asks the commune again', async (said) => {
    const { last } = await sms('Bonjour', said);
    expect(last).toContain(fr['menu.closing.welcome']);
    expect(last).toContain(ask);
    expect(last).not.toContain(unknown);
  });

  it.each(['ok', 'bonjour', 'd\'accord'])('asks the commune again after « %s », without « unknown commune »', async (said) => {
    const { last } = await sms('Bonjour', said);
    expect(last).toContain(ask);
    expect(last).not.toContain(unknown);
  });

  it('keeps « et lundi 25 ? » with the request kept, and answers both once the commune is known', async () => {
    const { c, last } = await sms('c ouvert samedi ?', 'et lundi 25 ?');
    expect(last).not.toContain(unknown);
    expect(last).toContain(fr['commune.kept']);
    const answered = c.text(await c.say('1'));
    // Saturday's answer, then Monday 25 January's (the next Monday the 25th from 18 November 2026).
    expect(answered).toContain('samedi');
    expect(answered).toContain('25 janvier');
  });

  it('asks the commune first for a question alone, not « unknown commune »', async () => {
    const { last } = await sms('Bonjour', 'et lundi 25 ?');
    expect(last).toContain(fr['commune.first']);
    expect(last).toContain(ask);
    expect(last).not.toContain(unknown);
  });

  it('still says a place not served is unknown (« poissy ? »)', async () => {
    const { last } = await sms('Bonjour', 'poissy ?');
    expect(last).toContain(unknown);
  });

  it('takes leave at « au revoir », and asks the commune at the next message', async () => {
    const { c, last } = await sms('Bonjour', 'au revoir');
    expect(last).toContain(fr['menu.closing.goodbye']);
    expect(last).not.toContain(ask);
    expect(c.text(await c.say('bonjour'))).toContain(ask);
    expect(c.text(await c.say('1'))).toContain(fr['commune.noted']?.split('{{')[0]);
  });

  it.each(['carrieres', 'horaires mairie carrieres'])('lists the two communes « %s » may be as a first message, and takes the number among them', async (first) => {
    const { c, last } = await sms(first);
    expect(last).toContain(fr['commune.ambiguous']);
    expect(last).toContain('1. Carrières-sous-Poissy');
    expect(last).toContain('2. Carrières-sur-Seine');
    expect(last).not.toContain('Chanteloup');
    expect(c.text(await c.say('2'))).toContain('Carrières-sur-Seine');
  });

  it.each([['merci', 'menu.closing.welcome'], ['au revoir', 'menu.closing.goodbye']])('answers « %s » as the very first message politely, and asks nothing', async (first, key) => {
    const { c, last } = await sms(first);
    expect(last).toContain(fr[key]);
    expect(last).not.toContain(ask);
    expect(c.text(await c.say('bonjour'))).toContain(ask);
  });
});
