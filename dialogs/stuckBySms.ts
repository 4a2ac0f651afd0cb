/**
 * By SMS, how to get out when answers are not understood, in one line: each message is paid for by segments, and
 * the question asked again already takes most of the turn's one message. The way out (« menu », « aide ») and the
 * mairie's phone (or e-mail, or its portal where it has neither) when the whole turn stays within 2 segments; else
 * the contact alone, which is what a resident who is stuck needs most.
 */
import type { Translate } from '../src/i18n';
import type { Commune, CommuneService } from '../src/domain/types';
import { segments, toGsm7 } from '../src/sms/smsText';

/** The most segments a turn that says the way out should cost. */
const BUDGET = 2;

/** The mairie's phone and e-mail, or its portal's address where it has neither. */
function means(commune: Commune, service: CommuneService): string {
  return [service.phone, service.email].filter(Boolean).join(', ') || commune.portalUrl;
}

/** `key`: the way-out text (at a question, or at the menu); `sent`: what the turn already says. */
export function stuckBySms(t: Translate, key: string, sent: readonly string[], commune?: Commune, service?: CommuneService): string {
  if (!commune || !service) return t(key);
  const contact = means(commune, service);
  const full = `${t(key)} ${t('stuck.someone')} ${contact}`;
  const fits = (line: string) => segments(toGsm7([...sent, line].map((s) => s.trim()).filter(Boolean).join('\n'))) <= BUDGET;
  return fits(full) ? full : t('stuck.contactOnly', { contact });
}
