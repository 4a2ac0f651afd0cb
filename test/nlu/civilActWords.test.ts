/**
 * The civil-status act as residents type it at the menu: the service's name alone, its apostrophe
 * left out (« letat civil »), a hyphen, slips in « civil » or in the event (« naissanse », « nessance »);
 * its hours, number or whereabouts stay questions about the service.
 */
import { prepare } from '../../src/nlu/frenchText';
import { understand } from '../../src/nlu/understand';
import { readActDetails } from '../../src/nlu/upfrontDetails';

const intentOf = (text: string) => understand(text, { today: '2026-12-04', fallback: false }).intent;

describe('the civil-status act, however it is typed', () => {
  it.each([
    'letat civil', 'l\'état civil', 'etat-civil', 'létat-civil', 'état civil', 'etat civl', 'état cilvil', 'etat civile', 'service état civil', 'je veux l\'état civil',
    'acte de naissanse', 'acte de nessance', 'act de naissance', 'acte detat civil', 'naissanse', 'certificat de naissance', 'un acte mariage svp', 'acte de décé',
  ])('« %s » asks for an act', (text) => {
    expect(intentOf(text)).toBe('civil_status_act');
  });

  it.each([
    ['horaires de l\'état civil', 'opening_hours'],
    ['numéro de l\'état civil', 'contact'],
    ['l\'etat civil c\'est où', 'contact'],
    ['lenfant est malade demain', 'report_absence'],
  ])('« %s » is still %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each([
    ['letat civil', 'l etat civil'],
    ['acte detat civil', 'acte d etat civil'],
    ['lacte de naissance', 'l acte de naissance'],
    ['lecole', 'l ecole'],
    // Words that only start like an elision are left whole.
    ['lundi', 'lundi'],
    ['demain', 'demain'],
    ['date', 'date'],
  ])('the apostrophe left out: « %s » is read « %s »', (typed, read) => {
    expect(prepare(typed)).toBe(read);
  });

  it.each(['acte de nessance', 'acte de naissanse', 'acte de naisence'])('« %s » says which act: a birth', (text) => {
    expect(readActDetails(text).kind).toBe('birth');
  });
});
