/**
 * A guided démarche confirmed: the request numbered and saved with the answers and papers that
 * still apply, then its reference, what comes next and the papers to bring said in the chat (without an
 * e-mail: the reference to note, the call back or a letter, the service's number).
 */
import { TurnContext } from 'botbuilder-core';
import type { DialogTurnResult } from './dialogLibrary';
import { fieldsFor } from '../src/domain/demarches';
import { localeOf, send, signedIn } from './dialogContext';
import type { DemarcheTurn } from './demarcheState';
import { followLines } from './contactAnswer';

export async function submitDemarche({ deps, step, commune, t, options }: DemarcheTurn): Promise<DialogTurnResult> {
  const { kind, answers, papers } = options;
  // Only the answers and papers of questions that still apply (a correction may have changed which).
  const fields = fieldsFor(kind, answers);
  const applies = (id: string) => fields.some((f) => f.id === id);
  const { email, ...data } = Object.fromEntries(Object.entries(answers).filter(([id]) => applies(id)));
  const paperOf = (id: string) => {
    const input = fields.find((f) => f.id === id)?.input;
    return input?.type === 'file' ? input.paper : 'autre';
  };
  const atCounter = fields.filter((f) => f.input.type === 'file' && papers[f.id] === 'counter').map((f) => f.id);
  const kept = Object.entries(papers).flatMap(([id, p]) => (p === 'counter' || !applies(id) ? [] : [{ documentId: p.documentId, kind: paperOf(id) }]));
  const account = await signedIn(deps, step.context);
  const reference = await deps.service.requests.submit({
    commune,
    kind,
    email: String(email ?? ''),
    data: { ...data, papersAtCounter: atCounter },
    locale: localeOf(step.context),
    ...(account ? { account } : {}),
    conversation: { channelId: step.context.activity.channelId, reference: TurnContext.getConversationReference(step.context.activity) },
    papers: kept,
  });
  const service = deps.service.serviceFor(commune, 'requests');
  // Without an e-mail: the reference to note, how the service will tell (a call, else a letter), and how to ask where it stands.
  const phone = typeof data.phone === 'string' ? data.phone : undefined;
  const lines = email
    ? [t('demarche.sent', { reference, email }), t(`demarche.${kind}.next`)]
    : [t('demarche.sentNoEmail', { reference }), t(`demarche.${kind}.next`), ...(phone ? [] : [t('demarche.byPost')]), ...followLines(t, reference, phone, service, 'demarche.callBack')];
  if (atCounter.length) lines.push(t('demarche.bringPapers', { papers: atCounter.map((id) => t(`demarche.${kind}.label.${id}`)).join(', ') }));
  await send(deps, step.context, { text: lines.join('\n') });
  return step.endDialog();
}
