/**
 * « Mon dossier » where each message is paid for (SMS): the same facts as the card, shorter, in pages of at most two
 * segments. The children and their activities first (what is asked most), then the prices and the online invoice,
 * then the guardians and the address; each page but the last says what « suite » brings.
 */
import type { FamilyFile } from '../src/domain/familyFile';
import type { Translate } from '../src/i18n';
import { shortDay } from './dateWords';
import { numberFormat } from '../src/domain/formats';
import { paginate } from './pages';

const euros = (locale: string, cents: number) => numberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

interface Part {
  lines: string[];
  /** What « suite » brings when this part starts the next page. */
  next: string;
}

/** The pages of the file, of at most `chars` characters each (the channel's page, dialogs/pages.ts) with the line that says what « suite » brings. */
export function familyFilePages(t: Translate, locale: string, file: FamilyFile, chars: number): string[] {
  const { household } = file;
  const short = (code: string) => t(`familyFile.sms.activity.${code}`);
  const children = file.children.length
    ? file.children.map(({ child, activities }) =>
        t('familyFile.sms.child', {
          name: child.firstName,
          birth: shortDay(locale, child.birthDate),
          school: child.school ?? t('familyFile.noSchool'),
          level: t(`familyFile.level.${child.level}`),
          activities: activities.length ? activities.map((a) => short(a.code)).join(', ') : t('familyFile.noActivity'),
        }),
      )
    : [t('familyFile.noChild')];
  const prices = file.prices.map((p) => `${short(p.activity.code)} ${euros(locale, p.priceCents)}`).join(', ');
  const person = (civility: string | null, first: string, last: string) =>
    [civility === 'madame' || civility === 'monsieur' ? t(`civility.${civility}`) : '', first, last.toUpperCase()].filter(Boolean).join(' ');
  const address = [household.address, [household.postalCode, household.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const parts: Part[] = [
    { lines: [t('familyFile.sms.title', { name: household.name, fileNumber: household.fileNumber }), t('familyFile.sms.children'), ...children.map((c) => `- ${c}`)], next: '' },
    {
      lines: [
        household.quotientFamilial === null ? t('familyFile.sms.pricesHighest', { prices }) : t('familyFile.sms.prices', { qf: household.quotientFamilial, prices }),
        t(household.eInvoice ? 'familyFile.sms.eInvoiceYes' : 'familyFile.sms.eInvoiceNo'),
      ],
      next: t('familyFile.sms.nextPrices'),
    },
    {
      lines: [
        ...file.representatives.map((r) => t('familyFile.representative', { role: t(`familyFile.role.${r.role}`), name: person(r.civility, r.firstName, r.lastName), contact: [r.email, r.phone].filter(Boolean).join(', ') || t('familyFile.noContact') })),
        t('format.labelValue', { label: t('familyFile.address'), value: address || t('familyFile.noAddress') }),
      ],
      next: t('familyFile.sms.nextContacts'),
    },
  ];
  // Parts that fit together share a page; a page's last line says what the next one holds (its length kept for it).
  const texts = parts.map((p) => p.lines.join('\n'));
  const reserve = Math.max(...parts.map((p) => p.next.length)) + 1;
  const pages = paginate(texts, chars, reserve);
  let first = 0;
  return pages.map((page) => {
    first += page.length;
    const following = parts[first];
    return [...page, ...(following ? [following.next] : [])].join('\n');
  });
}
