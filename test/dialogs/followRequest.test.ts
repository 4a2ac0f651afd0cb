/** « Où en est ma demande ? » with reference and e-mail, and « mes demandes » when signed in. */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';

const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function withRequest() {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z') });
  chats.push(c);
  const account = await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
  const commune = await c.core.service.getCommune('carrieres-sous-poissy');
  const reference = await c.core.service.requests.submitAddressChange(account, commune, '8 allée des Lilas 78955 Carrières-sous-Poissy');
  await c.join({ commune: 'carrieres-sous-poissy' });
  return { c, reference };
}

describe('following a request', () => {
  it('answers with the status when the reference and the e-mail match', async () => {
    const { c, reference } = await withRequest();
    expect(c.text(await c.say(`où en est ma demande ${reference} ?`))).toContain(`Pour la demande ${reference}, quelle adresse e-mail avez-vous donnée ?`);
    expect(c.text(await c.say(EMAIL))).toContain(`Demande ${reference} (changement d'adresse), envoyée le 18/11/2026 : reçue, en attente.`);
  });

  it('asks the reference when it was not given, and explains its form', async () => {
    const { c, reference } = await withRequest();
    expect(c.text(await c.say('je voudrais suivre ma demande'))).toContain('Quel est le numéro de votre demande ?');
    expect(c.text(await c.say('celle de la semaine dernière'))).toContain('Je ne reconnais pas ce numéro.');
    await c.say(reference.toLowerCase());
    expect(c.text(await c.say(EMAIL))).toContain('reçue, en attente');
  });

  it.each([['000001'], ['1'], ['la 1'], ['n° 000001'], ['c est la demande 000001']])('takes « %s », the number alone, with the e-mail', async (typed) => {
    const { c, reference } = await withRequest();
    await c.say('suivre ma demande');
    expect(c.text(await c.say(typed))).toContain('quelle adresse e-mail avez-vous donnée ?');
    const told = c.text(await c.say(`c'est ${EMAIL}`));
    expect(told).toContain(`Demande ${reference} (changement d'adresse)`);
  });

  it('takes the number and the e-mail in one answer, and a whole reference given instead of the e-mail', async () => {
    const { c, reference } = await withRequest();
    await c.say('suivre ma demande');
    expect(c.text(await c.say(`000001, mon mail est ${EMAIL}`))).toContain(`Demande ${reference}`);
    await c.say('suivre ma demande');
    await c.say('la 42');
    expect(c.text(await c.say(reference))).toContain(`Pour la demande ${reference}, quelle adresse e-mail`);
    expect(c.text(await c.say(EMAIL))).toContain(`Demande ${reference}`);
  });

  it('never finds another e-mail\'s request by its number', async () => {
    const { c } = await withRequest();
    await c.say('suivre ma demande');
    await c.say('000001');
    const text = c.text(await c.say('autre@example.org'));
    expect(text).toContain('Je ne trouve pas de demande');
    expect(text).not.toContain('CSP-2026-000001');
  });

  it('does not say which of the reference or the e-mail is wrong', async () => {
    const { c, reference } = await withRequest();
    await c.say(`où en est ma demande ${reference}`);
    const wrongEmail = c.text(await c.say('autre@example.org'));
    await c.say('où en est ma demande CSP-2026-000999');
    const wrongReference = c.text(await c.say(EMAIL));
    expect(wrongEmail).toContain(c.core.texts.for('fr')('follow.notFoundAgain'));
    expect(wrongReference.split('\n')[0]).toBe(wrongEmail.split('\n')[0]);
  });

  // Not found: the corrected one alone (the e-mail after a slip in it, or the reference) is tried with the other kept.
  it('a slip in the e-mail: the right e-mail alone next finds the request, the reference not asked again', async () => {
    const { c, reference } = await withRequest();
    await c.say(`où en est ma demande ${reference}`);
    expect(c.text(await c.say('julie.durnd@example.org'))).toContain(c.core.texts.for('fr')('follow.notFoundAgain'));
    expect(c.text(await c.say(EMAIL))).toContain(`Demande ${reference} (changement d'adresse)`);
  });

  it('a wrong reference: the right reference alone next finds the request, the e-mail not asked again', async () => {
    const { c, reference } = await withRequest();
    await c.say('où en est ma demande CSP-2026-000999');
    expect(c.text(await c.say(EMAIL))).toContain(c.core.texts.for('fr')('follow.notFoundAgain'));
    expect(c.text(await c.say(reference))).toContain(`Demande ${reference} (changement d'adresse)`);
  });

  it('a wrong e-mail, then another wrong one: not found, nothing told', async () => {
    const { c, reference } = await withRequest();
    await c.say(`où en est ma demande ${reference}`);
    await c.say('autre@example.org');
    const again = c.text(await c.say('encore.autre@example.org'));
    expect(again).toContain('Je ne trouve pas de demande');
    expect(again).not.toContain('reçue, en attente');
  });

  // At the reference's question, another task asked: routed, never a house number taken for the request's (« numéro 000005 »).
  it("« et mon adresse aussi j'ai déménagé au 5 rue victor hugo » at the reference: the move, not request n°000005", async () => {
    const { c } = await withRequest();
    await c.say('je voudrais suivre ma demande');
    const reply = c.text(await c.say("et mon adresse aussi j'ai déménagé au 5 rue victor hugo"));
    expect(reply).not.toContain('000005');
    expect(reply).toContain(c.core.texts.for('fr')('contact.move.ask'));
  });

  it('« c est pour le recensement de mon fils » at the reference: still the reference asked, not the census', async () => {
    const { c } = await withRequest();
    await c.say('je voudrais suivre ma demande');
    expect(c.text(await c.say("c'est pour le recensement de mon fils"))).toContain('Quel est le numéro de votre demande ?');
  });

  it('lists the requests of a signed-in account', async () => {
    const { c, reference } = await withRequest();
    await c.say('Me connecter');
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    const text = c.text(await c.say('mes demandes'));
    expect(text).toContain('Vos demandes :');
    expect(text).toContain(`Demande ${reference} (changement d'adresse)`);
  });

  it('lists in « mes demandes » a request made signed in with the account\'s e-mail, and those made with it without an account in the commune', async () => {
    const { c, reference } = await withRequest();
    const csp = await c.core.service.getCommune('carrieres-sous-poissy');
    const clv = await c.core.service.getCommune('chanteloup-les-vignes');
    const before = await c.core.service.requests.submit({ commune: csp, kind: 'family_booklet', email: ' Julie.Durand@Example.org', data: {}, locale: 'fr' });
    const elsewhere = await c.core.service.requests.submit({ commune: clv, kind: 'family_booklet', email: EMAIL, data: {}, locale: 'fr' });
    const someoneElse = await c.core.service.requests.submit({ commune: csp, kind: 'family_booklet', email: 'autre@example.org', data: {}, locale: 'fr' });
    await c.say('Me connecter');
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    await c.say('acte de décès');
    for (const a of ['Carrières-sous-Poissy', 'Martin', 'Paul', '02/11/2025', 'JULIE.DURAND@example.org', '8 allée des Lilas 78955 Carrières-sous-Poissy', 'Julie Durand']) await c.say(a);
    const sent = c.text(await c.say('oui'));
    const act = /CSP-2026-\d{6}/.exec(sent)?.[0] as string;
    expect(act).toBeDefined();
    const text = c.text(await c.say('mes demandes'));
    const listed = [...text.matchAll(/C[A-Z]{2}-2026-\d{6}/g)].map((m) => m[0]).sort();
    expect(listed).toEqual([reference, before, act].sort());
    expect(listed).not.toContain(elsewhere);
    expect(listed).not.toContain(someoneElse);
  });

  it('gives the message the agent gave with a refusal, and the service to contact', async () => {
    const { c, reference } = await withRequest();
    const reason = 'Justificatif de domicile illisible (réf. 4711-B)';
    await c.core.service.requests.decide(reference, 'refused', reason);
    await c.say(`où en est ma demande ${reference}`);
    const text = c.text(await c.say(EMAIL));
    expect(text).toContain(reason);
    const service = c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'requests');
    expect(text).toContain(service.phone as string);
  });

  it('gives the agent\'s message only with its reference and e-mail', async () => {
    const { c, reference } = await withRequest();
    const reason = 'Pièce d\'identité expirée (réf. 4711-C)';
    await c.core.service.requests.decide(reference, 'refused', reason);
    await c.say(`où en est ma demande ${reference}`);
    expect(c.text(await c.say('autre@example.org'))).not.toContain(reason);
  });
});
