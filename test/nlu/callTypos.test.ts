/**
 * « appeler » misspelt (« j'apelle », « apeler ») in a question of who to call: the contact asked. « la cantine c'est qui
 * que j'apelle » was read as the resident's bookings of the canteen (a sign-in asked), and « qui j'appele » as a booking.
 * « j'ai appelé », « rappelez-moi », « un rappel » are left as they are.
 */
import { understand } from '../../src/nlu/understand';
import { correctWord } from '../../src/nlu/typos';

const TODAY = '2026-12-07';

describe('who to call, « appeler » misspelt', () => {
  it.each([
    "et la cantine c'est qui que j'apelle si mon fils mange pas de porc",
    "c'est qui que j'apelle pour la cantine",
    "qui j'apelle pour la cantine",
    'je dois apeler qui pour la garderie',
  ])('« %s » asks for a contact', (text) => {
    expect(understand(text, { today: TODAY }).intent).toBe('contact');
  });

  it.each(['appele', 'rappelle', 'rappelez', 'rappel', 'appelez'])('leaves « %s » alone', (word) => {
    expect(correctWord(word)).toBe(word);
  });
});
