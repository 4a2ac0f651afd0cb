/**
 * The one renderer: fills the Adaptive Card templates of cards/ and turns a reply into a
 * Bot Framework activity for the channel — a card with its text equivalent and `speak` where
 * cards exist, the text equivalent alone (with numbered choices) where they do not.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as ACData from 'adaptivecards-templating';
import type { Activity, Attachment, CardAction } from 'botbuilder';
import { capabilitiesOf } from './channels';
import { listsClosed } from './markdownLists';
import { expandPlain, isPlainTemplate } from './plainTemplate';
import { unfilledIn } from './unfilledBinding';

export interface Choice {
  label: string;
  /** Sent back as the message text when chosen (defaults to the label). */
  value?: string;
}

export interface Reply {
  /** What is said in words; the whole message for text-only channels. */
  text: string;
  /** Choices: suggested actions where supported, a numbered list otherwise. */
  choices?: Choice[];
  /** The choices are already numbered in `text`: the text equivalent does not number them again. */
  listed?: boolean;
  /** How to answer the choices in words (« Répondez 1, 2 ou 3. »): in the text equivalent, after them. */
  hint?: string;
  card?: { template: string; data: Record<string, unknown> };
  /** The card shows the choices as its own buttons: where it is sent, no suggested actions repeat them. */
  choicesInCard?: boolean;
  /** What the card shows, in words: sent instead of the card where cards do not exist, and spoken. */
  cardText?: string;
  /** Spoken form (where a card is sent: the card's); defaults to the text equivalent. */
  speak?: string;
  /** What changes where each message is paid for (SMS): these fields replace the reply's (an empty `choices` or `cardText` drops them). */
  short?: Partial<Omit<Reply, 'short'>>;
}

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** True when a card of `version` ('1.4') renders on a channel that supports up to `max`. */
export function fitsVersion(version: unknown, max: string): boolean {
  if (typeof version !== 'string') return false;
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [maxMajor = 0, maxMinor = 0] = max.split('.').map(Number);
  return major < maxMajor || (major === maxMajor && minor <= maxMinor);
}
let templating: typeof ACData | undefined;
/** How many expanded cards a renderer keeps (a calendar's is about 15 kB). */
const EXPANDED_KEPT = 200;

/**
 * The templating library (with adaptive-expressions: 150-500 ms to load here in one piece). The
 * welcome's menu card needs none (cards/plainTemplate.ts); the server loads it after listening, a few
 * modules at a time between requests (src/slicedLoad.ts), or before listening at a start that has not
 * seen it load yet (CardRenderer.prepare). Loaded here at the first card that needs it elsewhere
 * (tests, tools), or for what is left of it.
 */
export function templatingLibrary(): typeof ACData {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (templating ??= require('adaptivecards-templating') as typeof ACData);
}

export class CardRenderer {
  /** Each template's JSON, read once. */
  private readonly sources = new Map<string, { json: unknown; plain: boolean }>();
  /** Each template the library expands, parsed once (its expressions are what takes time), then expanded with each reply's data. */
  private readonly templates = new Map<string, ACData.Template>();
  /** Cards the templating library expanded lately, as text, by template and data (the least recently used let go). */
  private readonly expanded = new Map<string, string>();

  constructor(private readonly cardsDir: string) {}

  private source(name: string): { json: unknown; plain: boolean } {
    let s = this.sources.get(name);
    if (!s) {
      const json: unknown = JSON.parse(fs.readFileSync(path.join(this.cardsDir, `${name}.json`), 'utf8'));
      s = { json, plain: isPlainTemplate(json) };
      this.sources.set(name, s);
    }
    return s;
  }

  private template(name: string): ACData.Template {
    let t = this.templates.get(name);
    if (!t) {
      t = new (templatingLibrary().Template)(structuredClone(this.source(name).json));
      this.templates.set(name, t);
    }
    return t;
  }

  /**
   * Makes these templates ready now, before the server listens: a plain one is only read; another
   * needs the templating library, loaded then (with `library`, which may load it otherwise) and the
   * template parsed.
   */
  prepare(names: readonly string[], library: () => unknown = templatingLibrary): void {
    for (const name of names) {
      if (this.source(name).plain) continue;
      library();
      this.template(name);
    }
  }

  /**
   * Parses every other template, one per turn of the event loop (each takes milliseconds to tens of
   * them): after a start, the first card of each kind does not hold a resident's turn. The expression
   * parser's first use (its grammar read, tens of milliseconds) comes first, in a turn of its own.
   */
  async warm(): Promise<void> {
    const names = fs.readdirSync(this.cardsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
    if (names.some((name) => !this.templates.has(name) && !this.source(name).plain)) {
      await new Promise((resolve) => setImmediate(resolve));
      new (templatingLibrary().Template)({ text: '${first}' });
    }
    for (const name of names) {
      if (this.templates.has(name) || this.source(name).plain) continue;
      await new Promise((resolve) => setImmediate(resolve));
      this.template(name);
    }
  }

  /**
   * Expands a template with data. Throws if a binding is left unfilled. A card the templating library
   * expanded from the same template and the same data is kept as its text and read back: expanding
   * evaluates every expression of the template again. A plain template's card (all of this bot's) is
   * made again each time, as cheap as reading one back. Each call gets its own objects.
   */
  renderCard(name: string, data: Record<string, unknown>): Record<string, unknown> {
    const source = this.source(name);
    // A plain template's card is made directly, its own objects, neither written out nor kept: reading it back from a kept
    // text, and the key of its data, cost more than making it.
    const plain = source.plain ? expandPlain(source.json, data) : undefined;
    if (plain !== undefined) {
      const unfilled = unfilledIn(plain);
      if (unfilled !== undefined) throw new Error(`Card ${name}: unfilled binding in ${unfilled.slice(unfilled.indexOf('${'), unfilled.indexOf('${') + 40)}`);
      return plain;
    }
    const key = `${name}\n${JSON.stringify(data)}`;
    const kept = this.expanded.get(key);
    if (kept !== undefined) {
      this.expanded.delete(key);
      this.expanded.set(key, kept);
      return JSON.parse(kept) as Record<string, unknown>;
    }
    const card = this.template(name).expand({ $root: data }) as Record<string, unknown>;
    const json = JSON.stringify(card);
    if (json.includes('${')) throw new Error(`Card ${name}: unfilled binding in ${json.slice(json.indexOf('${'), json.indexOf('${') + 40)}`);
    this.expanded.set(key, json);
    if (this.expanded.size > EXPANDED_KEPT) this.expanded.delete(this.expanded.keys().next().value as string);
    return card;
  }

  /** The text that says the same as the reply (and its card): text, then numbered choices. */
  textEquivalent(reply: Reply): string {
    // A card's reply may say nothing besides its card (its title is the card's, cardText: its words where there is none).
    const lines = reply.text ? [reply.text] : [];
    if (reply.cardText) lines.push(reply.cardText);
    if (!reply.listed) reply.choices?.forEach((c, i) => lines.push(`${i + 1}. ${c.label}`));
    if (reply.choices?.length && reply.hint && !reply.listed) lines.push(reply.hint);
    return lines.join('\n');
  }

  /** Whether this channel's messages are paid for (SMS): the short texts and forms are chosen. */
  isPaid(channelId: string | undefined): boolean {
    return capabilitiesOf(channelId).paid !== undefined;
  }

  /** How many characters a page of a long list holds on this channel; undefined: the whole list at once. */
  pageChars(channelId: string | undefined): number | undefined {
    return capabilitiesOf(channelId).paid?.pageChars;
  }

  /** Whether residents can attach files in this conversation: not on SMS (the web chat's own Direct Line takes them, as Azure's does). */
  canReceiveFiles(activity: { channelId?: string; serviceUrl?: string }): boolean {
    return capabilitiesOf(activity.channelId).files;
  }

  /** Whether a long-lived secret (a family key) may be asked for on this channel (never by SMS). */
  canAskSecrets(channelId: string | undefined): boolean {
    return capabilitiesOf(channelId).secrets;
  }

  /** The person's name to greet them by, where the channel vouches for it (Teams' directory); never a name typed by anyone. */
  verifiedName(channelId: string | undefined, name: string | undefined): string | undefined {
    const trimmed = name?.trim();
    return capabilitiesOf(channelId).verifiedName && trimmed && trimmed.length <= 80 ? trimmed : undefined;
  }

  /**
   * Whether toActivity sends this reply with its card on this channel, known without expanding the
   * card: the channel shows cards and the template's version fits it (a version left to the data is
   * expanded to be read).
   */
  sendsCard(full: Reply, channelId: string | undefined): boolean {
    const caps = capabilitiesOf(channelId);
    const card = caps.paid && full.short ? { ...full, ...full.short }.card : full.card;
    if (!caps.cards || !card) return false;
    const version = (this.source(card.template).json as { version?: unknown }).version;
    if (typeof version !== 'string' || version.includes('${')) return this.toActivity(full, channelId).attachments !== undefined;
    return fitsVersion(version, caps.maxCardVersion);
  }

  /**
   * `cardShown`: the card is the same (template and data) as one already expanded in this turn for this channel (a
   * prompt's variant: asked again, another first line): where it would be sent, the attachment is only what differs,
   * its `speak` and `fallbackText`, the card's other strings being the other's. Not to be sent: for reading what the
   * variant says (promptTexts.ts, rendersIn), without expanding the card again.
   */
  toActivity(full: Reply, channelId: string | undefined, cardShown = false): Partial<Activity> {
    const caps = capabilitiesOf(channelId);
    const { short, ...usual } = full;
    const reply: Reply = caps.paid && short ? { ...usual, ...short } : usual;
    const equivalent = this.textEquivalent(reply);
    const speak = reply.speak ?? equivalent;
    const shown = caps.markdown ? listsClosed : (text: string) => text;
    if (!caps.cards) return { type: 'message', text: shown(equivalent), speak, inputHint: 'expectingInput' };
    const activity: Partial<Activity> = { type: 'message', text: shown(reply.text), speak, inputHint: 'expectingInput' };
    let cardSent = false;
    if (reply.card) {
      // Web Chat reads the text, then the card as its `speak`, its inputs and buttons; it speaks the message's `speak`, then the card's: each says its own part.
      const cardSpeak = reply.speak ?? this.textEquivalent({ ...reply, text: '', choices: undefined });
      activity.speak = this.textEquivalent({ ...reply, cardText: undefined }) || undefined;
      if (cardShown && this.sendsCard(full, channelId)) {
        activity.attachments = [{ contentType: ADAPTIVE_CARD, content: { speak: cardSpeak, fallbackText: equivalent } }];
        return this.withChoices(activity, reply, true, caps.suggestedActions);
      }
      const content = this.renderCard(reply.card.template, { ...reply.card.data, speak: cardSpeak, fallbackText: equivalent });
      // A card newer than the channel renders would show as an error: the text equivalent says the same.
      if (!fitsVersion(content.version, caps.maxCardVersion)) return { type: 'message', text: shown(equivalent), speak, inputHint: 'expectingInput' };
      activity.attachments = [{ contentType: ADAPTIVE_CARD, content } as Attachment];
      cardSent = true;
    }
    return this.withChoices(activity, reply, cardSent, caps.suggestedActions);
  }

  /** The reply's choices as suggested actions, where the channel has them and the card sent does not show them. */
  private withChoices(activity: Partial<Activity>, reply: Reply, cardSent: boolean, suggestedActions: boolean): Partial<Activity> {
    if (reply.choices?.length && suggestedActions && !(cardSent && reply.choicesInCard)) {
      activity.suggestedActions = {
        to: [],
        actions: reply.choices.map((c): CardAction => ({ type: 'imBack', title: c.label, value: c.value ?? c.label })),
      };
    }
    return activity;
  }
}
