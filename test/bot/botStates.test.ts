/**
 * The conversation and user state tell a change by their text: a turn that changes nothing writes
 * nothing, a change is written once, a change made after a save is written at the next save, a
 * forced save writes even an unchanged state, and botbuilder's accessors, clear and delete work on
 * the same state as before.
 */
import { MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { StateRepository } from '../../db/repositories';
import { sqliteStore } from '../../db/sqliteStore';
import { TurnConversationState, TurnUserState, changeMark } from '../../src/bot/botStates';
import { SqlStorage } from '../../src/bot/sqlStorage';

class CountingStorage extends MemoryStorage {
  written: StoreItems[] = [];
  override async write(changes: StoreItems): Promise<void> {
    this.written.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    await super.write(changes);
  }
}

const context = () => new TurnContext(new TestAdapter(), { type: 'message', channelId: 'test', conversation: { id: 'c1' } as never, from: { id: 'u1' } as never, recipient: { id: 'bot' } as never, text: 'bonjour' });

it('writes a state when it changed, once, and not when a turn changed nothing', async () => {
  const storage = new CountingStorage();
  const conversation = new TurnConversationState(storage);
  const step = conversation.createProperty<number>('step');

  const first = context();
  expect(await step.get(first, 0)).toBe(0); // the default is set: a change
  await conversation.saveChanges(first);
  await conversation.saveChanges(first);
  expect(storage.written).toHaveLength(1);

  const second = context();
  expect(await step.get(second)).toBe(0);
  await conversation.saveChanges(second);
  expect(storage.written).toHaveLength(1);
  await step.set(second, 1);
  await conversation.saveChanges(second);
  expect(storage.written).toHaveLength(2);
  // A change after the save of the same turn is written at the next save.
  await step.set(second, 2);
  await conversation.saveChanges(second);
  expect(storage.written).toHaveLength(3);
  expect(Object.values(storage.written[2] as object)[0]).toMatchObject({ step: 2 });

  const third = context();
  expect(await step.get(third)).toBe(2);
  await conversation.saveChanges(third, true);
  expect(storage.written).toHaveLength(4);
});

it('writes an empty state when forced before any read, and clears and deletes as botbuilder does', async () => {
  const storage = new CountingStorage();
  const user = new TurnUserState(storage);
  const name = user.createProperty<string>('name');

  const first = context();
  await user.saveChanges(first, true);
  expect(storage.written).toHaveLength(1);
  expect(changeMark(Object.values(storage.written[0] as object)[0] as object)).toBe('{}');
  await name.set(first, 'Léa');
  await user.saveChanges(first);

  const second = context();
  expect(await name.get(second)).toBe('Léa');
  await user.clear(second);
  expect(await name.get(second)).toBeUndefined();
  await user.saveChanges(second);
  const third = context();
  expect(await name.get(third)).toBeUndefined();
  await name.set(third, 'Hugo');
  await user.saveChanges(third);
  await user.delete(third);
  expect(await name.get(context())).toBeUndefined();
});

it('leaves the eTag out of the mark', () => {
  expect(changeMark({ eTag: '1', a: 1 })).toBe(changeMark({ eTag: '2', a: 1 }));
  expect(changeMark({ a: 1 })).not.toBe(changeMark({ a: 2 }));
});

it('over the database: a state read and left as it was is not written again, a change is, with its secrets hidden', async () => {
  const db = openDatabase({ file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'states-')), 'db.sqlite'), migrationsFolder: path.resolve(__dirname, '../../db/migrations') });
  try {
    const conversation = new TurnConversationState(new SqlStorage(new StateRepository(sqliteStore(db))));
    const said = conversation.createProperty<{ text: string; days: number[] }>('said');
    const etag = () => (db.$client.prepare('select etag from bot_state').get() as { etag: string }).etag;
    const data = () => (db.$client.prepare('select data from bot_state').get() as { data: string }).data;

    const first = context();
    await said.set(first, { text: 'cantine « le 7 » à 12,50 €', days: [7, 8] });
    await conversation.saveChanges(first);
    const written = etag();

    const second = context();
    expect(await said.get(second)).toEqual({ text: 'cantine « le 7 » à 12,50 €', days: [7, 8] });
    await conversation.saveChanges(second);
    expect(etag()).toBe(written);

    (await said.get(second))!.text = 'mon code 042917';
    await conversation.saveChanges(second);
    expect(etag()).not.toBe(written);
    expect(data()).toBe('{"said":{"text":"mon code •••","days":[7,8]}}');
    // What the turn holds is as the resident typed it; the next turn reads what was stored.
    expect((await said.get(second))!.text).toBe('mon code 042917');
    expect((await said.get(context()))!.text).toBe('mon code •••');
  } finally {
    db.$client.close();
  }
});
