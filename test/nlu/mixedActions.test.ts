/** Days to book and days to cancel said in one message (src/nlu/mixedActions.ts). */
import { mixedActions } from '../../src/nlu/mixedActions';
import { understand } from '../../src/nlu/understand';

const TODAY = '2026-12-07';
const read = (part: string, month?: string) => understand(part, { today: TODAY, children: ['Léa', 'Hugo'], ...(month ? { month } : {}) });

describe('mixedActions', () => {
  it('« réservez la cantine du 7 au 11 et annulez le 14 »: the 7th to the 11th booked, the 14th cancelled', () => {
    const said = mixedActions('réservez la cantine du 7 au 11 et annulez le 14', read);
    expect(said?.filter((d) => d.action === 'remove').map((d) => d.day)).toEqual(['2026-12-14']);
    expect(said?.filter((d) => d.action === 'add').map((d) => d.day)).toEqual(expect.arrayContaining(['2026-12-07', '2026-12-11']));
  });

  it('« annuler le 12 janvier et mettre le 13 à la place »: the 13th read in January', () => {
    expect(mixedActions('annuler le 12 janvier et mettre le 13 à la place', read)).toEqual([
      { day: '2027-01-12', action: 'remove' },
      { day: '2027-01-13', action: 'add' },
    ]);
  });

  it('« du 11 au 15 et annulez le 18 » at a calendar to book: the days before the verb booked', () => {
    const said = mixedActions('du 11 au 15 et annulez le 18', (part, month) => read(part, month ?? '2027-01'));
    expect(said?.map((d) => d.action)).toEqual(['add', 'add', 'add', 'add', 'add', 'remove']);
  });

  it('« mettre Léa le 12 janvier et retirer Hugo le 25 »: each part with its own child', () => {
    expect(mixedActions('mettre Léa à la cantine le 12 janvier et retirer Hugo le 25', read)).toEqual([
      { day: '2027-01-12', action: 'add', children: ['Léa'] },
      { day: '2027-01-25', action: 'remove', children: ['Hugo'] },
    ]);
  });

  it('« pour Léa, réserver le 12 janvier et annuler le 13 »: one child named, the whole message’s', () => {
    expect(mixedActions('pour Léa, réserver le 12 janvier et annuler le 13', read)?.some((d) => d.children)).toBe(false);
  });

  it.each(['je voudrais annuler le 14', 'pour Léa, annuler le 14 et le 15', 'annuler la réservation du 14 et du 15', "réserver la cantine le 14 et l'inscription du 15", 'réservez la cantine et annulez le 14', 'réserver le 14'])('« %s »: one action only', (text) => {
    expect(mixedActions(text, read)).toBeUndefined();
  });

  it.each(['annulez la cantine le 14 car il sera inscrit au centre de loisirs le 15', 'la cantine du 14 est annulée, réservez le 15', 'annuler le 14, il est déjà inscrit le 15'])('« %s »: a participle tells what is, it asks nothing', (text) => {
    expect(mixedActions(text, read)).toBeUndefined();
  });
});
