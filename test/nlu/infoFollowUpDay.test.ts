/**
 * A day said without its month after a dated question (« et le 24 ? » after « ouvert le 25 décembre ? »): of the month
 * asked or the one after, never a day past, the nearer to the day asked. « et le 24 ? » asked on 7 December was read as
 * 24 January (a day before the one asked): it is Christmas Eve.
 */
import { followUp } from '../../src/nlu/infoFollowUp';
import { parseInfoQuery } from '../../src/nlu/infoQuery';

describe('a day without its month, after a dated question', () => {
  it.each([
    ['la mairie est ouverte le 25 decembre ?', 'et le 24 ?', '2026-12-07', { day: 24, month: 12 }],
    ['la mairie est ouverte le 24 decembre ?', 'et le 2 ?', '2026-12-07', { day: 2, month: 1 }],
    ['la mairie est ouverte le 24 decembre ?', 'et le 26 ?', '2026-12-07', { day: 26, month: 12 }],
    // Both still to come: the nearer to the day asked before (2 February, 8 days after, rather than 2 January, 23 days before).
    ['ouvert le 25 janvier ?', 'et le 2 ?', '2026-12-07', { day: 2, month: 2 }],
    ['ouvert le 25 janvier ?', 'et le 20 ?', '2026-12-07', { day: 20, month: 1 }],
    ['ouvert le 24 decembre ?', 'et le 10 ?', '2026-12-01', { day: 10, month: 12 }],
  ])('« %s » then « %s » on %s', (first, then, today, date) => {
    expect(followUp(parseInfoQuery(first), parseInfoQuery(then), today).date).toMatchObject(date);
  });
});
