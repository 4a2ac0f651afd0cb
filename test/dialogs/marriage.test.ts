/**
 * « comment se marier à la mairie ? »: marriage is a démarche of the mairie's état civil, not made in
 * the chat. The resident is told where and how (dossier, bans), with the contacts of the commune's
 * service that answers requests, instead of « pas compris ». Asserted on the answer's key and on
 * the configured phone numbers, not on the sentences.
 */
import path from 'node:path';
import { demoCommunes } from '../../src/communes/demoCommunes';
import { whereToGo } from '../../src/domain/demarchesElsewhere';
import type { Commune } from '../../src/domain/types';
import { readLocaleFile } from '../../src/i18n';
import { startChat, ROOT, type Chat } from '../support/harness';

const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');
const communes: Commune[] = demoCommunes(path.join(ROOT, 'db/demo/communes'), ['A', 'B', 'C']).map((c) => c.commune);
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

describe('marriage', () => {
  it('is received at the mairie, by the service that answers requests', () => {
    expect(whereToGo(byId('carrieres-sous-poissy'), 'marriage')).toMatchObject({ kind: 'marriage', place: 'mairie', service: { code: 'etat_civil' } });
    expect(whereToGo(byId('chanteloup-les-vignes'), 'marriage')).toMatchObject({ place: 'mairie', service: { code: 'guichet_unique' } });
  });

  it('has its answer in French and in English', () => {
    expect(fr['elsewhere.marriage']).toEqual(expect.any(String));
    expect(en['elsewhere.marriage']).toEqual(expect.any(String));
  });

  it.each([
    ['carrieres-sous-poissy', 'comment se marier à la mairie ?', ETAT_CIVIL_CSP],
    ['carrieres-sous-poissy', 'on veut se marier, c’est quoi les démarches ?', ETAT_CIVIL_CSP],
    ['chanteloup-les-vignes', 'dossier de mariage', GUICHET_CLV],
  ])('%s, « %s » at the menu: where and how, with the service’s phone', async (commune, said, phone) => {
    const c = await chat(commune);
    const text = c.text(await c.say(said));
    expect(text).not.toContain(fr['menu.notUnderstood']);
    expect(text).toContain(fr['elsewhere.marriage']);
    expect(text).toContain(phone);
  });

  it('in « Démarches sans compte », « se marier » gets the same answer', async () => {
    const c = await chat('carrieres-sous-poissy');
    await c.say('Démarches sans compte');
    const text = c.text(await c.say('se marier'));
    expect(text).toContain(fr['elsewhere.marriage']);
    expect(text).toContain(ETAT_CIVIL_CSP);
  });

  it('« copie d’acte de mariage » is still the civil status act, not the marriage', async () => {
    const c = await chat('carrieres-sous-poissy');
    const text = c.text(await c.say('copie d’acte de mariage'));
    expect(text).not.toContain(fr['elsewhere.marriage']);
    expect(text).not.toContain(fr['menu.notUnderstood']);
  });
});
