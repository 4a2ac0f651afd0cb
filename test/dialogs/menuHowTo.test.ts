/** At the menu: how a task goes, asked naming nothing of it, gets that task's help; a plain yes or no, in French or English, is heard. */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';

const CSP = { commune: 'carrieres-sous-poissy' };
const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');
const chats: Chat[] = [];
function chat(): Chat {
  const c = startChat();
  chats.push(c);
  return c;
}
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('how a task goes, at the menu', () => {
  it.each([
    ['comment je fais pour signaler une absence ?', 'commands.help.absence'],
    ['comment faire pour annuler', 'commands.help.booking'],
    ['comment marche le paiement ?', 'invoices.paymentMeans'],
    ['comment faire pour payer', 'invoices.paymentMeans'],
  ])('« %s » gets %s, no sign-in asked', async (text, key) => {
    const c = chat();
    await c.join(CSP);
    const replies = c.text(await c.say(text));
    expect(replies).toContain(fr[key]);
    expect(replies).not.toContain(fr['menu.notUnderstood']);
    expect(replies).not.toContain(fr['commands.help.menu']);
  });
});

it('« how do I report an absence? » gets the absence’s help, in English', async () => {
  const c = chat();
  await c.join(CSP);
  expect(c.text(await c.say('how do I report an absence?'))).toContain(en['commands.help.absence']);
});

describe('a plain yes or no at the menu', () => {
  it.each(['oui', 'yes', 'yep'])('« %s » shows the menu, not « pas compris »', async (text) => {
    const c = chat();
    await c.join(CSP);
    const replies = c.text(await c.say(text));
    expect(replies).not.toContain(fr['menu.notUnderstood']);
    expect(replies).toContain(fr['menu.title']);
  });

  it.each(['no', 'nope', 'non'])('« %s » is heard as « non »', async (text) => {
    const c = chat();
    await c.join(CSP);
    const replies = c.text(await c.say(text));
    expect(replies).not.toContain(fr['menu.notUnderstood']);
    expect(replies).toContain(fr['commands.abortAtMenu']);
  });
});
