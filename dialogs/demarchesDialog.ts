/**
 * « Les démarches »: what can be asked without an account, by category as on the portal's page,
 * and found by number, by name, by what the recognizers understand, or by the words listed for
 * each in the locales (« acte de naissance », « voter »). The chosen démarche
 * is started by the main dialog (the result's `task`); the autorisation de sortie du territoire is
 * answered here, since it is a form the family fills in alone.
 */
import { nameIssue } from '../src/nlu/namesAnswer';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { normalize } from '../src/domain/text';
import type { Translate } from '../src/i18n';
import { asksToFollowRequest } from '../src/nlu/requestTopics';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { elsewhereDemarche } from '../src/nlu/elsewhereDemarches';
import { askChoice, notUnderstood, readChoice } from './choicePrompt';
import { currentCommune, send, translator, type DialogDeps } from './dialogContext';
import { elsewhereAnswer } from './elsewhereAnswer';

export const DEMARCHES_DIALOG = 'demarches';
const FLOW = 'demarchesFlow';
const PROMPT = 'demarchesPrompt';

export const DEMARCHE_ITEMS = [
  'civil_status_act',
  'family_booklet',
  'cohabitation_certificate',
  'electoral_roll',
  'citizen_census',
  'parental_authorization',
  'address_change',
  'follow',
] as const;
export type DemarcheItem = (typeof DEMARCHE_ITEMS)[number];
const CATEGORIES = ['etat_civil', 'citoyennete', 'enfants', 'logement'] as const;

/** What the main dialog starts next: `demarche:<item>`. */
export interface DemarchesResult {
  task?: `demarche:${DemarcheItem}`;
  /** The words it was found by (« acte de naissance »): the démarche may use them. */
  text?: string;
}

const isItem = (s: string): s is DemarcheItem => (DEMARCHE_ITEMS as readonly string[]).includes(s);

export class DemarchesDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DEMARCHES_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.list.bind(this), this.pick.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async list(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const lead = (step.options as { leadKey?: string; words?: string; number?: boolean } | undefined) ?? {};
    const text = [t('demarches.title'), ...CATEGORIES.map((c) => t(`demarches.category.${c}`)), t('demarches.ask')].join('\n');
    const options = DEMARCHE_ITEMS.map((i) => ({ label: t(`demarches.item.${i}`) }));
    // A number not in the list: said as such; words that name nothing: said back.
    const why = lead.number ? notUnderstood(t, 'choice.task.demarches') : lead.leadKey ? t(lead.leadKey, { words: lead.words }) : '';
    if (why && this.deps.renderer.isPaid(step.context.activity.channelId)) {
      // By SMS, after an answer that named nothing: why in a few words in place of the title, how to answer shorter (was 385 characters).
      const said = lead.leadKey === 'demarches.unsure' ? why : t('demarches.notFoundShort');
      return askChoice(this.deps, step, PROMPT, { text: `\n${text}`, short: { text: '', hint: t('demarches.askAgain') }, options }, said);
    }
    // By SMS, the numbered list alone: the categories say again what the list says; how to answer said once, after it.
    const short = { text: t('demarches.title'), hint: t('demarches.ask') };
    return askChoice(this.deps, step, PROMPT, { text, short, options }, why ? `${why}\n` : '');
  }

  private async pick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const input = step.result as AnyInput;
    const strict = readChoice(step, true);
    const found = strict ? { item: DEMARCHE_ITEMS[strict.index] as DemarcheItem, byWords: false } : this.itemOf(t, input.text) ?? this.loosely(step);
    const elsewhere = found ? undefined : elsewhereDemarche(input.text);
    const commune = elsewhere ? await currentCommune(this.deps, step.context) : undefined;
    if (elsewhere && commune) {
      // Carte d'identité, passeport, PACS, carte grise, permis: not made here, but where to go.
      await send(this.deps, step.context, elsewhereAnswer(t, commune, elsewhere));
      return step.endDialog({} satisfies DemarchesResult);
    }
    // « je sais pas », « aucune idée »: not a démarche's name; how to say what is needed, the list again.
    if (!found && nameIssue(input.text) === 'unsure') return step.replaceDialog(FLOW, { leadKey: 'demarches.unsure' });
    if (!found) return step.replaceDialog(FLOW, /^\D*\d+\D*$/.test(input.text) ? { number: true } : { leadKey: 'demarches.notFound', words: input.text.trim().slice(0, 60) });
    const { item, byWords } = found;
    if (item === 'parental_authorization') {
      await send(this.deps, step.context, { text: t('parentalAuthorization.answer') });
      return step.endDialog({} satisfies DemarchesResult);
    }
    return step.endDialog({ task: `demarche:${item}`, ...(byWords ? { text: input.text } : {}) } satisfies DemarchesResult);
  }

  /** A slip in a name, or part of it (« recensment », « livret »). */
  private loosely(step: WaterfallStepContext): { item: DemarcheItem; byWords: boolean } | undefined {
    const chosen = readChoice(step);
    return chosen ? { item: DEMARCHE_ITEMS[chosen.index] as DemarcheItem, byWords: false } : undefined;
  }

  /** The démarche said in words the recognizers understand, or the words listed for it. */
  private itemOf(t: Translate, text: string): { item: DemarcheItem; byWords: boolean } | undefined {
    const said = normalize(text);
    if (asksToFollowRequest(text)) return { item: 'follow', byWords: true };
    const intent = this.deps.understand(text).intent;
    if (isItem(intent)) return { item: intent, byWords: true };
    // The words of each démarche (locales: demarches.words.*), the longest that appears wins.
    const padded = ` ${said} `;
    const hits = DEMARCHE_ITEMS.flatMap((i) =>
      t(`demarches.words.${i}`)
        .split(',')
        .map((w) => normalize(w))
        .filter((w) => w && padded.includes(` ${w} `))
        .map((w) => ({ item: i, length: w.length })),
    ).sort((a, b) => b.length - a.length);
    return hits[0] ? { item: hits[0].item, byWords: true } : undefined;
  }
}
