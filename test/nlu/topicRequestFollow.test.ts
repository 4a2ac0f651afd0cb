/** A request followed at a task's question is an aside, except where a reference (or a family key written like one) is the answer. */
import { asideAt, type PromptShape } from '../../src/nlu/topicRequest';

const at = (shape: Partial<PromptShape>): PromptShape => ({ options: [], area: 'requests', rubrics: [], ...shape });

describe('a request followed at a question', () => {
  it.each([['suivre CLV-2026-000001'], ['où en est ma demande CSP-2026-000002 ?'], ['CSP-2026-000003'], ['ma demande CSP-2026-000003 elle en est où']])('« %s » at a date question of the census is a request', (text) => {
    expect(asideAt(text, at({ running: 'citizen_census' }))).toEqual({ kind: 'task' });
  });

  it.each([['CSP-2026-000003'], ['suivre CSP-2026-000003']])('« %s » while a request is followed is its answer', (text) => {
    expect(asideAt(text, at({ following: true }))).toBeUndefined();
  });

  it('a family key written in groups like a reference answers the family key question', () => {
    expect(asideAt('ABCD-2026-1234', at({ area: 'familyKey' }))).toBeUndefined();
    expect(asideAt('ABCD-2026-1234', at({ area: 'account' }))).toEqual({ kind: 'task' });
  });

  it('a date is never a reference', () => {
    expect(asideAt('15/11/2010', at({ running: 'citizen_census' }))).toBeUndefined();
    expect(asideAt('le 15 mars 2010', at({ running: 'citizen_census' }))).toBeUndefined();
  });
});
