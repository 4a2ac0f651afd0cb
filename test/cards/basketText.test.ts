/** The basket's note on days waiting for the mairie: the late ones (review: late), or every one (review: all). */
import path from 'node:path';
import { basketText } from '../../dialogs/basketText';
import type { Basket, BasketLine } from '../../src/domain/reservationTypes';
import type { Activity } from '../../src/domain/types';
import { Texts } from '../../src/i18n';

const texts = Texts.create(path.resolve(__dirname, '../../locales'));
const t = texts.for('fr');
const activity = { id: 1, communeId: 'x', code: 'wednesday', label: 'Mercredis', level: 'all' } as Activity;
const line = (day: string, late: boolean, pending: boolean): BasketLine => ({ childId: 1, childName: 'Emma', day, action: 'add', late, surchargePercent: late ? 20 : 0, priceCents: 1500, surchargeCents: late ? 300 : 0, billed: true, pending });
const basket = (lines: BasketLine[]): Basket => ({ id: 1, activity, lines, setAside: [], addedCents: 1500, refundedCents: 0 });
const notes = (b: Basket) => basketText(t, 'fr', b).split('\n').filter((l) => l === t('booking.basket.pendingNote') || l === t('booking.basket.pendingAllNote'));

it('says late days wait when only late days wait, every day when on-time days wait too, nothing when none waits', () => {
  expect(notes(basket([line('2027-01-13', true, true), line('2027-01-20', false, false)]))).toEqual([t('booking.basket.pendingNote')]);
  expect(notes(basket([line('2027-01-13', false, true)]))).toEqual([t('booking.basket.pendingAllNote')]);
  expect(notes(basket([line('2027-01-13', false, false)]))).toEqual([]);
});
