/**
 * A greeting opening a request (« hello, moi vouloir cantine demain pour fils », « slt … », « salam alikoum … ») leaves
 * its reading as it is without the greeting: a booking stays a booking, never read as a question about bookings.
 */
import { understand } from '../../src/nlu/understand';

const today = '2026-12-06';
const read = (text: string) => {
  const { intent, dates, activity } = understand(text, { today });
  return { intent, dates, activity };
};

describe('a greeting before a request', () => {
  const requests = [
    'moi vouloir cantine demain pour fils',
    'moi vouloir cantine lundi pour ma fille',
    'je veux la cantine demain pour mon fils',
  ];
  const greetings = ['hello, ', 'hello ', 'hi, ', 'bonjour ', 'salut, ', 'slt ', 'bjr, ', 'salam alikoum ', 'hey! '];

  it.each(requests)('« %s » is a canteen booking for Monday 7 December', (request) => {
    expect(read(request)).toEqual({ intent: 'book', dates: ['2026-12-07'], activity: 'canteen' });
  });

  it.each(requests.flatMap((request) => greetings.map((greeting) => [greeting + request, request])))('« %s » reads as « %s »', (greeted, request) => {
    expect(read(greeted)).toEqual(read(request));
  });

  it.each([
    ['hello, est-ce que Léa est inscrite à la cantine demain ?', 'list_bookings'],
    ['bonjour, annulez la cantine demain pour Hugo', 'cancel_booking'],
    ['hello', 'greeting'],
  ])('« %s » keeps its own reading (%s)', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});
