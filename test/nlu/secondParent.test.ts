/** « mon mari peut aussi se connecter ? »: whether another parent can have access, never a sign-in. */
import { prepare } from '../../src/nlu/frenchText';
import { asksSecondParentAccess } from '../../src/nlu/secondParent';

describe('another parent asking for access', () => {
  it.each([
    'xavier mon mari peut aussi se connecter ?',
    'est ce que le papa peut avoir un compte',
    'ma femme peut avoir accès à l espace ?',
    "l'autre parent peut il avoir son propre compte",
    'on peut être deux sur le même compte ?',
    'mon ex mari voudrait aussi un accès',
    'comment faire pour que mon conjoint ait acces aussi',
  ])('« %s »', (said) => expect(asksSecondParentAccess(prepare(said))).toBe(true));

  it.each(['me connecter', 'mon mari a perdu son mot de passe', 'réserver la cantine pour le fils de mon mari', 'mon compte', 'ma femme est malade', "mon mari s'est connecté hier"])('not « %s »', (said) =>
    expect(asksSecondParentAccess(prepare(said))).toBe(false),
  );
});
