/** References numbered per commune and year, and following a request with its reference and e-mail. */
import { fixedClock } from '../../src/domain/clock';
import { normalizeReference, referenceNumberIn } from '../../src/domain/requests';
import type { Account, Commune } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { openTestCore, tempConfig } from '../support/harness';
import type { FollowedRequest } from '../../src/domain/requestService';

/** A request followed, or undefined when not found or locked. */
const seen = (r: FollowedRequest | 'locked' | undefined): FollowedRequest | undefined => (r === 'locked' ? undefined : r);

let core: Core;
let csp: Commune;
let account: Account;
beforeEach(async () => {
  core = await openTestCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
  csp = await core.service.getCommune('carrieres-sous-poissy');
  account = await core.service.deps.repos.accounts.create({ communeId: csp.id, email: 'julie@example.org', civility: null, firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
});
afterEach(async () => {
  await core.close();
});

describe('requests', () => {
  it('numbers references per commune prefix and year', async () => {
    const clv = await core.service.getCommune('chanteloup-les-vignes');
    const other = await core.service.deps.repos.accounts.create({ communeId: clv.id, email: 'paul@example.org', civility: null, firstName: 'Paul', lastName: 'Martin', phone: null, address: null });
    expect(await core.service.requests.submitAddressChange(account, csp, '8 allée des Lilas')).toBe('CSP-2026-000001');
    expect(await core.service.requests.submitAddressChange(account, csp, '9 allée des Lilas')).toBe('CSP-2026-000002');
    expect(await core.service.requests.submitAddressChange(other, clv, '1 av. de Poissy')).toBe('CLV-2026-000001');
  });

  it('is found from the conversation it was made in (channel, conversation and user), and from no other', async () => {
    const made = (channelId: string, conversationId: string, userId: string) => ({
      commune: csp, kind: 'address_change', email: 'julie@example.org', data: { address: '8 allée des Lilas 78955 Carrières-sous-Poissy' }, locale: 'fr',
      conversation: { channelId, reference: { channelId, conversation: { id: conversationId }, user: { id: userId }, bot: { id: 'bot' }, serviceUrl: 'http://x' } },
    });
    const first = await core.service.requests.submit(made('sms', '+33611000001', '+33611000001'));
    await core.service.requests.decide(first, 'refused', 'Pièce manquante.');
    const second = await core.service.requests.submit(made('sms', '+33611000001', '+33611000001'));
    await core.service.requests.submit(made('sms', '+33611000002', '+33611000002'));
    await core.service.requests.submit(made('webchat', '+33611000001', '+33611000001'));
    const found = await core.service.requests.madeInConversation(csp, { channelId: 'sms', conversationId: '+33611000001', userId: '+33611000001' });
    expect(found.map((r) => [r.reference, r.message])).toEqual([[second, null], [first, 'Pièce manquante.']]);
    expect(await core.service.requests.madeInConversation(await core.service.getCommune('chanteloup-les-vignes'), { channelId: 'sms', conversationId: '+33611000001', userId: '+33611000001' })).toEqual([]);
    expect(await core.service.requests.madeInConversation(csp, { channelId: 'sms', conversationId: '+33611000001', userId: 'someone else' })).toEqual([]);
  });

  it('is followed only with the matching reference and e-mail, in its commune', async () => {
    const reference = await core.service.requests.submitAddressChange(account, csp, '8 allée des Lilas');
    expect(seen(await core.service.requests.follow(csp, 'csp 2026 1', ' Julie@Example.org'))?.reference).toBe(reference);
    expect(await core.service.requests.follow(csp, reference, 'other@example.org')).toBeUndefined();
    expect(await core.service.requests.follow(csp, 'CSP-2026-000002', 'julie@example.org')).toBeUndefined();
    expect(await core.service.requests.follow(await core.service.getCommune('chanteloup-les-vignes'), reference, 'julie@example.org')).toBeUndefined();
  });

  it('is followed by its number alone with the e-mail, among that e-mail\'s requests of this commune only', async () => {
    const clv = await core.service.getCommune('chanteloup-les-vignes');
    const paul = await core.service.deps.repos.accounts.create({ communeId: csp.id, email: 'paul@example.org', civility: null, firstName: 'Paul', lastName: 'Martin', phone: null, address: null });
    const paulClv = await core.service.deps.repos.accounts.create({ communeId: clv.id, email: 'julie@example.org', civility: null, firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
    const first = await core.service.requests.submitAddressChange(account, csp, '8 allée des Lilas'); // CSP-2026-000001
    const pauls = await core.service.requests.submitAddressChange(paul, csp, '9 allée des Lilas'); // CSP-2026-000002
    await core.service.requests.submitAddressChange(paulClv, clv, '1 av. de Poissy'); // CLV-2026-000001, the same e-mail elsewhere
    const third = await core.service.requests.submitAddressChange(account, csp, '10 allée des Lilas'); // CSP-2026-000003
    for (const typed of ['000001', '1', 'la 1', 'n° 000001']) expect(seen(await core.service.requests.follow(csp, typed, 'Julie@example.org'))?.reference).toBe(first);
    expect(seen(await core.service.requests.follow(csp, '3', 'julie@example.org'))?.reference).toBe(third);
    // Another's request of the same number is never found with this e-mail, nor this e-mail's with another's.
    expect(pauls).toBe('CSP-2026-000002');
    expect(await core.service.requests.follow(csp, '000002', 'julie@example.org')).toBeUndefined();
    expect(await core.service.requests.follow(csp, '000001', 'paul@example.org')).toBeUndefined();
    expect(seen(await core.service.requests.follow(clv, '1', 'julie@example.org'))?.reference).toBe('CLV-2026-000001');
    expect(await core.service.requests.follow(clv, '3', 'julie@example.org')).toBeUndefined();
    expect(await core.service.requests.follow(csp, '0', 'julie@example.org')).toBeUndefined();
  });

  it.each([
    ['000123', '000123'], ['123', '000123'], ['n°000123', '000123'], ['la 123', '000123'], ['n° 42', '000042'], ['000123 julie2@example.org', '000123'],
    ['1234567', undefined], ['000000', undefined], ['ma demande', undefined], ['le 12 ou le 13', undefined],
  ])('reads the number alone of « %s » as %s', (typed, expected) => {
    expect(referenceNumberIn(typed)).toBe(expected);
  });

  it.each([
    ['CSP-2026-000123', 'CSP-2026-000123'],
    ['la 2026123', undefined],
    ['c est 000123', undefined],
    ['csp 2026 123', 'CSP-2026-000123'],
    ['où en est ma demande CLV-2027-42 ?', 'CLV-2027-000042'],
    ['ma demande', undefined],
    // A booking's reference (given at a booking's confirmation) is never a démarche's.
    ['je veux annuler la reservation CSP-RES-2026-000004', undefined],
    ['res 2026 4', undefined],
  ])('reads « %s » as %s', (typed, expected) => {
    expect(normalizeReference(typed)).toBe(expected);
  });
});

describe('free text in requests', () => {
  it('is stored without control or bidi-override characters, whichever way it came in', async () => {
    const reference = await core.service.requests.submit({
      commune: csp,
      kind: 'family_booklet',
      email: 'ana@example.org\u001b',
      data: { address: '1 rue\u001b[2J de la Demo\r\n78955\u202e', names: ['Ana\u0085', 'Léo\u2066'], children: 2 },
      locale: 'fr',
    });
    const stored = await core.service.deps.repos.requests.findByReference(reference);
    expect(stored?.requesterEmail).toBe('ana@example.org');
    expect(stored?.data).toEqual({ address: '1 rue[2J de la Demo\n78955', names: ['Ana', 'Léo'], children: 2 });
    const moved = await core.service.deps.repos.requests.findByReference(await core.service.requests.submitAddressChange(account, csp, '8 allée\u001b[31m des Lilas\u007f'));
    expect(moved?.data).toEqual({ address: '8 allée[31m des Lilas', householdId: account.householdId });
  });
});

describe('the rules the bot states, checked again before a request is stored', () => {
  it('stores no copie intégrale of a minor\'s own birth act, and no electoral registration of someone living elsewhere', async () => {
    const act = { kind: 'birth', format: 'full_copy', relation: 'self', eventDay: '2011-05-10' };
    await expect(core.service.requests.submit({ commune: csp, kind: 'civil_status_act', email: 'leo@example.org', data: act, locale: 'fr' })).rejects.toMatchObject({ code: 'request.minorOwnAct' });
    const voter = { nationality: 'french', tie: 'lives', lastName: 'Petit', firstName: 'Léo', birthDay: '1990-01-01', address: '10 rue de la Paix 75002 Paris' };
    await expect(core.service.requests.submit({ commune: csp, kind: 'electoral_roll', email: 'leo@example.org', data: voter, locale: 'fr' })).rejects.toMatchObject({ code: 'request.addressElsewhere' });
    expect(await core.service.requests.pending(csp.id)).toEqual([]);
    // The same with the rule kept: an extract without parents, an address here, a taxpayer living elsewhere.
    await core.service.requests.submit({ commune: csp, kind: 'civil_status_act', email: 'leo@example.org', data: { ...act, format: 'extract_without_parents' }, locale: 'fr' });
    await core.service.requests.submit({ commune: csp, kind: 'electoral_roll', email: 'leo@example.org', data: { ...voter, address: '3 rue Verte 78955' }, locale: 'fr' });
    await core.service.requests.submit({ commune: csp, kind: 'electoral_roll', email: 'leo@example.org', data: { ...voter, tie: 'taxpayer' }, locale: 'fr' });
    expect(await core.service.requests.pending(csp.id)).toHaveLength(3);
  });
});
