/**
 * The answer to a démarche that is not made in the chat (carte d'identité, passeport, PACS,
 * carte grise, permis de conduire): where to go, with the commune's service and its contacts
 * when it is at the mairie.
 */
import { whereToGo, type ElsewhereKind } from '../src/domain/demarchesElsewhere';
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { contactLines } from './infoAnswers';

export function elsewhereAnswer(t: Translate, commune: Commune, kind: ElsewhereKind): string {
  const where = whereToGo(commune, kind);
  const lines = [t(`elsewhere.${kind}`)];
  if (where.place === 'mairie' && where.service) lines.push(t('elsewhere.atMairie', { commune: commune.name }), contactLines(t, commune, where.service));
  // No service of the mairie in the commune's configuration: none other is named in its place.
  else if (where.place === 'mairie') lines.push(t('elsewhere.askMairie', { commune: commune.name }));
  return lines.join('\n');
}
