/**
 * A resident signed in whose account is not linked to a family file yet asks for a task that needs it
 * (« inscrire Léa à la cantine le 8 janvier », an absence, « mes réservations »): the request is kept,
 * the family key asked there and then, and once it is accepted the task goes on with what was said.
 * It was « votre espace n'est pas encore relié… » and the request dropped. By SMS, where the key is
 * never asked, where to type it is said and nothing is stored.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { fr, textBefore } from '../support/prompts';
import { ROOT } from '../support/harness';
import { readLocaleFile } from '../../src/i18n';
import path from 'node:path';

/** A text as sent by SMS: its SMS wording, or the ordinary one (before its first parameter). */
const bySms = (key: string) => (readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms')[key] ?? fr[key])?.split('{{')[0];

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const linkedTo = (c: Chat) => (c.core.db.$client.prepare("select household_id as h from accounts where email = 'francoise.durand@example.org'").get() as { h: number | null }).h;

describe('a task that needs the family file, asked before the key', () => {
  it('asks the key, then goes on with the booking said: the basket of Léa on 8 January, stored once confirmed', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat' });
    const asked = c.text(await c.say('inscrire Léa à la cantine le 8 janvier'));
    expect(asked).toContain(textBefore('familyKey.ask'));
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    const basket = c.text(await c.say(key));
    expect(linkedTo(c)).not.toBeNull();
    expect(basket).toContain(textBefore('familyKey.linked'));
    // The booking goes on with what was said: neither the child, the activity nor the days asked.
    expect(basket).not.toContain(fr['booking.askChildren']);
    await c.say('ok');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2027-01-08' }]);
  });

  it('a wrong key first: asked again, then the right one goes on with the booking', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat' });
    await c.say('reserver la cantine pour lea le 8 janvier');
    await c.say('ABCD-2345-EFGH-JKMN');
    expect(linkedTo(c)).toBeNull();
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    await c.say(key);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2027-01-08' }]);
  });

  it('an absence said before the key: the day cancelled once the key is accepted', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat' });
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    // Booked by the other parent's account, linked to the same file.
    const other = await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'paul.durand@example.org', civility: 'monsieur', firstName: 'Paul', lastName: 'Durand', phone: null, address: null });
    const household = await c.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    await c.core.service.deps.repos.accounts.linkHousehold(other.id, household?.id as number);
    const lea = (await c.core.service.deps.repos.households.listChildren(household?.id as number)).find((ch) => ch.firstName === 'Léa')?.id as number;
    const canteen = (await c.core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen')?.id as number;
    const basket = await c.core.service.reservations.planBasket((await c.core.service.deps.repos.accounts.get(other.id))!, canteen, [{ childId: lea, day: '2027-01-08', action: 'add' }]);
    await c.core.service.reservations.confirmBasket((await c.core.service.deps.repos.accounts.get(other.id))!, (await c.core.service.findCommune('carrieres-sous-poissy'))!, basket.id);
    expect(bookedByChild(c)).toHaveLength(1);

    expect(c.text(await c.say('lea sera absente le 8 janvier'))).toContain(textBefore('familyKey.ask'));
    await c.say(key);
    expect(bookedByChild(c)).toEqual([]);
    // Before the deadline, the day is simply cancelled.
    expect(c.core.db.$client.prepare('select day, status from reservations').all()).toEqual([{ day: '2027-01-08', status: 'cancelled' }]);
  });

  it('by SMS: where to type the key is said, and nothing is stored', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms' });
    const said = c.text(await c.say('inscrire lea a la cantine le 8 janvier'));
    expect(said).toContain(bySms('familyFile.linkFirstElsewhere'));
    expect(said).not.toContain(textBefore('familyKey.ask'));
    expect(bookedByChild(c)).toEqual([]);
  });
});
