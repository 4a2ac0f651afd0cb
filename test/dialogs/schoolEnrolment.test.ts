/**
 * A family asking how to enrol a child at school (« comment inscrire mon enfant à l'école ? », a newcomer's
 * « on vient d'arriver… et à la cantine ? ») was taken for a booking and asked to sign in. Now: enrolment is
 * made at the commune's enrolment service (its contacts), and the family key for booking here comes after it;
 * no sign-in, nothing booked. Booking a day (« inscrire Léa à la cantine le 5 janvier ») still signs in.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

const enrolmentService = async (c: Chat) => c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'familyKey');
const reservations = (c: Chat) => c.core.db.$client.prepare('select id from reservations').all();

describe('how to enrol at school', () => {
  it.each(table([
    ["comment inscrire mon enfant à l'école ?"],
    ['bjr on vient d arriver a carrieres sous poissy, comment inscrire mon fils a l ecole et a la cantine ?'],
    ['je veux inscrire ma fille en maternelle'],
    ["nous venons d'emménager, comment ça marche pour la cantine ?"],
    ['inscription scolaire'],
    // A newcomer with children, said otherwise (it was the account's creation at once).
    ["bonjour je suis nouvelle dans la ville j'ai 3 enfants en maternelle et primaire, par ou commencer ?"],
    ['nous sommes nouveaux a carrieres avec 2 enfants, que faut il faire'],
  ]))('%s: « %s »: the enrolment service, no sign-in; the next request is served', async (channel, said) => {
    const c = await chat(channel);
    const service = await enrolmentService(c);
    const answer = c.text(await c.say(said));
    expect(answer).toContain(service.email!);
    expect(answer).not.toContain(fr['signIn.askEmail']);
    expect(reservations(c)).toEqual([]);
    // Nothing is waiting: a practical question next is answered as at the menu.
    expect(c.text(await c.say('horaires de la mairie'))).not.toContain(fr['signIn.askEmail']);
  });

  it.each(table([
    ['inscrire Léa à la cantine le 5 janvier'],
    ['inscrire hugo a la garderie du soir le 7 janvier'],
    // The child's class said beside a day asked (it was how to enrol at school, 4–5 SMS segments).
    ['Lina est bien inscrite a la cantine vendredi? elle est en CE2 salle 14'],
    ['hugo est inscrit a l etude jeudi ? il est en cm1'],
  ]))('%s: « %s » is still about booked days: sign-in first', async (channel, said) => {
    const c = await chat(channel);
    expect(c.text(await c.say(said))).toContain(fr['signIn.askEmail']);
  });
});

describe('a newcomer enrolling on another roll', () => {
  it.each(table([["je veux m'inscrire sur les listes electorales, j'ai emmenagé en octobre"], ['on vient d emmenager, inscription sur la liste électorale svp']]))('%s: « %s » is the electoral roll (its first question), never how to enrol at school', async (channel, said) => {
    const c = await chat(channel);
    const service = await enrolmentService(c);
    const answer = c.text(await c.say(said));
    expect(answer).toContain(fr['demarche.electoral_roll.ask.nationality']);
    expect(answer).not.toContain(service.email!);
  });
});

describe('after how to enrol', () => {
  it.each(table([['et pour la cantine ?'], ['et la garderie ?']]))('%s: « %s » asks the same of that service: the enrolment service again, no sign-in', async (channel, said) => {
    const c = await chat(channel);
    const service = await enrolmentService(c);
    await c.say("comment inscrire mon enfant à l'école ?");
    const answer = c.text(await c.say(said));
    expect(answer).toContain(service.email!);
    expect(answer).not.toContain(fr['signIn.askEmail']);
  });

  it.each(table([['qui contacter pour une facture ?'], ['et la régie ?']]))('%s: « %s » names a service of its own: the régie\'s contacts, not the enrolment again', async (channel, said) => {
    const c = await chat(channel);
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    const enrolment = await enrolmentService(c);
    const regie = c.core.service.serviceFor(commune, 'invoices');
    await c.say("comment inscrire mon enfant à l'école ?");
    const answer = c.text(await c.say(said));
    expect(answer).toContain(regie.email!);
    expect(answer).not.toContain(enrolment.email!);
  });

  it.each(table([['le guichet unique c koi'], ['la regie c ou']]))('%s: at the sign-in e-mail question, « %s » is answered there, then the e-mail asked again', async (channel, said) => {
    const c = await chat(channel);
    expect(c.text(await c.say('je veux réserver la cantine'))).toContain(fr['signIn.askEmail']);
    const replies = c.text(await c.say(said));
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    const asked = commune.services.find((s) => s.code === (said.includes('guichet') ? 'guichet_unique' : 'regie'));
    expect(replies).toContain(asked!.phone!);
    expect(replies).toContain(fr['signIn.askEmail']);
  });
});

