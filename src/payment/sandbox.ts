/**
 * The offline stand-in for Paybox's payment page (PAYBOX_MODE=sandbox, the embedded default):
 * it checks the form's PBX_HMAC as Paybox does, lets the tester pay, refuse or cancel (no card),
 * then sends the server-to-server notification signed with a locally generated RSA key, and
 * sends the browser back. The bot verifies that notification with the same code as Paybox's.
 * Production refuses to start in this mode (src/config.ts).
 */
import { generateKeyPair, randomBytes, randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type restify from 'restify';
import type { Texts } from '../i18n';
import type { Logger } from '../logger';
import { escapeHtml, hiddenFields, page } from './html';
import { signQuery, validFormHmac, type Fields } from './paybox';
import { euros } from '../domain/invoicing';

export interface SandboxKeys {
  privateKeyPem: string;
  publicKeyPem: string;
  /** The sandbox merchant's HMAC key (hex). */
  hmacKey: string;
}

/** Paybox's public test merchant (../shared/FACTS.md), with the sandbox's own keys. */
export const SANDBOX_MERCHANT = { site: '1999888', rang: '32', identifiant: '107904482' };

/**
 * The sandbox keys of this data directory, generated on first use. The RSA key is made off the main
 * thread (about 250 ms of CPU): started early, it is ready while the rest of the bot starts.
 */
export async function sandboxKeys(dataDir: string): Promise<SandboxKeys> {
  const dir = path.join(dataDir, 'paybox-sandbox');
  const files = { privateKeyPem: path.join(dir, 'private.pem'), publicKeyPem: path.join(dir, 'public.pem'), hmacKey: path.join(dir, 'hmac.key') };
  if (!fs.existsSync(files.hmacKey)) {
    fs.mkdirSync(dir, { recursive: true });
    const { privateKey, publicKey } = await makeKeyPair('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    fs.writeFileSync(files.privateKeyPem, privateKey, { mode: 0o600 });
    fs.writeFileSync(files.publicKeyPem, publicKey);
    fs.writeFileSync(files.hmacKey, randomBytes(64).toString('hex'), { mode: 0o600 });
  }
  return { privateKeyPem: fs.readFileSync(files.privateKeyPem, 'utf8'), publicKeyPem: fs.readFileSync(files.publicKeyPem, 'utf8'), hmacKey: fs.readFileSync(files.hmacKey, 'utf8').trim() };
}

const makeKeyPair = promisify(generateKeyPair);

interface SandboxDeps {
  keys: SandboxKeys;
  texts: Texts;
  logger: Logger;
  send(res: restify.Response, status: number, html: string): void;
}


/** The posted PBX_* fields, in the order they came. */
function postedFields(body: unknown): Fields {
  if (!body || typeof body !== 'object') return [];
  return Object.entries(body as Record<string, unknown>)
    .filter(([name, value]) => name.startsWith('PBX_') && typeof value === 'string')
    .map(([name, value]) => [name, value as string]);
}

export function sandboxRoutes(server: restify.Server, deps: SandboxDeps): void {
  const t = deps.texts.for('fr');
  const field = (fields: Fields, name: string) => fields.find(([n]) => n === name)?.[1] ?? '';

  server.post('/paybox-sandbox', async (req, res) => {
    const fields = postedFields(req.body);
    if (!validFormHmac(fields, deps.keys.hmacKey)) {
      deps.send(res, 400, page('fr', t('payment.sandbox.title'), [t('payment.sandbox.badForm')]));
      return;
    }
    const details = `<dl><dt>${escapeHtml(t('payment.sandbox.amount'))}</dt><dd>${escapeHtml(euros(Number(field(fields, 'PBX_TOTAL'))))}</dd><dt>${escapeHtml(t('payment.sandbox.reference'))}</dt><dd>${escapeHtml(field(fields, 'PBX_CMD'))}</dd></dl>`;
    const buttons = [
      `<button type="submit" name="choice" value="pay">${escapeHtml(t('payment.sandbox.pay'))}</button>`,
      `<button type="submit" name="choice" value="refuse" class="secondary">${escapeHtml(t('payment.sandbox.refuse'))}</button>`,
      `<button type="submit" name="choice" value="cancel" class="secondary">${escapeHtml(t('payment.sandbox.cancel'))}</button>`,
    ].join('\n');
    deps.send(res, 200, page('fr', t('payment.sandbox.title'), [t('payment.sandbox.intro')], `${details}\n<form method="post" action="/paybox-sandbox/decision">\n${hiddenFields(fields)}\n${buttons}\n</form>`));
  });

  server.post('/paybox-sandbox/decision', async (req, res) => {
    const fields = postedFields(req.body);
    const choice = String((req.body as Record<string, unknown> | undefined)?.choice ?? '');
    if (!validFormHmac(fields, deps.keys.hmacKey) || !['pay', 'refuse', 'cancel'].includes(choice)) {
      deps.send(res, 400, page('fr', t('payment.sandbox.title'), [t('payment.sandbox.badForm')]));
      return;
    }
    const paid = choice === 'pay';
    const query = `Mt=${field(fields, 'PBX_TOTAL')}&Ref=${encodeURIComponent(field(fields, 'PBX_CMD'))}&Auto=${paid ? String(randomInt(100000, 1000000)) : 'XXXXXX'}&Erreur=${paid ? '00000' : choice === 'refuse' ? '00105' : '00001'}`;
    const signed = signQuery(query, deps.keys.privateKeyPem);
    if (choice !== 'cancel') {
      try {
        const answer = await fetch(`${field(fields, 'PBX_REPONDRE_A')}?${signed}`);
        deps.logger.info('sandbox.notification.sent', { status: answer.status });
      } catch (e) {
        deps.logger.error('sandbox.notification.failed', { error: e instanceof Error ? e.message : String(e) });
      }
    }
    const back = field(fields, paid ? 'PBX_EFFECTUE' : choice === 'refuse' ? 'PBX_REFUSE' : 'PBX_ANNULE');
    res.sendRaw(303, '', { Location: `${back}?${signed}`, 'Cache-Control': 'no-store' });
  });
}
