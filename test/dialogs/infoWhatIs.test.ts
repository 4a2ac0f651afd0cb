/**
 * « c quoi le guichet unique ? » after another practical question (« horaires mairie lundi de pâques », « où est le
 * guichet unique ») is a question of its own: the guichet unique's contact and hours, not the day or the address of the
 * question before. « c quoi le numéro ? » still asks of the service before.
 */
import { smsSaying, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('what a service is, asked after another question', () => {
  it.each(['horaires mairie lundi de paques', 'ou est le guichet unique'])('after « %s »: the same answer as asked first', async (before) => {
    const direct = await smsSaying(chats, '78955', 'c quoi le guichet unique');
    const after = await smsSaying(chats, '78955', before, 'c quoi le guichet unique');
    expect(after.last).toEqual(direct.last);
  });

  it('« c quoi le numéro ? » after the guichet unique\'s hours: that service\'s number', async () => {
    const { last } = await smsSaying(chats, '78955', 'horaires du guichet unique', 'c quoi le numero ?');
    expect(last).toContain('01 73 16 72 97');
  });
});
