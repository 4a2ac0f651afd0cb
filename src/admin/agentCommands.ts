/**
 * `agent add --commune ID --email E --roles etat-civil,regie,periscolaire,administration`: a new
 * agent of the back office (/agents), who receives by e-mail a one-time link to choose a password.
 */
import { AGENT_ROLES, parseRoles } from '../domain/agents';
import type { CommandContext } from './commands';
import { knownCommune } from './tables';

export async function agentCommand(ctx: CommandContext): Promise<number> {
  const { service, t, out, values, config, words } = ctx;
  if (words?.[0] !== 'add') {
    out.error(t('admin.usage.words', { command: 'agent', usage: 'agent add --commune ID --email E --roles ROLES' }));
    return 2;
  }
  for (const option of ['commune', 'email', 'roles'] as const) {
    if (!values[option]) {
      out.error(t('admin.usage.missingOption', { option: `--${option}` }));
      return 2;
    }
  }
  if (!(await knownCommune(ctx, values.commune ?? ''))) return 1;
  const roles = parseRoles(values.roles ?? '');
  if (!roles) {
    out.error(t('admin.agent.badRoles', { roles: values.roles ?? '', known: AGENT_ROLES.join(', ') }));
    return 1;
  }
  const baseUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const id = await service.agents.add(values.commune ?? '', values.email ?? '', roles, baseUrl);
  out.line(t('admin.agent.added', { id, email: values.email ?? '', roles: roles.join(', ') }));
  return 0;
}
