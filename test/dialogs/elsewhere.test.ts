/**
 * Démarches the commune does not handle in the chat (carte d'identité, passeport, PACS, carte
 * grise, permis): the resident is told where to go instead of « pas compris », with the contacts
 * of the commune's service from its configuration when it is at the mairie. Asserted on the
 * configured phone numbers and on the answer's key, not on the sentences.
 */
import path from 'node:path';
import { whereToGo } from '../../src/domain/demarchesElsewhere';
import type { Commune } from '../../src/domain/types';
import { readLocaleFile } from '../../src/i18n';
import { startChat, ROOT, type Chat } from '../support/harness';
import { demoCommuneList } from '../support/demoCommunes';
import { joinedSaying } from '../support/everyPrompt';
import { table } from '../support/prompts';

const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
const communes: Commune[] = demoCommuneList();
const byId = (id: string) => communes.find((c) => c.id === id) as Commune;
const phoneOf = (id: string, code: string) => byId(id).services.find((s) => s.code === code)?.phone as string;
const ETAT_CIVIL_CSP = phoneOf('carrieres-sous-poissy', 'etat_civil');
const GUICHET_CLV = phoneOf('chanteloup-les-vignes', 'guichet_unique');

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
async function chat(commune: string): Promise<Chat> {
  const c = startChat();
  chats.push(c);
  await c.join({ commune });
  return c;
}

describe('where to go, from the commune’s configuration', () => {
  it('sends identity papers and the PACS to the service that answers requests; vehicles and licences online', () => {
    expect(whereToGo(byId('carrieres-sous-poissy'), 'passport')).toMatchObject({ kind: 'passport', place: 'mairie', service: { code: 'etat_civil' } });
    expect(whereToGo(byId('chanteloup-les-vignes'), 'identity_card')).toMatchObject({ place: 'mairie', service: { code: 'guichet_unique' } });
    // Its only service is the children's (SEJ): no service is named for the mairie's démarches.
    expect(whereToGo(byId('carrieres-sur-seine'), 'pacs')).toEqual({ kind: 'pacs', place: 'mairie' });
    expect(whereToGo(byId('carrieres-sur-seine'), 'identity_card')).toEqual({ kind: 'identity_card', place: 'mairie' });
    expect(whereToGo(byId('carrieres-sous-poissy'), 'vehicle_registration')).toEqual({ kind: 'vehicle_registration', place: 'online' });
    expect(whereToGo(byId('carrieres-sous-poissy'), 'driving_licence')).toEqual({ kind: 'driving_licence', place: 'online' });
  });
});

describe('in the chat, from the menu', () => {
  it.each([
    ['carrieres-sous-poissy', 'carte d’identité', 'identity_card', ETAT_CIVIL_CSP],
    ['carrieres-sous-poissy', 'refaire ma carte d’identité', 'identity_card', ETAT_CIVIL_CSP],
    ['carrieres-sous-poissy', 'passeport pour mon fils', 'passport', ETAT_CIVIL_CSP],
    ['carrieres-sous-poissy', 'je veux me pacser', 'pacs', ETAT_CIVIL_CSP],
    ['chanteloup-les-vignes', 'passeport', 'passport', GUICHET_CLV],
    ['chanteloup-les-vignes', 'je veux me pacser', 'pacs', GUICHET_CLV],
  ])('%s, « %s »: where to go, with the service’s phone', async (commune, said, kind, phone) => {
    const c = await chat(commune);
    const text = c.text(await c.say(said));
    expect(text).not.toContain(fr['menu.notUnderstood']);
    expect(text).toContain(fr[`elsewhere.${kind}`]);
    expect(text).toContain(phone);
  });

  it.each([
    ['carte grise', 'vehicle_registration'],
    ['permis de conduire', 'driving_licence'],
    ['titre de séjour à renouveler, c’est où ?', 'residence_permit'],
    ['Est-ce ici que l’on fait une demande de nationalité française ?', 'nationality'],
  ])('« %s »: online, no mairie service given', async (said, kind) => {
    const c = await chat('carrieres-sous-poissy');
    const text = c.text(await c.say(said));
    expect(text).toContain(fr[`elsewhere.${kind}`]);
    expect(text).not.toContain(ETAT_CIVIL_CSP);
  });

  it.each(
    table([
      ['carte vitale perdue', 'health_card'],
      ["j'ai perdu ma carte vitale", 'health_card'],
      ['attestation CAF', 'caf'],
      ['extrait de casier judiciaire', 'criminal_record'],
      ["m'inscrire à France Travail", 'job_seeker'],
      ['je dois déclarer mes impôts où ?', 'taxes'],
      ["carte européenne d'assurance maladie", 'health_card'],
    ]),
  )('%s: « %s »: where to go (%s), online, not « pas compris » nor a task', async (channel, said, kind) => {
    const { c, asked } = await joinedSaying(chats, channel, said);
    const text = c.text(asked);
    const sms = channel === 'sms';
    expect(text).toContain(c.core.texts.for('fr', false, sms)(`elsewhere.${kind}`));
    expect(text).not.toContain(c.core.texts.for('fr', false, sms)('menu.notUnderstood'));
    expect(text).not.toContain(ETAT_CIVIL_CSP);
  });

  it('a commune whose only service is the children’s: the mairie, no other service named in its place', async () => {
    const c = await chat('carrieres-sur-seine');
    const text = c.text(await c.say('refaire ma carte d’identité'));
    expect(text).toContain(fr['elsewhere.identity_card']);
    expect(text).toContain((fr['elsewhere.askMairie'] as string).replace('{{commune}}', 'Carrières-sur-Seine'));
    expect(text).not.toContain(byId('carrieres-sur-seine').services.find((s) => s.code === 'sej')?.name as string);
  });

  it('« je veux voter » starts the listes électorales démarche', async () => {
    const c = await chat('carrieres-sous-poissy');
    const text = c.text(await c.say('je veux voter'));
    expect(text).not.toContain(fr['menu.notUnderstood']);
    expect(text).toContain(fr['demarche.electoral_roll.ask.nationality']);
  });
});

describe('in « Démarches sans compte »', () => {
  it('answers « passeport » with where to go instead of « pas trouvé »', async () => {
    const c = await chat('carrieres-sous-poissy');
    await c.say('Démarches sans compte');
    const text = c.text(await c.say('passeport'));
    expect(text).toContain(fr['elsewhere.passport']);
    expect(text).toContain(ETAT_CIVIL_CSP);
  });
});
