/**
 * Where a resident's message enters the bot, on every channel (Bot Framework, SMS, the web chat's
 * Direct Line): its text, the values a card sends back and the attachments' names lose their control
 * and bidi-override characters before any dialog reads them, so none is stored or shown to an agent.
 */
import type { Activity } from 'botbuilder';
import { stripControls, stripControlsDeep } from '../domain/text';

export function cleanIncoming(activity: Partial<Activity>): void {
  if (typeof activity.text === 'string') activity.text = stripControls(activity.text);
  if (activity.value !== undefined) activity.value = stripControlsDeep(activity.value);
  if (!Array.isArray(activity.attachments)) return;
  for (const attachment of activity.attachments as unknown[]) {
    if (attachment && typeof attachment === 'object' && typeof (attachment as { name?: unknown }).name === 'string') {
      (attachment as { name: string }).name = stripControls((attachment as { name: string }).name);
    }
  }
}
