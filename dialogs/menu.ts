/**
 * The main menu: the rubrics offered, as one reply the renderer shows in each channel's form
 * (a card with its text equivalent and `speak`, or a numbered list in text).
 */
import type { Reply } from '../cards/cardRenderer';
import type { Translate } from '../src/i18n';
import { MENU_ITEMS } from '../src/nlu/menuChoice';

/** The menu; `again`: it follows an answer (a shorter title). */
export function menuReply(t: Translate, again = false): Reply {
  const items = MENU_ITEMS.map((id) => ({ id, label: t(`menu.item.${id}`) }));
  const title = again ? t('menu.again') : t('menu.title');
  return {
    text: title,
    // The hint the card shows, in words too (SMS, screen readers).
    cardText: t('menu.hint'),
    choices: items.map((i) => ({ label: i.label })),
    card: { template: 'mainMenu', data: { title, hint: t('menu.hint'), items } },
  };
}
