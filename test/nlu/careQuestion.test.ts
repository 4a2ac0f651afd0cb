/**
 * A question about a child's day at the canteen (a diet, the menus, an item lost, a medicine), never a price asked
 * nor the chat's own menu.
 */
import { prepare } from '../../src/nlu/frenchText';
import { careQuestion } from '../../src/nlu/careQuestion';

const read = (text: string) => careQuestion(prepare(text));

describe('a care question', () => {
  it.each([
    ['ma fille mange sans porc, c possible ?', 'diet'],
    ["qu'est-ce qu'il y a au menu à la cantine", 'menus'],
    ['elle a laissé son sac à la garderie', 'lost'],
    ['il a un traitement à prendre le midi à la cantine', 'medicine'],
    ["j'ai une fille allergique aux oeufs", 'diet'],
    // The child's, said after « j'ai », « je suis », « moi », « I am »: the grown-up is not the one with the diet.
    ["j'ai oublié de vous dire qu'il est allergique aux oeufs", 'diet'],
    ['je suis inquiète, Léa est allergique au gluten', 'diet'],
    ['moi je voudrais savoir si Hugo peut manger sans porc', 'diet'],
    ['i have a son allergic to peanuts', 'diet'],
    // Elsewhere named beside the care: the care may have it.
    ['il a oublié son sac chez sa mère ce matin, il est à la garderie ?', 'lost'],
    ['il a perdu son doudou au centre, on était chez mamie avant', 'lost'],
    ['il a oublié son sac à la garderie', 'lost'],
    ['ma fille est allergique aux chats, il y en a un au centre de loisirs ?', 'diet'],
    ['elle est allergique au gluten', 'diet'],
  ])('« %s » is %s', (text, kind) => {
    expect(read(text)).toBe(kind);
  });

  it.each([
    'combien coûte un repas végétarien',
    'quel est le tarif du repas sans porc',
    'how much is a gluten free lunch',
    'revenir au menu pour la cantine',
    'retour au menu cantine',
    // A file processed, never a medicine.
    'le traitement de son dossier est long',
    'quel est le délai de traitement de ma demande, elle est urgente',
    'il est en cours de traitement, elle a dit',
    // A grown-up's allergy, or one with nothing to do with meals nor the children.
    'mon mari est allergique aux chats',
    'je suis allergique au pollen',
    'ma femme est végétarienne',
    'allergie au pollen en ce moment',
    'I am allergic to pollen',
    // An item left elsewhere than at the care.
    'il a oublié son sac à la maison',
    'il a perdu sa veste dans la voiture',
    'elle a laissé son doudou chez sa grand-mère',
  ])('« %s » is none (a price asked, the chat\'s menu, a file processed, a grown-up\'s allergy, an item left at home)', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
