/**
 * « c'est quoi mon tarif », « combien je paie la cantine », « mon quotient familial » at the menu:
 * the commune's rates (every band's price of every activity, or of the activity named, from its
 * file), not the invoices;
 * signed in and linked to the Durand family (quotient familial 820 at Carrières-sous-Poissy):
 * also their quotient and their band's prices. The assertions look at the amounts in the replies.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';
import { demoCommuneConfigs } from '../support/demoCommunes';
import { euros } from '../../src/domain/invoicing';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const configs = demoCommuneConfigs();
const oneLine = (text: string) => text.replace(/\s+/g, ' ');
const price = (cents: number) => oneLine(euros(cents));

describe.each(CHANNELS)('%s: the rates', (channelId) => {
  it.each(configs.flatMap((c) => ["c'est quoi mon tarif", 'combien je paie la cantine', 'mon quotient familial'].map((q) => [c.commune.id, q] as const)))(
    'at %s, « %s »: every price of the commune file',
    async (commune, question) => {
      const c = startChat({ channelId });
      chats.push(c);
      await c.join({ commune });
      const text = oneLine(c.text(await c.say(question)));
      // The canteen named: its rates only; otherwise every activity's.
      const activities = configs.find((x) => x.commune.id === commune)!.activities.filter((a) => !question.includes('cantine') || a.code === 'canteen');
      for (const a of activities) {
        expect(text).toContain(a.label);
        for (const t of a.tariffs) expect(text).toContain(price(t.priceCents));
      }
    },
  );
});

describe('signed in and linked', () => {
  it('the family’s quotient familial and the prices of its band', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const text = oneLine(c.text(await c.say("c'est quoi mon tarif ?")));
    // QF 820: the band 600–1 099 (canteen 3,10 €, Wednesday 9,80 €).
    expect(text).toContain('820');
    const yours = text.slice(text.indexOf('820'));
    expect(yours).toContain(price(310));
    expect(yours).toContain(price(980));
    expect(yours).not.toContain(price(452));
  });

  it('without an avis d’imposition: the highest prices', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    c.core.db.$client.prepare("update households set quotient_familial = null where file_number = 'CSP-F-000101'").run();
    const text = oneLine(c.text(await c.say('mon quotient familial')));
    const canteen = text.lastIndexOf('Restauration scolaire');
    expect(text.slice(canteen)).toContain(price(452));
    expect(text).not.toContain('820');
  });
});
