/**
 * Speaking first: a message in the resident's last conversation (its stored reference) or the one
 * a request was made in, through the Bot Framework adapter's continueConversationAsync. SMS conversations are not reached this
 * way: notices and reminders go by SMS through Twilio's API when it is configured (else only the e-mails); a channel that refuses (Teams answers 403 when the app was
 * removed) makes notify() return false, never throw.
 */
import type { ConversationReference } from 'botbuilder';
import type { Core } from '../core';
import { adapterOnDemand, type ChannelAdapter } from './adapter';
import { DIRECT_LINE_SERVICE_URL, DirectLineAdapter } from '../directline/directLineAdapter';
import type { MunicipalService } from '../domain/municipalService';
import type { Notice, Notifier } from '../domain/payments';
import type { UntoldDecision } from '../domain/ports';
import type { ConversationTarget, DecisionTeller } from '../domain/requestService';
import type { ReminderTeller } from '../domain/reminders';
import { pickLocale, type Texts } from '../i18n';
import type { Logger } from '../logger';
import { euros } from '../domain/invoicing';
import { TwilioSender } from '../sms/twilioSender';


/** A notice in words. */
function noticeText(t: ReturnType<Texts['for']>, notice: Notice): string {
  switch (notice.kind) {
    case 'paymentPaid':
      return t('payment.told.paid', { number: notice.number, amount: euros(notice.amountCents), email: notice.email });
    case 'paymentDuplicate':
      return t('payment.told.duplicate', { number: notice.number, amount: euros(notice.amountCents) });
    case 'paymentRefused':
      return t('payment.told.refused', { number: notice.number });
    case 'paperReviewed':
      return t(notice.accepted ? 'paper.told.accepted' : 'paper.told.refused', { kind: t(`documents.kind.${notice.paperKind}`), reason: notice.reason ?? '' });
  }
}

export class ConversationNotifier implements Notifier, DecisionTeller, ReminderTeller {
  constructor(
    private readonly adapter: ChannelAdapter,
    /** The web chat's own Direct Line: its conversations are reached in-process, not through a Bot Connector. */
    private readonly webChat: DirectLineAdapter,
    private readonly appId: string,
    private readonly service: MunicipalService,
    private readonly texts: Texts,
    private readonly logger: Logger,
    /** Absent: the bot does not send SMS on its own (reminders go by e-mail instead). */
    private readonly smsSender?: Pick<TwilioSender, 'send'>,
  ) {}

  /** In the resident's last conversation; by SMS (its short text) to the account's number when that conversation was by SMS and the bot sends SMS. */
  async notify(accountId: number, notice: Notice): Promise<boolean> {
    const stored = await this.service.conversationOf(accountId);
    if (!stored) return false;
    if (stored.channelId === 'sms') {
      const phone = this.smsSender ? (await this.service.deps.repos.accounts.get(accountId))?.phone : undefined;
      return phone && this.smsSender ? this.smsSender.send(phone, noticeText(this.texts.for('fr', false, true), notice)) : false;
    }
    const t = this.texts.for('fr');
    return this.say(stored, noticeText(t, notice));
  }

  /** An agent's decision on a request, in the resident's language, with the agent's message. */
  async tell(target: ConversationTarget, decision: UntoldDecision, locale: string): Promise<boolean> {
    const t = this.texts.for(pickLocale(locale));
    const lines = [t('request.told', { reference: decision.reference, kind: t(`request.kind.${decision.kind}`), status: t(`request.status.${decision.status}`) })];
    if (decision.message) lines.push(t('request.toldMessage', { message: decision.message }));
    return this.say(target, lines.join('\n'));
  }

  /** A reminder, with how to stop them. */
  async remind(target: ConversationTarget, text: string): Promise<boolean> {
    return this.say(target, `${text}\n${this.texts.for('fr')('reminder.footer')}`);
  }

  /** A reminder by SMS (only when the bot can send SMS), with how to stop them there. */
  get sms(): ((phone: string, text: string) => Promise<boolean>) | undefined {
    const sender = this.smsSender;
    if (!sender) return undefined;
    return (phone, text) => sender.send(phone, `${text}\n${this.texts.for('fr')('reminder.footer.sms')}`);
  }

  private async say(target: ConversationTarget, text: string): Promise<boolean> {
    try {
      const reference = target.reference as Partial<ConversationReference>;
      const adapter = reference.serviceUrl === DIRECT_LINE_SERVICE_URL ? this.webChat : this.adapter;
      // The adapter's error handler takes what the turn throws (a channel that refuses or does not
      // answer) and does not rethrow it: delivered only once the channel took the message.
      let delivered = false;
      await adapter.continueConversationAsync(this.appId, reference, async (ctx) => {
        await ctx.sendActivity({ type: 'message', text, speak: text });
        delivered = true;
      });
      if (!delivered) this.logger.warn('notify.failed', { channel: target.channelId, error: 'not delivered' });
      return delivered;
    } catch (e) {
      this.logger.warn('notify.failed', { channel: target.channelId, error: e instanceof Error ? e.message : String(e) });
      return false;
    }
  }
}

/** A notifier on its own adapter, built from the configuration (for the admin commands). */
export function conversationNotifier(
  core: Core,
  adapter: ChannelAdapter = adapterOnDemand(core.config, core.texts, core.logger),
  webChat: DirectLineAdapter = new DirectLineAdapter(core.directLineStore, core.service.clock),
): ConversationNotifier {
  const sms = core.config.smsOut ? new TwilioSender(core.config.smsOut, core.logger) : undefined;
  return new ConversationNotifier(adapter, webChat, core.config.bot.appId ?? '', core.service, core.texts, core.logger, sms);
}
