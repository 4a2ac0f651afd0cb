/** What residents ask, found misread in a round of fresh messages, each fixed in general (today Monday 7 December 2026). */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today = '2026-12-07') => understand(text, { today, holidays, fallback: false });

describe('more ways to stop', () => {
  it.each(['arretons la', 'quitte', 'je sors', 'stop la conversation', 'annuler l operation', 'je veux annuler ce que je fais', "no thanks, I'm done"])('« %s »', (text) => {
    expect(read(text).intent).toBe('abort');
  });

  it('a booking named is still cancelled', () => {
    expect(read('annuler la cantine jeudi').intent).toBe('cancel_booking');
  });
});

describe('questions about what is booked', () => {
  it.each([
    ['combien de jours de cantine j ai reserve en janvier', []],
    ['elle a garderie quand', []],
    ['est il inscrit a l etude jeudi', ['2026-12-10']],
    ['sont ils inscrits a la cantine demain', ['2026-12-08']],
  ])('« %s »', (text, dates) => {
    expect(read(text)).toMatchObject({ intent: 'list_bookings', dates });
  });

  it('« est-il inscrit au centre pendant les vacances » asks, as « est-ce qu’il est inscrit » does', () => {
    expect(read('est il inscrit au centre pendant les vacances').intent).toBe('list_bookings');
  });

  it('a request is still a request', () => {
    expect(read('combien coute la cantine').intent).toBe('list_invoices');
    expect(read('inscrire Lea a la garderie jeudi').intent).toBe('book');
  });
});

describe('a payment said not taken into account is about the invoices', () => {
  it('« paiement de 37,80 le 2/12 pas pris en compte ? »', () => {
    expect(read('paiement de 37,80 le 2/12 pas pris en compte ?')).toMatchObject({ intent: 'list_invoices', dates: [] });
  });
});

describe('English days set aside', () => {
  it.each([
    ['book the canteen from 4 to 8 january except wednesday', ['2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08']],
    ['after school club from january 11 to 15 but not the 13th', ['2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('« c’est » before an invoice’s reference is no invoice questioned', () => {
  it('« ma ref de facture c FAC-2026-1187 je veux payer »', () => {
    expect(read('ma ref de facture c FAC-2026-1187 je veux payer').intent).toBe('pay_invoice');
    expect(read('la cantine est facturee alors qu il etait malade').intent).toBe('list_invoices');
  });
});

describe('the care named by the hour said with « à »', () => {
  it.each([
    ['garderie a 7h30 demain', 'morning'],
    ['garderie demain a 18h', 'evening'],
  ])('« %s »', (text, activity) => {
    expect(read(text)).toMatchObject({ intent: 'book', dates: ['2026-12-08'], activity });
  });
});
