/**
 * The contexts inside the active dialogs made once for each context and its active dialog (dialogs/childContext.ts):
 * the stack's readers walk the same dialogs as botbuilder's `dc.child`, and see a dialog begun or ended since.
 */
import { ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder-core';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogContext } from '../../dialogs/dialogLibrary';
import { childOf } from '../../dialogs/childContext';
import { activeIds } from '../../dialogs/taskNames';
import { childAt, deepest, waitingAt } from '../../dialogs/questionAsked';

const waits = () => new WaterfallDialog('ask', [async () => ({ status: DialogTurnStatus.waiting }), async (step) => step.endDialog()]);

class Inner extends ComponentDialog {
  constructor() {
    super('inner');
    this.addDialog(waits());
  }
}

class Outer extends ComponentDialog {
  constructor() {
    super('outer');
    // The first added is the one begun.
    this.addDialog(new WaterfallDialog('flow', [async (step) => step.beginDialog('inner'), async (step) => step.endDialog()]));
    this.addDialog(new Inner());
    this.addDialog(new WaterfallDialog('other', [async () => ({ status: DialogTurnStatus.waiting })]));
  }
}

const adapter = new TestAdapter();
const state = new ConversationState(new MemoryStorage());
const dialogs = new DialogSet(state.createProperty('dialogState'));
dialogs.add(new Outer());

async function started(): Promise<DialogContext> {
  const ctx = new TurnContext(adapter, { type: 'message', channelId: 'test', conversation: { id: 'c' } as never, from: { id: 'u' } as never, recipient: { id: 'bot' } as never, text: 'x' });
  const dc = await dialogs.createContext(ctx);
  await dc.beginDialog('outer');
  return dc;
}

/** The dialog ids of each context from the root down, as botbuilder's own `dc.child` walks them. */
function idsByChild(dc: DialogContext): string[][] {
  const out: string[][] = [];
  for (let at: DialogContext | undefined = dc; at; at = at.child) out.push(at.stack.map((d) => d.id));
  return out;
}

function idsByChildOf(dc: DialogContext): string[][] {
  const out: string[][] = [];
  for (let at: DialogContext | undefined = dc; at; at = childOf(at)) out.push(at.stack.map((d) => d.id));
  return out;
}

it('walks the same dialogs as dc.child, the inner stacks the very arrays in the state', async () => {
  const dc = await started();
  expect(idsByChildOf(dc)).toEqual(idsByChild(dc));
  expect(idsByChildOf(dc)).toEqual([['outer'], ['flow', 'inner'], ['ask']]);
  const inner = childAt(dc, 'inner');
  expect(inner?.stack).toBe(waitingAt(dc, 'inner')?.child?.stack);
  expect(deepest(dc).activeDialog?.id).toBe('ask');
  expect(activeIds(dc)).toEqual(['outer', 'inner', 'ask']);
});

it('makes the contexts inside once for a context and its active dialog, however often the stack is read', async () => {
  const dc = await started();
  // Each DialogContext sets the turn's activity in its memory as it is made.
  const spy = jest.spyOn(Object.getPrototypeOf(dc.state) as { setValue: (path: string, value: unknown) => void }, 'setValue');
  const contexts = () => spy.mock.calls.filter(([path]) => path === 'turn.activity').length;
  deepest(dc);
  const once = contexts();
  expect(once).toBe(2);
  for (let i = 0; i < 5; i += 1) {
    deepest(dc);
    waitingAt(dc, 'inner');
    activeIds(dc);
    childAt(dc, 'inner');
  }
  expect(contexts()).toBe(once);
  spy.mockRestore();
});

it('sees a dialog begun or ended inside since the last walk', async () => {
  const dc = await started();
  const inner = childOf(childOf(dc)!)!;
  expect(deepest(dc)).toBe(inner);
  // A dialog begun inside the innermost context: the walk goes one step further down, to a new instance.
  await inner.cancelAllDialogs();
  expect(activeIds(dc)).toEqual(['outer', 'inner']);
  await inner.beginDialog('ask');
  expect(activeIds(dc)).toEqual(['outer', 'inner', 'ask']);
  // The outer flow's dialog replaced: the context below it is made again for the new instance.
  const outerInner = childOf(dc)!;
  await outerInner.replaceDialog('other');
  expect(idsByChildOf(dc)).toEqual(idsByChild(dc));
  expect(activeIds(dc)).toEqual(['outer', 'other']);
  expect(childAt(dc, 'inner')).toBeUndefined();
});
