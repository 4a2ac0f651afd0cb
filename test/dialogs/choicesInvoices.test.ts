/**
 * The closed questions of invoices, documents and the census offer, phrasing by phrasing, on Web
 * Chat and by SMS: which invoice (a number in the list shown, its label, its invoice number,
 * « la dernière » for the most recent), what to do with it (the payment attempt made or not),
 * which document (the kind it is stored with), and whether to make the census request here.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, labels, offered, table } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/**
 * Two invoices to pay: the trip (73,80 €), then the photo (12 €), the most recent first in the list. Reached through
 * its turns once per channel, then from a copy of that state (test/support/reachedCopy.ts), as the trip's actions are.
 */
const listed = reachedOnce(async (channelId) => {
  const signed = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
  const invoices = signed.c.core.service.invoices;
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', '7916 - Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  return { c: signed.c, asked: await signed.c.say('mes factures') };
});
const withInvoices = async (channelId: string) => (await listed(channelId, chats)).c;
/** The trip's actions (« 2 » in the list). */
const tripReached = reachedOnce(async (channelId) => {
  const c = await withInvoices(channelId);
  return { c, asked: await c.say('2') };
});
async function atTrip(channelId: string) {
  const { c, asked } = await tripReached(channelId, chats);
  expect(offered(asked)).toEqual(ACTIONS);
  return c;
}
const payments = (c: Chat) => c.core.db.$client.prepare('select amount_cents as amount from payments').all();
const ACTIONS = labels('invoices.payShort', 'invoices.back', 'invoices.menu');

describe('which invoice', () => {
  it.each(table([
    ['1', 1200], ['1.', 1200], ['le 1', 1200], ['la première', 1200], ['2', 7380], ['la deuxième', 7380], ['n°2', 7380],
    ['la dernière', 1200], ['la plus récente', 1200], ['Photo de classe', 1200], ['photo', 1200], ['séjour', 7380], ['000001', 7380], ['CSP-FAC-2026-000002', 1200],
  ]))('%s: « %s » shows the invoice of %s cents, « Payer » pays it', async (channel, phrasing, amount) => {
    const c = await withInvoices(channel);
    expect(offered(await c.say(phrasing))).toEqual(ACTIONS);
    await c.say('Payer');
    expect(payments(c)).toEqual([{ amount }]);
  });

  it.each(table([['7'], ['0'], ['la facture de cantine']]))('%s: « %s » asks again, then a number works', async (channel, phrasing) => {
    const c = await withInvoices(channel);
    expect(offered(await c.say(phrasing))).not.toEqual(ACTIONS);
    expect(payments(c)).toEqual([]);
    expect(offered(await c.say('2'))).toEqual(ACTIONS);
    await c.say('1');
    expect(payments(c)).toEqual([{ amount: 7380 }]);
  });
});

describe('what to do with the invoice', () => {
  it.each(table([['1'], ['Payer'], ['payer'], ['payr'], ['oui'], ["d'accord"], ['je paie'], ['le premier']]))('%s: « %s » makes a payment attempt', async (channel, phrasing) => {
    const c = await atTrip(channel);
    await c.say(phrasing);
    expect(payments(c)).toEqual([{ amount: 7380 }]);
  });

  it.each(table([['2'], ['Mes factures'], ['la liste'], ['mes factrues']]))('%s: « %s » shows the list again, nothing paid', async (channel, phrasing) => {
    const c = await atTrip(channel);
    expect(offered(await c.say(phrasing))).not.toEqual(ACTIONS);
    expect(payments(c)).toEqual([]);
    expect(offered(await c.say('1'))).toEqual(ACTIONS);
    await c.say('1');
    expect(payments(c)).toEqual([{ amount: 1200 }]);
  });

  it.each(table([['3'], ['Menu'], ['le dernier']]))('%s: « %s » leaves the invoices, nothing paid', async (channel, phrasing) => {
    const c = await atTrip(channel);
    expect(offered(await c.say(phrasing))).not.toEqual(ACTIONS);
    expect(payments(c)).toEqual([]);
  });

  it.each(table([['peut-être'], ['4']]))('%s: « %s » asks again with the same options', async (channel, phrasing) => {
    const c = await atTrip(channel);
    expect(offered(await c.say(phrasing))).toEqual(ACTIONS);
    await c.say('oui');
    expect(payments(c)).toEqual([{ amount: 7380 }]);
  });
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)]);
const attach = { text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name: 'scan.pdf' }] };
const KINDS = labels('documents.kind.avis_imposition', 'documents.kind.justificatif_domicile', 'documents.kind.certificat_medical', 'documents.kind.autre');

// Files are attached on Web Chat (and Teams); by SMS the bot says where to bring them, it asks no kind.
/** The document's kind asked (« envoyer un document »), reached once, then from a copy. */
const kindsAsked = reachedOnce(async (channelId) => {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  return { c, asked: await c.say('envoyer un document') };
});
async function atKinds() {
  const { c, asked } = await kindsAsked('webchat', chats);
  expect(offered(asked)).toEqual(KINDS);
  return c;
}
describe('which document (Web Chat)', () => {
  it.each([
    ['1', 'avis_imposition'], ['le 2', 'justificatif_domicile'], ['la troisième', 'certificat_medical'], ['4', 'autre'], ['le dernier', 'autre'],
    ["Avis d'imposition", 'avis_imposition'], ['impôts', 'avis_imposition'], ['avis d imposition', 'avis_imposition'], ['justificatif de domicle', 'justificatif_domicile'],
    ['quittance de loyer', 'justificatif_domicile'], ['certificat médical', 'certificat_medical'], ['ordonnance', 'certificat_medical'], ['attestation CAF', 'autre'], ['Autre document', 'autre'],
  ])('« %s » stores the document as %s', async (phrasing, kind) => {
    const c = await atKinds();
    await c.say(phrasing);
    await c.say(attach);
    expect(c.core.db.$client.prepare('select kind from documents').all()).toEqual([{ kind }]);
  });

  it.each([['5'], ['un truc'], ['oui']])('« %s » asks again with the same options, nothing stored as « autre »', async (phrasing) => {
    const c = await atKinds();
    expect(offered(await c.say(phrasing))).toEqual(KINDS);
    await c.say('2');
    await c.say(attach);
    expect(c.core.db.$client.prepare('select kind from documents').all()).toEqual([{ kind: 'justificatif_domicile' }]);
  });
});

const OFFER = labels('census.offerYes', 'census.offerNo');
/** The census offer, reached once per channel, then from a copy. */
const censusOffered = reachedOnce(async (channelId, cs) => {
  const c = startChat({ channelId });
  cs.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('recensement citoyen');
  return { c, asked: await c.say('15/11/2010') };
});
async function atCensusOffer(channelId: string) {
  const { c, asked } = await censusOffered(channelId, chats);
  expect(offered(asked)).toEqual(OFFER);
  return c;
}
/** The démarche started here asks the young person's name first; the menu offers the rubrics. */
const demarcheStarted = (replies: Awaited<ReturnType<Chat['say']>>) => replies.some((r) => (r.text ?? '').includes(labels('demarche.citizen_census.ask.lastName')[0] as string));

describe('the census offer', () => {
  it.each(table([['oui'], ['Oui'], ['1'], ['ok'], ["d'accord"], ['ouais'], ['le premier'], ['oui maintenant']]))('%s: « %s » starts the request here', async (channel, phrasing) => {
    const c = await atCensusOffer(channel);
    expect(demarcheStarted(await c.say(phrasing))).toBe(true);
  });

  it.each(table([['non'], ['Non, merci'], ['2'], ['non merci'], ['pas maintenant'], ['le dernier']]))('%s: « %s » ends without a request', async (channel, phrasing) => {
    const c = await atCensusOffer(channel);
    const replies = await c.say(phrasing);
    expect(demarcheStarted(replies)).toBe(false);
    expect(offered(replies)).not.toEqual(OFFER);
  });

  it.each(table([['peut-être'], ['3']]))('%s: « %s » asks again, then « oui » starts it', async (channel, phrasing) => {
    const c = await atCensusOffer(channel);
    expect(offered(await c.say(phrasing))).toEqual(OFFER);
    expect(demarcheStarted(await c.say('oui'))).toBe(true);
  });
});

it('tables run on both channels', () => expect(CHANNELS).toEqual(['webchat', 'sms']));
