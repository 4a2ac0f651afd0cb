/**
 * « Mon dossier famille »: the household as the commune knows it, as a card on Web Chat and
 * Teams and the same words on SMS and for screen readers: representatives, children (school,
 * level, activities), address, quotient familial and prices, online invoices.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import type { FamilyFile } from '../src/domain/familyFile';
import type { Translate } from '../src/i18n';
import { currentCommune, localeOf, send, toActivity, translator, type DialogDeps } from './dialogContext';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import type { InfoResult } from './infoDialog';
import { asksForNextPage } from './pages';
import { familyFilePages } from './familyFilePages';
import { requireSignIn, type SignInResult } from './signInDialog';
import { shortDay } from './dateWords';
import { numberFormat } from '../src/domain/formats';

export const FAMILY_FILE_DIALOG = 'familyFile';
const FLOW = 'familyFileFlow';
const PROMPT = 'familyFilePrompt';

export interface FamilyFileOptions {
  /** « quels enfants sont inscrits ? »: only the children on file and their activities. */
  only?: 'children';
  /** By SMS, the page to show (« suite »: the next one). */
  page?: number;
}

interface Section {
  title: string;
  lines: string[];
}

export function formatEuros(locale: string, cents: number): string {
  return numberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function familyFileSections(t: Translate, locale: string, file: FamilyFile): Section[] {
  const { household } = file;
  const person = (civility: string | null, first: string, last: string) =>
    [civility === 'madame' || civility === 'monsieur' ? t(`civility.${civility}`) : '', first, last.toUpperCase()].filter(Boolean).join(' ');
  const address = [household.address, [household.postalCode, household.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [
    {
      title: t('familyFile.representatives'),
      lines: file.representatives.map((r) =>
        t('familyFile.representative', {
          role: t(`familyFile.role.${r.role}`),
          name: person(r.civility, r.firstName, r.lastName),
          contact: [r.email, r.phone].filter(Boolean).join(', ') || t('familyFile.noContact'),
        }),
      ),
    },
    {
      title: t('familyFile.children'),
      lines: file.children.length
        ? file.children.map(({ child, activities }) =>
            t('familyFile.child', {
              name: `${child.firstName} ${child.lastName.toUpperCase()}`,
              birth: shortDay(locale, child.birthDate),
              school: child.school ?? t('familyFile.noSchool'),
              level: t(`familyFile.level.${child.level}`),
              activities: activities.length ? activities.map((a) => a.label).join(', ') : t('familyFile.noActivity'),
            }),
          )
        : [t('familyFile.noChild')],
    },
    { title: t('familyFile.address'), lines: [address || t('familyFile.noAddress')] },
    {
      title: t('familyFile.prices'),
      lines: [
        household.quotientFamilial === null ? t('familyFile.noQf') : t('familyFile.qf', { qf: household.quotientFamilial }),
        ...file.prices.map((p) => t('familyFile.price', { activity: p.activity.label, price: formatEuros(locale, p.priceCents) })),
      ],
    },
    { title: t('familyFile.eInvoiceTitle'), lines: [t(household.eInvoice ? 'familyFile.eInvoiceYes' : 'familyFile.eInvoiceNo')] },
  ];
}

export class FamilyFileDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FAMILY_FILE_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [requireSignIn(deps, 'familyFile.signInFirst'), this.show.bind(this), this.next.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async show(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const account = (step.result as SignInResult | undefined)?.account;
    const commune = await currentCommune(this.deps, step.context);
    if (!account || !commune) return step.endDialog();
    const t = translator(this.deps, step.context);
    const file = await this.deps.service.familyFile(account);
    if (!file) {
      await send(this.deps, step.context, { text: t('familyFile.notLinked', { keyName: commune.familyKeyName }) });
      return step.endDialog();
    }
    const options = (step.options ?? {}) as FamilyFileOptions;
    // By SMS the whole file is a page at a time, the children first; « suite » for the rest.
    const pageChars = this.deps.renderer.pageChars(step.context.activity.channelId);
    if (pageChars !== undefined && options.only !== 'children') {
      const pages = familyFilePages(t, localeOf(step.context), file, pageChars);
      const page = Math.min(options.page ?? 0, pages.length - 1);
      if (page + 1 >= pages.length) {
        await send(this.deps, step.context, { text: pages[page] ?? '' });
        return step.endDialog();
      }
      return step.prompt(PROMPT, { prompt: toActivity(this.deps, step.context, { text: pages[page] ?? '' }) });
    }
    await this.sendFile(step, t, file, options.only === 'children');
    return step.endDialog();
  }

  /** « suite »: the next page; anything else is handed to the menu. */
  private async next(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = step.result as AnyInput;
    const options = (step.options ?? {}) as FamilyFileOptions;
    if (asksForNextPage(input.text)) return step.replaceDialog(FLOW, { ...options, page: (options.page ?? 0) + 1 } satisfies FamilyFileOptions);
    return step.endDialog({ unhandled: input } satisfies InfoResult);
  }

  private async sendFile(step: WaterfallStepContext, t: Translate, file: FamilyFile, childrenOnly: boolean): Promise<void> {
    const all = familyFileSections(t, localeOf(step.context), file);
    const sections = childrenOnly ? all.filter((s) => s.title === t('familyFile.children')) : all;
    const title = t(childrenOnly ? 'familyFile.childrenTitle' : 'familyFile.title', { name: file.household.name, fileNumber: file.household.fileNumber });
    const cardText = sections.map((s) => [t('format.heading', { label: s.title }), ...s.lines.map((l) => `- ${l}`)].join('\n')).join('\n');
    await send(this.deps, step.context, { text: '', cardText: `${title}\n${cardText}`, card: { template: 'sections', data: { title, sections, actions: [] } } });
  }
}
