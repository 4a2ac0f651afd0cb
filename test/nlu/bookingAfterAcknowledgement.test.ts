/**
 * « ok alors reserve la cantine jeudi pour hugo »: a booking asked after a word of acknowledgement (« ok », « alors », « bon »,
 * « du coup »), the verb without its accent as on a phone. The learned model read it as a question on what is booked (the
 * bookings of Thursday were shown, nothing booked). « ok réservé la cantine jeudi ? » with its question mark stays that question.
 */
import { checkReadings as check } from '../support/nluRows';

describe('a booking asked after « ok », « alors », « bon »', () => {
  check([
    ['ok alors reserve la cantine jeudi pour hugo', '2026-12-07', 'book', ['2026-12-10'], 'canteen'],
    ['alors reserve la cantine jeudi', '2026-12-07', 'book', ['2026-12-10'], 'canteen'],
    ['ok reserve la cantine jeudi', '2026-12-07', 'book', ['2026-12-10'], 'canteen'],
    ['du coup reserve la garderie du soir mardi', '2026-12-07', 'book', ['2026-12-08'], 'evening'],
    ['bon ben reserve la cantine vendredi stp', '2026-12-07', 'book', ['2026-12-11'], 'canteen'],
    // unchanged: whether it is booked, asked
    ['ok réservé la cantine jeudi ?', '2026-12-07', 'list_bookings', ['2026-12-10'], 'canteen'],
  ]);
});
