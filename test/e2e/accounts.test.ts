/**
 * Over HTTP, with a real SMTP server: create an account, confirm the e-mail with the code that
 * arrived by mail, sign in again later, and link the family file with its key.
 */
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { startSmtp, type TestSmtp } from '../support/smtp';

let smtp: TestSmtp;
let mails: string[];
let app: RunningApp;

beforeAll(async () => {
  smtp = await startSmtp();
  mails = smtp.mails;
  app = await startSeededApp(tempConfig({ SMTP_URL: smtp.url }), fixedClock('2026-11-18T14:00:00Z'));
});
afterAll(async () => {
  await app.stop();
  await smtp.close();
});

let conversation = 0;
function converse(user: string) {
  const id = `conv-${++conversation}`;
  return async (text: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const res = await fetch(`http://${app.host}:${app.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR',
        conversation: { id }, from: { id: user }, recipient: { id: 'bot' }, text, channelData: { commune: 'carrieres-sous-poissy' }, ...extra,
      }),
    });
    expect(res.status).toBe(200);
    // On Web Chat a card's words are in its fallbackText (its text equivalent).
    const body = (await res.json()) as { activities: Array<{ text?: string; attachments?: Array<{ content?: { fallbackText?: string } }> }> };
    return body.activities.map((a) => [a.text ?? '', ...(a.attachments ?? []).map((at) => at.content?.fallbackText ?? '')].join('\n')).join('\n');
  };
}

const codeIn = (mail: string | undefined) => /: (\d{6})\b/.exec(mail ?? '')?.[1] ?? '';

it('creates an account, confirms it by mail, signs in again and links the family file', async () => {
  const say = converse('resident-42');
  expect(await say('bonjour')).toContain('Que souhaitez-vous faire ?');
  expect(await say('1')).toContain('Madame ou Monsieur ?');
  await say('Madame');
  await say('Durand');
  await say('Julie');
  await say('julie.durand@example.org');
  await say('06 12 34 56 78');
  expect(await say('3 rue Verte 78955 Carrières-sous-Poissy')).toContain('Je récapitule');
  expect(await say('oui')).toContain('Je viens d\'envoyer un code à 6 chiffres');
  expect(mails).toHaveLength(1);
  expect(mails[0]).toContain('To: julie.durand@example.org');
  const welcome = await say(codeIn(mails[0]));
  expect(welcome).toContain('Bonjour Madame DURAND — c\'est votre première connexion.');
  expect(welcome).toContain('écrivez « Clé Enfance »');

  // Another conversation of another channel user: a new sign-in.
  const again = converse('resident-42-phone');
  await again('bonjour');
  await again('Me connecter');
  await again('julie.durand@example.org');
  expect(mails).toHaveLength(2);
  expect(await again(codeIn(mails[1]))).toContain('Bonjour Madame DURAND — dernière connexion le 18/11/2026 à 15:00.');

  const { key } = await app.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
  expect(await again('Clé Enfance')).toContain('Tapez votre Clé Enfance');
  expect(await again(key)).toContain('C\'est fait : votre espace est relié au dossier de la famille DURAND (dossier CSP-F-000101).');

  // The family file, as the account now sees it.
  const family = await again('mon dossier famille');
  for (const words of ['Françoise DURAND', 'Léa', 'Hugo', 'École du Parc']) expect(family).toContain(words);
});
