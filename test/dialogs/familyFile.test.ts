/** « Mon dossier famille » and « facture en ligne »: a card with its words on Web Chat, the words alone on SMS. */
import type { Activity } from 'botbuilder';
import { bracketFor } from '../../src/domain/familyFile';
import { signedInChat } from '../support/accounts';
import { CHANNELS, fr, offered, textBefore } from '../support/prompts';
import type { Chat } from '../support/harness';
import { segments, smsBody } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});


const EXPECTED = [
  'Représentant : Madame Françoise DURAND (francoise.durand@example.org)',
  'Léa DURAND, né(e) le 14/03/2019, École du Parc, élémentaire — activités :',
  'Hugo DURAND, né(e) le 02/06/2022, École du Parc, maternelle — activités :',
  '1 rue de la Demo, 78955 Carrières-sous-Poissy',
  'Quotient familial : 820.',
  'Non : vos factures arrivent par courrier.',
];

describe('the family file', () => {
  it('shows a card on Web Chat whose text equivalent says the same', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    const replies = await c.say('mon dossier famille');
    const withCard = replies.find((r) => r.attachments?.length) as Partial<Activity>;
    // The title is the card's, not said again in the message.
    expect(withCard.text).toBe('');
    const card = withCard.attachments?.[0]?.content as { fallbackText: string; speak: string };
    expect(card.speak).toContain('Dossier de la famille DURAND (n° CSP-F-000101)');
    const cardJson = JSON.stringify(card);
    for (const line of EXPECTED) {
      expect(card.fallbackText).toContain(line);
      expect(card.speak).toContain(line);
      expect(cardJson).toContain(JSON.stringify(line).slice(1, -1));
    }
    expect(cardJson).not.toContain('${');
  });

  it('sends the same facts on SMS, without a card, a page of at most 2 segments at a time (« suite »: the next)', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    const pages: string[] = [];
    for (const said of ['mon dossier', 'suite', 'suite']) {
      const replies = await c.say(said);
      expect(replies.every((r) => !r.attachments?.length)).toBe(true);
      pages.push(smsBody(replies.map((r) => r.text ?? '')).join('\n'));
    }
    for (const page of pages) expect(segments(page)).toBeLessThanOrEqual(2);
    // The children first, then the prices and the online invoice, then the guardians and the address.
    expect(pages[0]).toContain('14/03/2019');
    expect(pages[0]).toContain('02/06/2022');
    expect(pages[1]).toContain('820');
    expect(pages[1]).toMatch(/1,90\s€/);
    expect(pages[2]).toContain('francoise.durand@example.org');
    expect(pages[2]).toContain('78955');
  });

  it('asks to link the file first when the account has no family key yet', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat' });
    expect(c.text(await c.say('mon dossier famille'))).toContain('Votre espace n\'est pas encore relié à un dossier famille. Écrivez « Clé Enfance » pour le relier.');
  });

  it('switches online invoices on and off', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    const asked = c.text(await c.say('je veux recevoir mes factures par mail'));
    expect(asked).toContain('Aujourd\'hui, vous recevez vos factures par courrier.');
    expect(asked).toContain('Voulez-vous recevoir vos factures en ligne');
    const again = await c.say('peut-être');
    expect(c.text(again)).toContain('Pour la facture en ligne : je n\'ai pas compris votre réponse.');
    expect(offered(again)).toEqual(['Oui', 'Non']);
    expect(c.text(await c.say('oui'))).toContain('vos prochaines factures arriveront par e-mail à francoise.durand@example.org.');
    expect(c.text(await c.say('mon dossier famille'))).toBeDefined();
    const household = await c.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    expect(household?.eInvoice).toBe(true);
    await c.say('facture en ligne');
    expect(c.text(await c.say('oui'))).toContain(textBefore('eInvoice.off'));
    expect((await c.core.service.deps.repos.households.get(household!.id))?.eInvoice).toBe(false);
  });

  it.each(CHANNELS)('already online on %s: offers paper back, and « non » changes nothing', async (channelId) => {
    const { c, account } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.core.service.setEInvoice((await c.core.service.deps.repos.accounts.get(account.id))!, true);
    const households = c.core.service.deps.repos.households;
    const id = (await households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))!.id;
    const asked = c.text(await c.say('facture par mail'));
    expect(asked).toContain(textBefore('eInvoice.currentYes'));
    expect(asked).toContain(fr['eInvoice.askPaper']);
    expect(c.text(await c.say('non'))).toContain(fr['eInvoice.keptOnline']);
    expect((await households.get(id))?.eInvoice).toBe(true);
    await c.say('facture en ligne');
    await c.say('oui');
    expect((await households.get(id))?.eInvoice).toBe(false);
    await c.say('facture par mail');
    expect(c.text(await c.say('non'))).toContain(fr['eInvoice.keptPaper']);
    expect((await households.get(id))?.eInvoice).toBe(false);
  });
});

describe('tariff brackets', () => {
  const tariffs = [{ fromQf: 0, priceCents: 110 }, { fromQf: 600, priceCents: 190 }, { fromQf: 1100, priceCents: 260 }];
  it.each([
    [0, 110],
    [599, 110],
    [600, 190],
    [1099, 190],
    [5000, 260],
    [null, 260],
  ])('quotient %s pays %i cents', (qf, cents) => {
    expect(bracketFor(tariffs, qf)?.priceCents).toBe(cents);
  });
});
