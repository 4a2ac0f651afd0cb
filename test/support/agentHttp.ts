/** The agents' back office over HTTP for the tests: pages read back (status, cookie, CSRF value), agents made and signed in. */
import { main as admin } from '../../src/admin/cli';
import type { RunningApp } from '../../src/index';
import type { tempConfig } from './harness';
import { lastCode, outboxMails } from './outbox';

export interface Page { status: number; html: string; cookie: string; csrf: string; location: string }
export const AGENT_PASSWORD = 'Cantine-du-Parc-2026!';

export function agentHttp(app: () => RunningApp, config: () => ReturnType<typeof tempConfig>) {
  const base = () => `http://${app().host}:${app().port}`;
  const read = async (res: Response): Promise<Page> => {
    const html = (await res.text()).replace(/&#39;/g, "'");
    return { status: res.status, html, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '', location: res.headers.get('location') ?? '' };
  };
  const get = async (path: string, cookie = ''): Promise<Page> => read(await fetch(`${base()}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' }));
  const post = async (path: string, fields: Record<string, string | string[]>, cookie: string, headers: Record<string, string> = {}): Promise<Page> => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    return read(await fetch(`${base()}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers }, body: body.toString(), redirect: 'manual' }));
  };
  const mailsTo = (email: string) => outboxMails(config().outboxDir).map((m) => m.replace(/=\r?\n/g, '')).filter((m) => m.includes(`To: ${email}`));

  /** The admin command, in this process, on the app's data. */
  async function command(...argv: string[]): Promise<{ code: number; out: string }> {
    let out = '';
    const c = config();
    const env = { DATA_DIR: c.dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: base(), ...(c.postgres ? { DATABASE_URL: c.postgres.url } : {}) };
    const code = await admin(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (out += s) }, env });
    return { code, out };
  }

  /** The password chosen by the last link mailed to the agent. */
  async function choosePassword(email: string): Promise<void> {
    const link = /\/agents\/mot-de-passe\/([A-Za-z0-9_-]{43})/.exec(mailsTo(email).at(-1) ?? '')?.[0] ?? '';
    const form = await get(link);
    expect(form.status).toBe(200);
    expect((await post(link, { csrf: form.csrf, password: AGENT_PASSWORD, confirmation: AGENT_PASSWORD }, form.cookie)).status).toBe(200);
  }

  async function addAgent(commune: string, email: string, roles: string): Promise<void> {
    const done = await command('agent', 'add', '--commune', commune, '--email', email, '--roles', roles);
    expect([done.code, done.out]).toEqual([0, expect.stringContaining(email)]);
    await choosePassword(email);
  }

  /** The password: the session waiting for its second factor. */
  async function password(email: string): Promise<Page> {
    const form = await get('/agents/connexion');
    return post('/agents/connexion', { csrf: form.csrf, email, password: AGENT_PASSWORD }, form.cookie);
  }

  /** Password then the code (mailed unless given): the session cookie and its CSRF value. */
  async function signIn(email: string, code?: () => string): Promise<{ cookie: string; csrf: string }> {
    const sent = await password(email);
    expect([sent.status, sent.location]).toEqual([303, '/agents/code']);
    const codePage = await get('/agents/code', sent.cookie);
    const done = await post('/agents/code', { csrf: codePage.csrf, code: code ? code() : lastCode(config().outboxDir, email) }, sent.cookie);
    expect([done.status, done.location]).toEqual([303, '/agents']);
    const home = await get('/agents', sent.cookie);
    expect(home.status).toBe(200);
    return { cookie: sent.cookie, csrf: home.csrf };
  }

  return { base, get, post, mailsTo, command, choosePassword, addAgent, password, signIn };
}
