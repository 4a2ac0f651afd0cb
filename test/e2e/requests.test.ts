/**
 * Over HTTP: a resident asks for a death act without an account; an agent takes it, then
 * completes it with the admin command (on the same data folder); the resident is told by e-mail
 * and sees the status by reference and e-mail. Refusing needs a message; a closed request stays.
 */
import { main as admin } from '../../src/admin/cli';
import { fixedClock } from '../../src/domain/clock';
import { startApp, type RunningApp } from '../../src/index';
import { tempConfig } from '../support/harness';
import { outboxMails } from '../support/outbox';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
});
afterAll(async () => app.stop());

async function say(text: string): Promise<string> {
  const res = await fetch(`http://${app.host}:${app.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'sms', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR',
      conversation: { id: 'sms-conv' }, from: { id: '+33600000000' }, recipient: { id: 'bot' }, text, channelData: { commune: 'carrieres-sous-poissy' },
    }),
  });
  const body = (await res.json()) as { activities: Array<{ text?: string }> };
  return body.activities.map((a) => a.text ?? '').join('\n');
}

async function runAdmin(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await admin(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: { DATA_DIR: app.core.config.dataDir, LOG_LEVEL: 'silent' },
  });
  return { code, out, err };
}

it('goes from the resident to the agent and back', async () => {
  await say('bonjour');
  expect(await say('acte de décès')).toContain('Dans quelle commune a eu lieu le décès ?');
  await say('Carrières-sous-Poissy');
  await say('Martin');
  await say('Paul');
  await say('02/11/2025');
  await say('paul.fils@example.org');
  await say('5 rue des Écoles 78955 Carrières-sous-Poissy');
  expect(await say('oui')).toContain('Votre demande porte le numéro CSP-2026-000001.');

  const pending = await runAdmin('pending-requests', '--commune', 'carrieres-sous-poissy');
  expect(pending.out).toContain('CSP-2026-000001');

  expect((await runAdmin('refuse-request', '--reference', 'CSP-2026-000001')).code).toBe(2);
  const taken = await runAdmin('take-request', '--reference', 'csp-2026-1');
  expect(taken).toMatchObject({ code: 0 });
  expect(taken.out).toContain('CSP-2026-000001 : en cours de traitement');
  const done = await runAdmin('complete-request', '--reference', 'CSP-2026-000001', '--message', 'Acte envoyé par courrier le 19/11.');
  expect(done.code).toBe(0);

  const mail = outboxMails(app.core.config.outboxDir).filter((m) => m.includes('To: paul.fils@example.org')).at(-1) ?? '';
  expect(mail.replace(/=\r?\n/g, '')).toContain('Acte envoy');
  expect(await say('où en est ma demande CSP-2026-000001 ?')).toContain('quelle adresse e-mail avez-vous donnée ?');
  expect(await say('paul.fils@example.org')).toContain('Demande CSP-2026-000001 (acte d\'état civil), envoyée le 18/11/2026 : terminée.');

  const again = await runAdmin('refuse-request', '--reference', 'CSP-2026-000001', '--message', 'trop tard');
  expect(again.code).toBe(1);
  expect(again.err).toContain('est déjà terminée ou refusée');
  expect((await runAdmin('take-request', '--reference', 'CSP-2026-000999')).err).toContain('Aucune demande ne porte la référence');
});
