/** Recensement citoyen from the birth date, and the autorisation de sortie du territoire. */
import { censusStatus } from '../../src/domain/census';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
async function chat() {
  const c = startChat(); // Wednesday 18 November 2026
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

describe('recensement citoyen', () => {
  it.each([
    ['2010-11-30', { state: 'tooEarly', from: '2026-11-30', until: '2027-02-28' }],
    ['2010-11-15', { state: 'now', from: '2026-11-15', until: '2027-02-28' }],
    ['2010-08-18', { state: 'now', from: '2026-08-18', until: '2026-11-30' }],
    ['2010-07-01', { state: 'late', until25: '2035-06-30' }],
    ['2000-01-01', { state: 'over25' }],
  ])('born %s', (birth, expected) => {
    expect(censusStatus(birth, '2026-11-18')).toEqual(expected);
  });

  it('says in French when to do it, how, and which service', async () => {
    const c = await chat();
    expect(c.text(await c.say('comment faire recenser mon fils ?'))).toContain('Quelle est la date de naissance de votre fils ?');
    const text = c.text(await c.say('15/11/2010'));
    expect(text).toContain('C\'est le moment : le recensement est à faire avant le 28 février 2027.');
    expect(text).toContain('service-public.fr');
    expect(text).toContain('Service État-civil');
    expect(text).toContain('Voulez-vous faire la demande de recensement ici, maintenant ?');
    expect(c.text(await c.say('Non, merci'))).toContain('Puis-je faire autre chose pour vous ?');
  });

  it('when it is time, makes the request here with the birth day already given', async () => {
    const c = await chat();
    await c.say('recensement citoyen');
    await c.say('15/11/2010');
    const rules = c.text(await c.say('oui'));
    expect(rules).toContain('Le recensement se fait à la mairie du domicile du jeune');
    expect(rules).toContain('Quel est le nom de famille du jeune ?');
    await c.say('Durand');
    const place = c.text(await c.say('Léa Marie'));
    expect(place).toContain('Dans quelle commune est-il né');
    expect(c.text(await c.say('P'))).toContain('Cette réponse est trop courte ou trop longue.');
    await c.say('Poissy (78)');
    await c.say('Françoise et Marc Durand');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('francoise@example.org');
    for (let i = 0; i < 2; i++) await c.say('au guichet');
    const recap = c.text(await c.say('au guichet'));
    expect(recap).toContain('Date de naissance : 15/11/2010');
    expect(recap).toContain('Lieu de naissance : Poissy (78)');
    const sent = c.text(await c.say('oui'));
    expect(sent).toContain('CSP-2026-000001');
    expect(sent).toContain('Pensez à apporter au guichet unique : Pièce d\'identité, Livret de famille, Justificatif de domicile.');
    const row = c.core.db.$client.prepare('select kind, data from requests').get() as { kind: string; data: string };
    expect(row.kind).toBe('citizen_census');
    expect(JSON.parse(row.data)).toMatchObject({ birthDay: '2010-11-15', birthPlace: 'Poissy (78)', parents: 'Françoise et Marc Durand' });
  });

  it.each([['recensement de mon fils né le 15/11/2010'], ['recensment de ma fille nee le 15 novembre 2010 svp']])('the birth day said up front (« %s ») is not asked: the offer comes at once, and the request keeps it', async (opening) => {
    const c = await chat();
    const t = c.core.texts.for('fr');
    const first = c.text(await c.say(opening));
    expect(first).not.toContain(t('census.askBirth'));
    expect(first).toContain(t('census.offer'));
    for (const a of ['oui', 'Durand', 'Léa Marie', 'Poissy (78)', 'Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']) await c.say(a);
    for (let i = 0; i < 3; i++) await c.say('au guichet');
    await c.say('oui');
    const row = c.core.db.$client.prepare('select data from requests').get() as { data: string } | undefined;
    expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ birthDay: '2010-11-15', lastName: 'Durand' });
  });

  it('an e-mail or a date typed where the parents are asked is not taken for their names; the e-mail is kept for its question', async () => {
    const c = await chat();
    await c.say('recensement citoyen');
    await c.say('15/11/2010');
    await c.say('oui');
    await c.say('Durand');
    await c.say('Léa Marie');
    await c.say('Poissy (78)');
    await c.say('15/11/2010');
    await c.say('francoise@example.org');
    await c.say('Françoise et Marc Durand');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    // No e-mail question: the papers come next (three, at the guichet), then the read-back.
    for (let i = 0; i < 3; i++) await c.say('au guichet');
    await c.say('oui');
    const row = c.core.db.$client.prepare('select requester_email as email, data from requests').get() as { email: string; data: string };
    expect(row.email).toBe('francoise@example.org');
    expect(JSON.parse(row.data)).toMatchObject({ parents: 'Françoise et Marc Durand', birthPlace: 'Poissy (78)' });
  });

  it.each(['Françoise Durand, père inconnu', 'inconnus'])('« %s » at the parents (a parent may be unknown) is the answer, kept as typed', async (parents) => {
    const c = await chat();
    for (const a of ['recensement citoyen', '15/11/2010', 'oui', 'Durand', 'Léa Marie', 'Poissy (78)', parents, '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']) await c.say(a);
    for (let i = 0; i < 3; i++) await c.say('au guichet');
    await c.say('oui');
    const row = c.core.db.$client.prepare('select data from requests').get() as { data: string } | undefined;
    expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ parents });
  });

  it('does not offer the request when it is too early', async () => {
    const c = await chat();
    await c.say('recensement citoyen');
    expect(c.text(await c.say('30/11/2010'))).not.toContain('Voulez-vous faire la demande');
  });

  it('asks again for a date that is not one, or in the future', async () => {
    const c = await chat();
    await c.say('recensement citoyen');
    expect(c.text(await c.say('le 31/02/2010'))).toContain('Je ne reconnais pas cette date.');
    expect(c.text(await c.say('01/01/2030'))).toContain('Cette date est dans le futur.');
    expect(c.text(await c.say('30/11/2010'))).toContain('C\'est encore trop tôt : le recensement sera possible du 30 novembre 2026 au 28 février 2027.');
  });
});

describe('autorisation de sortie du territoire', () => {
  it('gives the CERFA form instead of a useless request', async () => {
    const c = await chat();
    const text = c.text(await c.say('autorisation de sortie du territoire pour mon fils'));
    expect(text).toContain('ne se fait pas en mairie');
    expect(text).toContain('CERFA n° 15646');
    expect(text).toContain('Puis-je faire autre chose pour vous ?');
  });
});

describe('listes électorales', () => {
  it('states who can register and until when, then asks the first question', async () => {
    const c = await chat();
    const text = c.text(await c.say('je veux m\'inscrire sur les listes électorales'));
    expect(text).toContain('L\'inscription est possible jusqu\'au 6e vendredi avant le premier tour d\'une élection.');
    expect(text).toContain('Quelle est votre nationalité ?');
  });
});
