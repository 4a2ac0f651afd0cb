/**
 * The back office's agents from the terminal (`agent …`), for automation and for when no
 * administrator can sign in:
 * - `agent add --commune ID --email E --roles etat-civil,regie,periscolaire,administration`: a new
 *   agent, who receives by e-mail a one-time link to choose a password;
 * - `agent list --commune ID`: the commune's agents, their roles, last sign-in and state;
 * - `agent roles --email E --roles R`, `agent disable --email E`, `agent enable --email E`;
 * - `agent link --email E`: a new password link mailed;
 * - `agent reset-2fa --email E`: removes the agent's authenticator app (a lost phone).
 * Forgiving: a mistyped word or e-mail gets a suggestion (nothing runs on a guess), roles in any
 * case and with accents (« État civil »). The same domain calls as the back office (src/domain/agentTeam.ts).
 */
import { AGENT_ROLES, agentState, parseRoles, type Agent } from '../domain/agents';
import type { TeamResult } from '../domain/agentTeam';
import { linkBase } from '../config';
import type { CommandContext } from './commands';
import { closest } from './suggest';
import { knownCommune, table } from './tables';

const SUBCOMMANDS = ['add', 'list', 'roles', 'disable', 'enable', 'link', 'reset-2fa'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];
export const AGENT_USAGE = 'agent add|list|roles|disable|enable|link|reset-2fa (--commune ID | --email E) [--roles ROLES]';
const ADMIN = { kind: 'admin' } as const;

function missing(ctx: CommandContext, option: 'commune' | 'email' | 'roles'): boolean {
  if (ctx.values[option]) return false;
  ctx.out.error(ctx.t('admin.usage.missingOption', { option: `--${option}` }));
  return true;
}

function rolesOf(ctx: CommandContext): ReturnType<typeof parseRoles> {
  const roles = parseRoles(ctx.values.roles ?? '');
  if (!roles) ctx.out.error(ctx.t('admin.agent.badRoles', { roles: ctx.values.roles ?? '', known: AGENT_ROLES.join(', ') }));
  return roles;
}

/** The agent of --email (any case), or undefined after saying so, with the address meant when one is close. */
async function agentOf(ctx: CommandContext): Promise<Agent | undefined> {
  const email = ctx.values.email ?? '';
  const agent = await ctx.service.agentTeam.findByEmail(email);
  if (agent) return agent;
  ctx.out.error(ctx.t('admin.agent.unknown', { email }));
  const everyone = (await Promise.all((await ctx.service.listCommunes()).map((c) => ctx.service.agentTeam.list(c.id)))).flat();
  const meant = closest(email.replace(/@/g, ' '), everyone.map((a) => ({ value: a.email, names: [a.email.replace(/@/g, ' ')] })));
  if (meant) ctx.out.error(ctx.t('admin.agent.didYouMean', { email: meant }));
  return undefined;
}

function said(ctx: CommandContext, result: TeamResult, doneKey: string, email: string): number {
  if (result.ok) {
    ctx.out.line(ctx.t(doneKey, { email, roles: result.agent.roles.join(', ') }));
    return 0;
  }
  ctx.out.error(ctx.t(`admin.agent.refused.${result.reason === 'unchanged' || result.reason === 'disabled' ? result.reason : 'other'}`, { email }));
  return result.reason === 'unchanged' ? 0 : 1;
}

async function list(ctx: CommandContext): Promise<number> {
  const { t, out, service, values } = ctx;
  if (missing(ctx, 'commune') || !(await knownCommune(ctx, values.commune ?? ''))) return 2;
  const agents = await service.agentTeam.list(values.commune ?? '');
  if (!agents.length) {
    out.line(t('admin.agent.none'));
    return 0;
  }
  const header = ['id', 'email', 'roles', 'lastLogin', 'state', 'factor'].map((h) => t(`admin.agent.column.${h}`));
  table(out, [header, ...agents.map((a) => [String(a.id), a.email, a.roles.join(','), a.lastLoginAt?.slice(0, 16).replace('T', ' ') ?? '—', t(`agents.team.state.${agentState(a)}`), a.totpEnrolledAt ? 'TOTP' : 'e-mail'])]);
  return 0;
}

async function add(ctx: CommandContext): Promise<number> {
  const { service, t, out, values, config } = ctx;
  if (missing(ctx, 'commune') || missing(ctx, 'email') || missing(ctx, 'roles')) return 2;
  if (!(await knownCommune(ctx, values.commune ?? ''))) return 1;
  const roles = rolesOf(ctx);
  if (!roles) return 1;
  const baseUrl = linkBase(config);
  const id = await service.agentTeam.add(values.commune ?? '', values.email ?? '', roles, baseUrl);
  out.line(t('admin.agent.added', { id, email: values.email ?? '', roles: roles.join(', ') }));
  return 0;
}

async function change(ctx: CommandContext, sub: Exclude<Subcommand, 'add' | 'list'>): Promise<number> {
  if (missing(ctx, 'email') || (sub === 'roles' && missing(ctx, 'roles'))) return 2;
  const roles = sub === 'roles' ? rolesOf(ctx) : undefined;
  if (sub === 'roles' && !roles) return 1;
  const agent = await agentOf(ctx);
  if (!agent) return 1;
  const team = ctx.service.agentTeam;
  const baseUrl = linkBase(ctx.config);
  const result =
    sub === 'roles' ? await team.setRoles(agent.id, roles ?? [], ADMIN)
    : sub === 'disable' ? await team.disable(agent.id, ADMIN)
    : sub === 'enable' ? await team.enable(agent.id, ADMIN)
    : sub === 'link' ? await team.sendLink(agent.id, baseUrl, ADMIN)
    : await team.resetTotp(agent.id, ADMIN);
  return said(ctx, result, `admin.agent.done.${sub}`, agent.email);
}

export async function agentCommand(ctx: CommandContext): Promise<number> {
  const { t, out } = ctx;
  const word = ctx.words?.[0] ?? '';
  const sub = (SUBCOMMANDS as readonly string[]).includes(word.toLowerCase()) ? (word.toLowerCase() as Subcommand) : undefined;
  if (!sub) {
    const meant = closest(word, SUBCOMMANDS.map((s) => ({ value: s, names: [s] })));
    if (meant) out.error(t('admin.usage.didYouMean', { command: `agent ${meant}` }));
    out.error(t('admin.usage.words', { command: 'agent', usage: AGENT_USAGE }));
    return 2;
  }
  if (sub === 'add') return add(ctx);
  if (sub === 'list') return list(ctx);
  return change(ctx, sub);
}
