/**
 * A day said without its month after a dated question (« et le 24 ? » after « ouvert le 25 décembre ? »): of the month
 * asked, unless that day of it is already past, then of the month after. « et le 24 ? » asked on 7 December was read as
 * 24 January (a day before the one asked): it is Christmas Eve.
 */
import { followUp } from '../../src/nlu/infoFollowUp';
import { parseInfoQuery } from '../../src/nlu/infoQuery';

describe('a day without its month, after a dated question', () => {
  it.each([
    ['la mairie est ouverte le 25 decembre ?', 'et le 24 ?', '2026-12-07', { day: 24, month: 12 }],
    ['la mairie est ouverte le 24 decembre ?', 'et le 2 ?', '2026-12-07', { day: 2, month: 1 }],
    ['la mairie est ouverte le 24 decembre ?', 'et le 26 ?', '2026-12-07', { day: 26, month: 12 }],
    ['ouvert le 25 janvier ?', 'et le 2 ?', '2026-12-07', { day: 2, month: 1 }],
    ['ouvert le 24 decembre ?', 'et le 10 ?', '2026-12-01', { day: 10, month: 12 }],
  ])('« %s » then « %s » on %s', (first, then, today, date) => {
    expect(followUp(parseInfoQuery(first), parseInfoQuery(then), today).date).toMatchObject(date);
  });
});
