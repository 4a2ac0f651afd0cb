/** The e-mail most likely meant when a well-known domain is mistyped; known and unknown domains left as typed. */
import { likelyEmail } from '../../src/domain/emailDomains';

describe('likelyEmail', () => {
  it.each([
    ['a@gmial.com', 'a@gmail.com'],
    ['a@gmail.fr', 'a@gmail.com'],
    ['a@gmai.com', 'a@gmail.com'],
    ['a@gmail.co', 'a@gmail.com'],
    ['a@hotmial.com', 'a@hotmail.com'],
    ['a@hotmil.fr', 'a@hotmail.fr'],
    ['a@yahou.fr', 'a@yahoo.fr'],
    ['a@orage.fr', 'a@orange.fr'],
    ['a@wanado.fr', 'a@wanadoo.fr'],
    ['a@laposte.fr', 'a@laposte.net'],
    ['A@GMIAL.COM', 'a@gmail.com'],
  ])('%s → %s', (typed, meant) => expect(likelyEmail(typed)).toBe(meant));

  it.each(['a@yahoo.fr', 'a@orange.fr', 'a@free.fr', 'a@hotmail.fr', 'a@gmail.com', 'a@laposte.net', 'a@example.org', 'a@exemple.fr', 'a@carrieres-sous-poissy.fr', 'a@gmx.de', 'a@mail.com', 'a@sfr.fr'])('%s is left as typed', (typed) => expect(likelyEmail(typed)).toBeUndefined());
});
