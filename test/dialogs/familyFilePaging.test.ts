/**
 * The family file by SMS is paged as every long list is (dialogs/pages.ts, the channel's page): parts share a page only
 * when they fit in it with the line that says what « suite » brings. Its own 270-character pages did not count that
 * line, and grouped parts past the channel's page.
 */
import { linkedDurand } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { familyFilePages } from '../../dialogs/familyFilePages';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the family file’s SMS pages', () => {
  it.each([[160], [300]])('pages of at most %i characters, « suite » line included, unless a part alone is longer', async (chars) => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    const file = (await c.core.service.familyFile(await linkedDurand(c.core)))!;
    const t = c.core.texts.for('fr', false, true);
    // Short parts: one child, its prices, one guardian.
    const small = { ...file, children: file.children.slice(1), prices: file.prices.slice(0, 2), representatives: file.representatives.slice(0, 1) };
    for (const f of [file, small]) {
      const pages = familyFilePages(t, 'fr', f, chars);
      const whole = familyFilePages(t, 'fr', f, 10_000);
      expect(whole).toHaveLength(1);
      // Each part's last line: the children's, the online invoice's, the address's.
      const ends = whole[0]!.split('\n').filter((l, i, all) => i === all.length - 1 || l === t('familyFile.sms.eInvoiceNo') || l === t('familyFile.sms.eInvoiceYes') || l.startsWith(`- ${f.children.at(-1)?.child.firstName ?? '?'},`));
      for (const page of pages) {
        const parts = ends.filter((l) => page.split('\n').includes(l)).length;
        if (parts > 1) expect(page.length).toBeLessThanOrEqual(chars);
      }
      // Nothing lost: every line of the file is on a page.
      for (const line of whole[0]!.split('\n')) expect(pages.join('\n')).toContain(line);
      if (chars === 160) expect(pages.length).toBeGreaterThan(1);
    }
  });
});
