/**
 * botbuilder-dialogs' memory paths parsed once per text (src/bot/dialogPaths.ts): the same segments as its own parser,
 * each caller its own copy, a path with brackets read from memory at each call, an invalid path refused as before.
 */
import { DialogStateManager } from 'botbuilder-dialogs/lib/memory/dialogStateManager';
import { keepDialogPaths } from '../../src/bot/dialogPaths';

const original = DialogStateManager.prototype.parsePath;

/** A manager whose getValue answers from a plain object (what a bracketed path reads). */
function manager(memory: Record<string, unknown>): DialogStateManager {
  const m = Object.create(DialogStateManager.prototype) as DialogStateManager;
  (m as unknown as { getValue: (p: string) => unknown }).getValue = (p: string) => memory[p];
  return m;
}

const PATHS = ['turn.activity', 'dialog._tracker.paths', 'turn', 'a..b', '.x', 'x.$foo', 'user.profile.name', 'profile.address[0]', "user['a b']", 'x[y.z]'];

describe('dialog memory paths kept by text', () => {
  const before = PATHS.map((p) => [p, original.call(manager({ 'y.z': 'first' }), p), original.call(manager({ 'y.z': 'first' }), p, false)]);
  let parsed = 0;
  DialogStateManager.prototype.parsePath = function counted(this: DialogStateManager, p: string, nested?: boolean) {
    parsed += 1;
    return original.call(this, p, nested);
  };
  keepDialogPaths();
  const parse = (m: DialogStateManager, p: string, nested?: boolean) => m.parsePath(p, nested);

  it('gives the segments botbuilder-dialogs gives, the second time as the first', () => {
    for (let round = 0; round < 2; round += 1) {
      for (const [p, nested, flat] of before) {
        expect(parse(manager({ 'y.z': 'first' }), p as string)).toEqual(nested);
        expect(parse(manager({ 'y.z': 'first' }), p as string, false)).toEqual(flat);
      }
    }
  });

  it('parses a path without brackets once', () => {
    const m = manager({});
    const from = parsed;
    for (let i = 0; i < 5; i += 1) parse(m, 'turn.activity.locale');
    expect(parsed - from).toBe(1);
    for (let i = 0; i < 2; i += 1) parse(m, 'x[y.z]');
    expect(parsed - from).toBe(3);
  });

  it('gives each caller its own array (deleteValue pops the last segment)', () => {
    const m = manager({});
    const a = parse(m, 'turn.activity.text');
    a.pop();
    expect(parse(m, 'turn.activity.text')).toEqual(['turn', 'activity', 'text']);
  });

  it('reads a path with brackets from memory at each call', () => {
    expect(parse(manager({ 'y.z': 'first' }), 'x[y.z]')).toEqual(['x', 'first']);
    expect(parse(manager({ 'y.z': 'second' }), 'x[y.z]')).toEqual(['x', 'second']);
  });

  it('refuses an invalid path every time', () => {
    for (let round = 0; round < 2; round += 1) expect(() => parse(manager({}), 'a b')).toThrow(/Invalid path/);
  });
});
