/**
 * The conversation and user state tell a change by their text: a turn that changes nothing writes
 * nothing, a change is written once, a change made after a save is written at the next save, a
 * forced save writes even an unchanged state, and botbuilder's accessors, clear and delete work on
 * the same state as before.
 */
import { MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { TurnConversationState, TurnUserState, changeMark } from '../../src/bot/botStates';

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
