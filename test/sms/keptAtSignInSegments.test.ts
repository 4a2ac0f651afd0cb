/**
 * Requests typed while a task waits for its sign-in (« mes réservations », then « annule le 17 pour hugo », « ça fait
 * combien ») are made one at a time by SMS: the code's reply is the first task's answer and the next request quoted,
 * « suite » makes it. Before, all three came in the code's reply: 577 characters, 4 segments. Web Chat still makes
 * them all in the code's turn (dialogs/keptNextBySms.ts).
 */
import type { Chat } from '../support/harness';
import { signedInChat } from '../support/accounts';
import { lastCode } from '../support/outbox';
import { runningDialogs } from '../support/dialogStack';
import { smsCost, smsResident } from '../support/smsResident';
import { toGsm7 } from '../../src/sms/smsText';
import { SIGN_IN_DIALOG } from '../../dialogs/signInDialog';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const EMAIL = 'francoise.durand@example.org';

async function smsWithAccount(): Promise<{ say: (text: string) => Promise<string[]>; c: Chat }> {
  const say = smsResident(chats, 'carrieres-sous-poissy', '+33600000777', '2026-12-07T09:00:00Z');
  const c = chats.at(-1) as Chat;
  const repos = c.core.service.deps.repos;
  const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
  await repos.accounts.linkHousehold(account.id, (await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))!.id);
  return { say, c };
}

describe('requests kept at a sign-in, by SMS', () => {
  it('are made one at a time on « suite », each reply in at most 3 segments (was 4 in one reply)', async () => {
    const { say, c } = await smsWithAccount();
    for (const said of ['mes reservations', 'annule le 17 pour hugo', 'ça fait combien', EMAIL]) await say(said);
    const t = c.core.texts.for('fr', false, true);
    const ask = (request: string) => toGsm7(t('signIn.keptNextAsk', { request }));
    const code = await say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(code.join('\n')).toContain(ask('annule le 17 pour hugo'));
    expect(code.join('\n')).not.toContain(toGsm7(t('signIn.nextKept')));
    expect(smsCost(code)).toBeLessThanOrEqual(3);
    expect(runningDialogs(c)).not.toContain(SIGN_IN_DIALOG);
    const second = await say('suite');
    expect(second.join('\n')).toContain(ask('ça fait combien'));
    expect(smsCost(second)).toBeLessThanOrEqual(2);
    const third = await say('ouais');
    expect(third.join('\n')).toContain(toGsm7(t('invoices.none')));
    expect(third.join('\n')).not.toContain(toGsm7(t('signIn.keptNextAsk', { request: '' }).split('"')[0] as string));
    expect(smsCost(third)).toBeLessThanOrEqual(2);
  });

  it('« non » at « Demande suivante » forgets them; another request is made, the kept one offered again after it', async () => {
    const { say, c } = await smsWithAccount();
    for (const said of ['mes reservations', 'annule le 17 pour hugo', 'ça fait combien', EMAIL]) await say(said);
    const t = c.core.texts.for('fr', false, true);
    await say(lastCode(c.core.config.outboxDir, EMAIL));
    const other = (await say('mes factures')).join('\n');
    expect(other).toContain(toGsm7(t('invoices.none')));
    expect(other).toContain(toGsm7(t('signIn.keptNextAsk', { request: 'annule le 17 pour hugo' })));
    expect((await say('non')).join('\n')).toContain(toGsm7(t('signIn.keptDropped')));
    expect((await say('suite')).join('\n')).not.toContain(toGsm7(t('invoices.none')));
  });
});

describe('requests kept at a sign-in, on Web Chat', () => {
  it('are all made in the code\'s turn', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101', signIn: false });
    for (const said of ['mes reservations', 'annule le 17 pour hugo', 'ça fait combien', EMAIL]) await c.say(said);
    const t = c.core.texts.for('fr');
    const code = c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)));
    expect(code.split(t('signIn.nextKept')).length).toBe(3);
    expect(code).toContain(t('invoices.none'));
  });
});
