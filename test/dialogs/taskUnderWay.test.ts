/**
 * A task asked for again at the question of a step inside it (« payer ma facture » at the sign-in
 * the invoices asked for): it is under way, nothing is put aside, and once signed in the resident
 * is in that task with nothing left to take back.
 */
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PAUSED = (fr['topics.paused'] as string).split('{{')[0] as string;
const UNDER_WAY = (fr['topics.underWay'] as string).split('{{')[0] as string;

describe.each(CHANNELS)('a task asked again while its sign-in waits (%s)', (channelId) => {
  async function signingInFor(first: string): Promise<Chat> {
    const c = startChat({ channelId });
    chats.push(c);
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'ines.martin@example.org', civility: 'madame', firstName: 'Inès', lastName: 'Martin', phone: null, address: null });
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say(first))).toContain(fr['signIn.askEmail']);
    return c;
  }

  it.each([
    ['je voudrais payer ma facture', 'ok et pour payer ma facture de cantine je fais comment'],
    ['mes factures', 'je veux voir mes factures'],
    ['je voudrais payer ma facture', 'mes factures'],
  ])('« %s », then « %s » at the e-mail: said under way, the e-mail asked again, nothing put aside', async (first, again) => {
    const c = await signingInFor(first);
    const said = c.text(await c.say(again));
    expect(said).toContain(UNDER_WAY);
    expect(said).not.toContain(PAUSED);
    expect(said.split('\n').at(-1)).toBe(fr['signIn.askEmail']);
    await c.say('ines.martin@example.org');
    const done = c.text(await c.say(lastCode(c.core.config.outboxDir, 'ines.martin@example.org')));
    expect(c.core.db.$client.prepare('select count(*) as n from sessions').get()).toEqual({ n: 1 });
    expect(done).not.toContain((fr['topics.offer'] as string).split('{{')[0]);
    // The invoices go on: the account has no family file yet, its key asked (or by SMS where to link it); nothing set aside.
    expect(done).toContain(channelId === 'sms' ? (fr['familyFile.linkFirstElsewhere'] as string).split('{{')[0] : fr['familyFile.linkFirst']);
    expect(c.text(await c.say('reprendre'))).not.toContain(PAUSED);
  });

  it('another task at the same e-mail question is still put aside', async () => {
    const c = await signingInFor('mes factures');
    expect(c.text(await c.say('je veux un acte de naissance'))).toContain(PAUSED);
  });
});
