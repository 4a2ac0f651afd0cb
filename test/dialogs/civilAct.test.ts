/** « Acte d'état civil » without an account: rules first, refusals with what to do, a numbered request. */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { signedInChat } from '../support/accounts';
import { outboxMails } from '../support/outbox';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat() {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z') });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

describe('civil-status acts', () => {
  it.each(['je veux declarer une naissance', 'comment déclarer le décès de mon père ?', 'reconnaissance anticipée de mon bébé', 'je voudrais faire une declaration de naissance'])(
    '« %s » is declared in person at a mairie: said where, with the état civil\'s contacts; no request made',
    async (said) => {
      const c = await chat();
      const reply = c.text(await c.say(said));
      const commune = await c.core.service.getCommune('carrieres-sous-poissy');
      const service = c.core.service.serviceFor(commune, 'requests');
      expect(reply).toContain(service.phone as string);
      expect(reply).not.toContain('Quelle forme');
      expect(c.core.db.$client.prepare('select count(*) as n from requests').get()).toEqual({ n: 0 });
    },
  );

  it('where to send the act: a partial address is asked again with what is missing, then completed', async () => {
    const c = await chat();
    for (const a of ['je voudrais un acte de naissance', 'Copie intégrale', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'Françoise Durand et Marc Durand', 'francoise@example.org']) await c.say(a);
    // No postal code nor town (the act may go to any town: none is assumed), then a street without a number.
    for (const partial of ['12 rue de la Paix', '12 rue']) expect(c.text(await c.say(partial))).toContain('À quelle adresse faut-il envoyer l\'acte ?');
    // « 12 rue » was a new start: the street, the postal code and the town complete it.
    expect(c.text(await c.say('de la Paix, 75002 Paris'))).toContain('À quel nom envoyer l\'acte ?');
    expect(c.text(await c.say('Françoise Durand'))).toContain('Je récapitule');
    await c.say('oui');
    const row = c.core.db.$client.prepare('select data from requests').get() as { data: string };
    expect(JSON.parse(row.data)).toMatchObject({ address: '12 rue de la Paix, 75002 Paris' });
  });

  it.each([['Rue de la Loi 16, 1000 Bruxelles, Belgique'], ['10 Baker Street, London NW1 6XE, United Kingdom']])('where to send the act: an address abroad (« %s ») is taken as written', async (abroad) => {
    const c = await chat();
    for (const a of ['je voudrais un acte de naissance', 'Copie intégrale', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'Françoise Durand et Marc Durand', 'francoise@example.org']) await c.say(a);
    await c.say(abroad);
    await c.say('Françoise Durand');
    await c.say('oui');
    const row = c.core.db.$client.prepare('select data from requests').get() as { data: string };
    expect(JSON.parse(row.data)).toMatchObject({ address: abroad });
  });

  it('where to send the act: the commune\'s postal code without a town says its town', async () => {
    const c = await chat();
    for (const a of ['je voudrais un acte de naissance', 'Copie intégrale', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'Françoise Durand et Marc Durand', 'francoise@example.org']) await c.say(a);
    await c.say('3 allée des Acacias 78955');
    expect(c.text(await c.say('Françoise Durand'))).toContain('Je récapitule');
    await c.say('oui');
    const row = c.core.db.$client.prepare('select data from requests').get() as { data: string };
    expect(JSON.parse(row.data)).toMatchObject({ address: '3 allée des Acacias 78955 Carrières-sous-Poissy' });
  });

  it('states the rules, asks only what is needed, reads back and sends a numbered request', async () => {
    const c = await chat();
    const first = c.text(await c.say('je voudrais un acte de naissance'));
    expect(first).toContain('La copie intégrale et l\'extrait avec filiation sont délivrés seulement à la personne concernée');
    expect(first).toContain('Quelle forme d\'acte voulez-vous ?');
    expect(c.text(await c.say('Copie intégrale'))).toContain('Qui êtes-vous pour la personne de l\'acte ?');
    expect(c.text(await c.say('Son parent ou grand-parent'))).toContain('Dans quelle commune a eu lieu la naissance ?');
    await c.say('Carrières-sous-Poissy');
    await c.say('Durand');
    await c.say('Léa');
    await c.say('14/03/2019');
    expect(c.text(await c.say('Françoise Durand et Marc Durand'))).toContain('Quelle est votre adresse e-mail ?');
    await c.say('francoise@example.org');
    expect(c.text(await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy'))).toContain('À quel nom envoyer l\'acte ?');
    const recap = c.text(await c.say('Françoise Durand'));
    expect(recap).toContain('Je récapitule : Copie intégrale — Acte de naissance de Léa DURAND, le 14/03/2019 à Carrières-sous-Poissy.');
    const sent = c.text(await c.say('oui'));
    expect(sent).toContain('Votre demande porte le numéro CSP-2026-000001.');
    await c.core.service.outbox.idle();
    expect(outboxMails(c.core.config.outboxDir).at(-1)).toContain('CSP-2026-000001');
    const row = c.core.db.$client.prepare('select kind, requester_email, data from requests').get() as { kind: string; requester_email: string; data: string };
    expect(row).toMatchObject({ kind: 'civil_status_act', requester_email: 'francoise@example.org' });
    expect(JSON.parse(row.data)).toMatchObject({ kind: 'birth', format: 'full_copy', relation: 'ascendant', eventDay: '2019-03-14' });
  });

  it('refuses a full copy to someone not entitled, and offers the extract without parents', async () => {
    const c = await chat();
    await c.say('acte de mariage');
    await c.say('Copie intégrale');
    const refused = c.text(await c.say('Autre'));
    expect(refused).toContain('la loi ne permet pas de vous délivrer une copie intégrale');
    expect(refused).toContain('Quelle forme d\'acte voulez-vous ?');
    expect(c.text(await c.say('Extrait sans filiation'))).toContain('Dans quelle commune a eu lieu le mariage ?');
  });

  it('sends to the right commune when the event took place elsewhere, and keeps the answers', async () => {
    const c = await chat();
    await c.say('acte de décès');
    const other = c.text(await c.say('Lyon'));
    // A death: the mairie of the last domicile is named too (it holds a copy, civilActDeathDomicile.test.ts).
    expect(other).toContain(c.core.texts.for('fr')('civilAct.otherCommuneDeath', { place: 'Lyon', commune: 'Carrières-sous-Poissy' }));
    expect(other).toContain('Dans quelle commune a eu lieu le décès ?');
    expect(c.text(await c.say('Carrières-sous-Poissy'))).toContain(c.core.texts.for('fr')('civilAct.ask.lastName'));
  });

  // A day alone (« 14 mars 2019 ») is kept for the day question, the place asked again: test/dialogs/civilActDayAtPlace.test.ts.
  it.each([['oui'], ['francoise@example.org'], ['en fait elle est née le 15 mars à la maternité']])(
    'asks the commune of the event again, with an example, when « %s » cannot be a place; the answers are kept',
    async (answer) => {
      const c = await chat();
      await c.say('acte de décès');
      const t = c.core.texts.for('fr');
      const replies = c.text(await c.say(answer));
      // A bare « oui » is heard as « ok »: what the question awaits is said (closingAside.ts).
      expect(replies).toContain(t(answer === 'oui' ? 'civilAct.placeAwaited' : 'civilAct.bad.place', { commune: 'Carrières-sous-Poissy' }));
      expect(replies).not.toContain(t('civilAct.otherCommune', { place: answer, commune: 'Carrières-sous-Poissy' }).slice(0, 30));
      expect(c.text(await c.say('Carrières-sous-Poissy'))).toContain(t('civilAct.ask.lastName'));
    },
  );

  it.each([['en fait elle est née le 15 mars'], ['non, la date c’est le 15/03/2019'], ['15 mars 2019 pas le 14']])('« %s » at the read-back corrects the date, the rest kept', async (correction) => {
    const c = await chat();
    for (const m of ['je voudrais un acte de naissance', 'Copie intégrale', 'Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'Françoise Durand et Marc Durand', 'francoise@example.org']) await c.say(m);
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('Françoise Durand');
    await c.say(correction);
    await c.say('oui');
    const row = c.core.db.$client.prepare('select data from requests').get() as { data: string } | undefined;
    expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ kind: 'birth', format: 'full_copy', relation: 'ascendant', eventDay: '2019-03-15', lastName: 'Durand', firstName: 'Léa' });
  });

  it('refuses a date in the future, and points to the archives for acts over a century old', async () => {
    const c = await chat();
    await c.say('acte de décès');
    await c.say('Carrières-sous-Poissy');
    await c.say('Martin');
    await c.say('Paul');
    expect(c.text(await c.say('01/01/2030'))).toContain('Cette date est dans le futur.');
    expect(c.text(await c.say('01/01/1890'))).toContain('Archives départementales');
    expect(c.text(await c.say('32/13/2020'))).toContain('Je ne reconnais pas cette date.');
    expect(c.text(await c.say('02/11/2025'))).toContain('Quelle est votre adresse e-mail ?');
  });

  it('a death act needs no relation and no form question', async () => {
    const c = await chat();
    const text = c.text(await c.say('il me faut un acte de décès'));
    expect(text).toContain('Dans quelle commune a eu lieu le décès ?');
    expect(text).not.toContain('Qui êtes-vous');
  });
});

describe('civil-status acts: one\'s own birth act', () => {
  const requests = (c: Chat) => c.core.db.$client.prepare('select kind, requester_email, data from requests').all() as Array<{ kind: string; requester_email: string; data: string }>;

  /** Asks a copie intégrale of a birth act on 18 November 2026, as `relation`, for someone born on `born`. */
  async function ask(c: Chat, relation: string, born: string): Promise<string> {
    await c.say('acte de naissance');
    await c.say('Copie intégrale');
    await c.say(relation);
    await c.say('Carrières-sous-Poissy');
    await c.say('Petit');
    await c.say('Léo');
    return c.text(await c.say(born));
  }

  async function finish(c: Chat, email: string): Promise<string> {
    await c.say('Anne Petit et Marc Petit');
    await c.say(email);
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('Anne Petit');
    return c.text(await c.say('oui'));
  }

  it('refuses it to a 15-year-old asking for themselves: nothing is created, nothing is mailed', async () => {
    const c = await chat();
    const refused = await ask(c, 'C\'est moi', '10/05/2011');
    expect(refused).not.toContain('Quels sont les noms et prénoms de ses parents ?');
    // The flow has ended: what follows is not taken as the next answer of the act.
    await c.say('Anne Petit et Marc Petit');
    await c.say('leo@example.org');
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('oui');
    expect(requests(c)).toEqual([]);
    expect(outboxMails(c.core.config.outboxDir)).toEqual([]);
  });

  it('sends it to an adult asking for themselves', async () => {
    const c = await chat();
    await ask(c, 'C\'est moi', '18/11/2008');
    expect(await finish(c, 'leo@example.org')).toContain('CSP-2026-000001');
    const [row] = requests(c);
    expect(row?.requester_email).toBe('leo@example.org');
    expect(JSON.parse(String(row?.data))).toMatchObject({ kind: 'birth', format: 'full_copy', relation: 'self', eventDay: '2008-11-18' });
  });

  it('sends it to a parent asking for their 15-year-old child', async () => {
    const c = await chat();
    await ask(c, 'Son parent ou grand-parent', '10/05/2011');
    expect(await finish(c, 'anne@example.org')).toContain('CSP-2026-000001');
    const [row] = requests(c);
    expect(row?.requester_email).toBe('anne@example.org');
    expect(JSON.parse(String(row?.data))).toMatchObject({ relation: 'ascendant', eventDay: '2011-05-10' });
  });
});

describe('civil-status acts: who the person is, and a signed-in resident', () => {
  const requests = (c: Chat) => c.core.db.$client.prepare('select requester_email, account_id, data from requests').all() as Array<{ requester_email: string; account_id: number | null; data: string }>;

  it.each([
    ['c\'est pour ma fille', 'ascendant'],
    ['pour ma mère', 'descendant'],
    ['je suis sa fille', 'descendant'],
    ['Son parent ou grand-parent', 'ascendant'],
  ])('« %s » at « Qui êtes-vous » is taken as %s', async (said, relation) => {
    const c = await chat();
    await c.say('acte de naissance');
    await c.say('Extrait avec filiation');
    expect(c.text(await c.say(said))).toContain('Dans quelle commune a eu lieu la naissance ?');
    for (const answer of ['Carrières-sous-Poissy', 'Petit', 'Léo', '10/05/2011', 'Anne Petit et Marc Petit', 'anne@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(answer);
    expect(JSON.parse(String(requests(c)[0]?.data))).toMatchObject({ relation });
  });

  it('does not ask a signed-in resident\'s e-mail: it is read back and the request is theirs', async () => {
    const chats: Chat[] = [];
    const { c, account } = await signedInChat(chats, { email: 'francoise.durand@example.org' });
    try {
      await c.say('acte de naissance');
      await c.say('Extrait avec filiation');
      for (const answer of ['Son parent ou grand-parent', 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019']) await c.say(answer);
      const next = c.text(await c.say('Françoise Durand et Marc Durand'));
      expect(next).toContain('À quelle adresse faut-il envoyer l\'acte ?');
      await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
      expect(c.text(await c.say('Françoise Durand'))).toContain('francoise.durand@example.org');
      await c.say('oui');
      expect(requests(c).map((r) => [r.requester_email, r.account_id])).toEqual([['francoise.durand@example.org', account.id]]);
    } finally {
      for (const x of chats) x.core.close();
    }
  });
});


describe('a parent said unknown at the act\'s parents', () => {
  it.each([['Aminata Sow, père inconnu', 'Aminata Sow, père inconnu'], ['inconnu', 'inconnus']])('« %s » is the answer (stored « %s »), not asked again', async (typed, stored) => {
    const c = await chat();
    for (const a of ['acte de naissance', 'Extrait avec filiation', "C'est moi", 'Carrières-sous-Poissy', 'Sow', 'Moussa', '12/05/1990', typed, 'moussa.sow@example.org', '4 allée des Tilleuls 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
    const rows = c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>;
    expect(rows.map((r) => (JSON.parse(r.data) as { parents?: string }).parents)).toEqual([stored]);
  });
});
