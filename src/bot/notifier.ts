/**
 * Speaking first: a message in the resident's last conversation (its stored reference), through
 * the Bot Framework adapter's continueConversationAsync. SMS conversations are not reached this
 * way (the receipt goes by e-mail); a channel that refuses (Teams answers 403 when the app was
 * removed) makes notify() return false, never throw.
 */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { MunicipalService } from '../domain/municipalService';
import type { Notice, Notifier } from '../domain/payments';
import type { Texts } from '../i18n';
import type { Logger } from '../logger';

const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

export class ConversationNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly service: MunicipalService,
    private readonly texts: Texts,
    private readonly logger: Logger,
  ) {}

  async notify(accountId: number, notice: Notice): Promise<boolean> {
    const stored = await this.service.conversationOf(accountId);
    if (!stored || stored.channelId === 'sms') return false;
    const t = this.texts.for('fr');
    const text = notice.kind === 'paymentPaid' ? t('payment.told.paid', { number: notice.number, amount: euros(notice.amountCents), email: notice.email }) : t('payment.told.refused', { number: notice.number });
    try {
      await this.adapter.continueConversationAsync(this.appId, stored.reference as Partial<ConversationReference>, async (ctx) => {
        await ctx.sendActivity({ type: 'message', text, speak: text });
      });
      return true;
    } catch (e) {
      this.logger.warn('notify.failed', { channel: stored.channelId, error: e instanceof Error ? e.message : String(e) });
      return false;
    }
  }
}
