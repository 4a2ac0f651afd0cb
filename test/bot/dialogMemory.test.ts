/**
 * botbuilder-dialogs' registration made once and the dialog memory's configuration given to every
 * turn (src/bot/dialogMemory.ts): the memory of each turn, dialog and conversation is still its own.
 */
import { ComponentRegistration, ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder-core';
import * as registration from 'botbuilder-dialogs/lib/dialogsComponentRegistration';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogContext } from '../../dialogs/dialogLibrary';
import { CONFIGURATION_KEY, keep, ready, reuseDialogMemory } from '../../src/bot/dialogMemory';

reuseDialogMemory();

const adapter = new TestAdapter();
const state = new ConversationState(new MemoryStorage());
const dialogs = new DialogSet(state.createProperty('dialogState'));
/** Counts the messages of its conversation in its dialog's memory, and keeps the turn's text in the turn's. */
class Counter extends ComponentDialog {
  constructor() {
    super('counter');
    this.addDialog(
      new WaterfallDialog('steps', [
        async (step) => {
          step.state.setValue('dialog.count', 1);
          return { status: DialogTurnStatus.waiting };
        },
        async (step) => {
          step.state.setValue('dialog.count', (step.state.getValue<number>('dialog.count') ?? 0) + 1);
          step.state.setValue('turn.text', step.context.activity.text);
          return step.endDialog(step.state.getValue<number>('dialog.count'));
        },
      ]),
    );
  }
}
dialogs.add(new Counter());

async function say(conversation: string, text: string): Promise<{ dc: DialogContext; ended?: number }> {
  const ctx = new TurnContext(adapter, { type: 'message', channelId: 'test', conversation: { id: conversation } as never, from: { id: 'u' } as never, recipient: { id: 'bot' } as never, text });
  ready(ctx);
  const dc = await dialogs.createContext(ctx);
  keep(ctx);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) await dc.beginDialog('counter');
  await state.saveChanges(ctx);
  return { dc, ...(result.status === DialogTurnStatus.complete ? { ended: result.result as number } : {}) };
}

it('registers one object for the dialogs component, whatever asks for a new one', async () => {
  await say('z', 'bonjour');
  const one = new registration.DialogsComponentRegistration();
  expect(new registration.DialogsComponentRegistration()).toBe(one);
  expect(one).toBeInstanceOf(registration.DialogsComponentRegistration);
  expect(ComponentRegistration.components.filter((c) => c.constructor.name === 'DialogsComponentRegistration')).toEqual([one]);
  expect(one.getMemoryScopes().map((s) => s.name)).toEqual(expect.arrayContaining(['turn', 'dialog', 'conversation', 'user', 'this']));
});

it('gives every turn the configuration of the first, with each turn, dialog and conversation its own memory', async () => {
  const first = await say('a', 'un');
  const configuration = first.dc.context.turnState.get(CONFIGURATION_KEY) as object;
  expect(configuration).toBeDefined();
  const second = await say('b', 'deux');
  expect(second.dc.context.turnState.get(CONFIGURATION_KEY)).toBe(configuration);

  const a = await say('a', 'trois');
  expect(a.ended).toBe(2);
  expect(a.dc.state.getValue('turn.text')).toBe('trois');
  const b = await say('b', 'quatre');
  expect(b.ended).toBe(2);
  expect(b.dc.state.getValue('turn.text')).toBe('quatre');
  expect(b.dc.context.turnState.get(CONFIGURATION_KEY)).toBe(configuration);
  // A new task in the same conversation starts from nothing.
  await say('a', 'cinq');
  expect((await say('a', 'six')).ended).toBe(2);
});
