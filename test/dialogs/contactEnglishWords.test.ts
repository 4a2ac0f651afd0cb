/**
 * A contact detail named in English or with a typo (« change my phone number », « my new address »,
 * « changer mon telphone »): that detail is asked at once. The English words were not known, and
 * « What would you like to change? » was asked again.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { contactFieldIn } from '../../src/nlu/accountTopics';
import { signedInChat } from '../support/accounts';
import { ROOT, type Chat } from '../support/harness';

const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a contact detail named in English or misspelt', () => {
  it.each([
    ['hello, I want to change my phone number', 'phone'],
    ['change my mobile number please', 'phone'],
    ['I moved, new address', 'address'],
    ['update my home adress', 'address'],
    ['change my email address', 'email'],
    ['changer mon telphone', 'phone'],
    ['nouvelle addresse', 'address'],
    ['my file number is CSP-F-000101', undefined],
  ])('« %s » names %s', (said, field) => {
    expect(contactFieldIn(said)).toBe(field);
  });

  it('« hello, I want to change my phone number »: the new number is asked, then saved', async () => {
    const { c, account } = await signedInChat(chats, { phone: '0611223344' });
    await c.say('english');
    const said = c.text(await c.say('hello, I want to change my phone number'));
    expect(said).not.toContain(en['contact.which']);
    expect(said).toContain(en['createAccount.ask.phone']);
    await c.say('06 12 34 56 78');
    expect((await c.core.service.deps.repos.accounts.get(account.id))?.phone).toBe('0612345678');
  });
});
