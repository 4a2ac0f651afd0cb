/** A commune's name typed at the menu: that it is the one served here, or how to change (mainRoute.ts's « pas compris » otherwise). */
import type { WaterfallStepContext } from './dialogLibrary';
import { onlyPlaceWords } from '../src/nlu/communeStay';
import { withoutCommuneName } from '../src/domain/communeMatch';
import { currentCommune, translator, type DialogDeps } from './dialogContext';

/**
 * A commune's name (or postal code) typed alone at the menu, as on a page that already knows it: that it is the
 * commune served here, or how to change to the one named (« changer de commune »), instead of « pas compris ».
 */
export async function namedCommune(deps: DialogDeps, step: WaterfallStepContext, text: string): Promise<string | undefined> {
  // A bare number is a menu item's (the communes' list is not shown here), a postal code is not.
  if (/^\d{1,2}\W*$/.test(text.trim()) || text.trim().split(/\s+/).length > 12) return undefined;
  const [current, match] = await Promise.all([currentCommune(deps, step.context), deps.service.matchCommune(text)]);
  if (!current || match.kind !== 'found') return undefined;
  // A few words with the name (« Chanteloup svp »), or a sentence that only says where one is (« en fait non je suis bien à Carrières-sur-Seine »).
  if (text.trim().split(/\s+/).length > 5 && !onlyPlaceWords(withoutCommuneName(text, match.commune))) return undefined;
  const t = translator(deps, step.context);
  return match.commune.id === current.id ? t('menu.sameCommune', { commune: current.name }) : t('menu.otherCommune', { commune: current.name, other: match.commune.name });
}
