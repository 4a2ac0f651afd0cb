/**
 * What each channel can show. The renderer alone reads this; dialogs never branch on channel names.
 * SMS has no cards and no buttons; unknown channels get the text-only form, which works everywhere.
 */
export interface ChannelCapabilities {
  cards: boolean;
  suggestedActions: boolean;
  /** Highest Adaptive Card version the channel renders reliably (Teams mobile: 1.4). */
  maxCardVersion: string;
  /** Whether a resident can attach a file. */
  files: boolean;
  /** Whether the bot may ask for a long-lived secret (a family key) here: never by SMS. */
  secrets: boolean;
  /** Whether the channel renders a message's text as markdown (a list then a line needs a blank line between). */
  markdown: boolean;
  /** Whether `from.name` is the person's name as the channel's directory knows it (Teams), fit to greet them by. */
  verifiedName?: boolean;
  /**
   * Each message is paid for by the commune (SMS): the short texts (locales/<lang>.sms.json), a
   * reply's `short` form, and long lists in pages of about this many characters.
   */
  paid?: { pageChars: number };
}

const TEXT_ONLY: ChannelCapabilities = { cards: false, markdown: false, suggestedActions: false, maxCardVersion: '0', files: false, secrets: false };
const PAID_TEXT: ChannelCapabilities = { ...TEXT_ONLY, paid: { pageChars: 160 } };
const RICH: ChannelCapabilities = { cards: true, markdown: true, suggestedActions: true, maxCardVersion: '1.5', files: true, secrets: true };

const byChannel: Record<string, ChannelCapabilities> = {
  webchat: RICH,
  directline: RICH,
  emulator: RICH,
  test: RICH,
  msteams: { cards: true, markdown: true, suggestedActions: true, maxCardVersion: '1.4', files: true, secrets: true, verifiedName: true },
  sms: PAID_TEXT,
  twilio: PAID_TEXT,
};

export const capabilitiesOf = (channelId: string | undefined): ChannelCapabilities => byChannel[channelId ?? ''] ?? TEXT_ONLY;
