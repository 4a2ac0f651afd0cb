/**
 * « réserve le 11 et le 12 », « reserve jeudi » (the imperative, typed with or without its accent, no question mark): a
 * booking asked, not a question about what is booked (the learned model read « réservé le 11 » and showed the bookings of
 * those days, the calendar's request set aside). With a question mark it stays the question.
 */
import { checkIntents, row } from '../support/intentTable';

describe('« réserve » opening the message, then days', () => {
  checkIntents([
    row('reserve le 11 et le 12', 'book', ['2026-12-11', '2026-12-12']),
    row('réserve le 11 et le 12', 'book', ['2026-12-11', '2026-12-12']),
    row('reserve le 11', 'book', ['2026-12-11']),
    row('reserve jeudi', 'book', ['2026-12-10']),
    row('ok reserve moi le 14', 'book', ['2026-12-14']),
    row('reserve demain stp', 'book', ['2026-12-08']),
    row('du coup reserve le 17 aussi', 'book', ['2026-12-17']),
    // Asked: what is booked.
    row('réservé le 11 et le 12 ?', 'list_bookings', ['2026-12-11', '2026-12-12']),
    row('c reserve le 11 ?', 'list_bookings', ['2026-12-11']),
  ]);
});
