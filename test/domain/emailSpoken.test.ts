/** An e-mail whose « @ » is set apart by spaces or said in words (phone keyboards, dictation): read as one address. */
import { emailIn } from '../../src/domain/emailAddress';

describe('emailIn with « @ » spaced or said', () => {
  it.each([
    ['sophie.martin @gmail.com', 'sophie.martin@gmail.com'],
    ['sophie.martin @ gmail.com', 'sophie.martin@gmail.com'],
    ['sophie.martin arobase gmail.com', 'sophie.martin@gmail.com'],
    ["mon mail c'est sophie.martin arobase gmail point com", 'sophie.martin@gmail.com'],
    ['sophie.martin(at)orange.fr', 'sophie.martin@orange.fr'],
    ['Sophie.Martin@Gmail.Com', 'sophie.martin@gmail.com'],
  ])('« %s » → %s', (typed, email) => expect(emailIn(typed)).toBe(email));

  it.each(['je suis @ la mairie', 'arobase', 'sophie.martin', 'rendez-vous à 10 h @ la mairie.'])('« %s »: none', (typed) => expect(emailIn(typed)).toBeUndefined());
});
