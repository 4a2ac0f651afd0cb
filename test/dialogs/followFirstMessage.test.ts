/**
 * « slt c pr suivre ma demande » as the first SMS (the commune not known yet): never a stop (the learned model
 * may say `abort` only where a word of stopping is said), the request kept while the commune is asked, and once
 * it is chosen the reference asked. « jsp la ref », « je trouve pas le numéro » at that question: the reference is
 * not at hand, the lost-reference help starts (never « je ne reconnais pas ce numéro »). The question asked next is asserted.
 */
import { smsSaying, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sms = (...says: string[]) => smsSaying(chats, ...says);

describe('following a request asked in the first SMS', () => {
  it.each([['slt c pr suivre ma demande'], ['c pour suivre ma demande svp'], ['bjr je veux suivre mon dossier']])('« %s »: kept while the commune is asked, then the reference asked', async (first) => {
    const { c, last } = await sms(first);
    expect(last).not.toContain(fr['commands.stopped']);
    expect(last).toContain(fr['commune.kept']);
    expect(c.text(await c.say('1'))).toContain(fr['follow.askReference']);
  });

  it.each([['jsp la ref'], ['je sais pas le numéro'], ['je trouve pas la référence'], ['chai pas']])('« %s » at the reference: the lost-reference help', async (said) => {
    const { c } = await sms('Carrières-sous-Poissy', 'suivre ma demande');
    const text = c.text(await c.say(said));
    expect(text).toContain(fr['lostReference.askEmail']);
    expect(text).not.toContain((fr['follow.badReference'] as string).slice(0, 30));
  });

  it.each([['laisse tomber'], ['stop'], ['je veux plus rien']])('« %s » first is still a stop', async (first) => {
    const { last } = await sms(first);
    expect(last).not.toContain(fr['commune.ask']);
  });
});
