/** Who is talking, hashed once a turn with Node's one-shot hash: the same ids as before (sessions go on), no Hash object made. */
import crypto from 'node:crypto';
import type { TurnContext } from 'botbuilder-core';
import { channelUser } from '../../dialogs/dialogContext';
import { sha256Hex } from '../../src/sha256Hex';

const contextOf = (channelId: string, user: string) => ({ activity: { channelId, from: { id: user } }, turnState: new Map() }) as unknown as TurnContext;
const before = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 32);

describe('channel user', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is the id sessions were stored under, made without createHash', () => {
    const expected = ['webchat:u-1', 'msteams:29:1abc', 'sms:x', 'webchat:'].map(before);
    const spy = jest.spyOn(crypto, 'createHash');
    const ids = [contextOf('webchat', 'u-1'), contextOf('msteams', '29:1abc'), contextOf('sms', 'x'), contextOf('webchat', '')].map(channelUser);
    expect(spy).not.toHaveBeenCalled();
    expect(ids).toEqual(expected);
  });

  it('hashes any text as createHash does', () => {
    for (const text of ['', 'sms:+33612345678', 'é€😀', 'x'.repeat(10_000)]) expect(sha256Hex(text)).toBe(crypto.createHash('sha256').update(text).digest('hex'));
  });
});
