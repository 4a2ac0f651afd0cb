/**
 * A request's answers as an agent reads them: each stored key named in French (« Date de
 * l'événement », not « eventDay ») and each coded value in words (« Extrait avec filiation », not
 * « extract_with_parents »; days as 14/03/2018), from the words the resident was asked with
 * (locales `civilAct.*`, `demarche.<kind>.*`). A key or value without words is shown as stored.
 */
import type { Translate } from '../i18n';

/** The civil-status act's own keys: where their label and their values' words are. */
const CIVIL_ACT: Record<string, { label: string; values?: string }> = {
  kind: { label: 'agents.request.field.act', values: 'civilAct.kind' },
  format: { label: 'agents.request.field.format', values: 'civilAct.format' },
  relation: { label: 'agents.request.field.relation', values: 'civilAct.relation' },
  place: { label: 'civilAct.field.place' },
  lastName: { label: 'createAccount.field.lastName' },
  firstName: { label: 'createAccount.field.firstName' },
  eventDay: { label: 'civilAct.field.eventDay' },
  parents: { label: 'civilAct.field.parents' },
  address: { label: 'agents.request.field.sendTo' },
  recipient: { label: 'civilAct.field.recipient' },
  // Given instead of an e-mail, for the état civil to call if needed.
  phone: { label: 'createAccount.field.phone' },
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** [label, value] for each answer, in the stored order. */
export function answerRows(t: Translate, kind: string, data: Record<string, unknown>): Array<[string, string]> {
  const words = (key: string): string | undefined => {
    try {
      return t(key);
    } catch {
      return undefined;
    }
  };
  const shown = (v: unknown, valuesKey?: string): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (Array.isArray(v)) return v.map((x) => shown(x, valuesKey)).join(', ') || '—';
    const text = typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
    const day = DAY.exec(text);
    if (day) return `${day[3]}/${day[2]}/${day[1]}`;
    return (valuesKey && words(`${valuesKey}.${text}`)) || text;
  };
  return Object.entries(data).map(([key, value]) => {
    if (kind === 'civil_status_act') {
      const known = CIVIL_ACT[key];
      return [known ? (words(known.label) ?? key) : key, shown(value, known?.values)];
    }
    if (key === 'papersAtCounter') return [words('agents.request.field.papersAtCounter') ?? key, shown(Array.isArray(value) ? value.map((id) => words(`demarche.${kind}.label.${String(id)}`) ?? id) : value)];
    return [words(`demarche.${kind}.label.${key}`) ?? key, shown(value, `demarche.${kind}.${key}`)];
  });
}
