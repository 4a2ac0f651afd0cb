/**
 * An invoice disputed (« la facture est fausse », « prélevé deux fois », « j'ai reçu une facture mais j'ai déjà payé ») or a
 * day billed although the child was ill: the régie's contact, how to see the invoices, and for an ill day the certificate
 * rule; never the sign-in alone. At the menu and at a task's question (the question asked again), Web Chat and SMS.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { invoiceDispute } from '../../src/nlu/invoiceDispute';
import { ROOT, startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const CSP = { commune: 'carrieres-sous-poissy' };
const REGIE_PHONE = '01 39 22 36 27';
const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const bare = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[«»"]/g, '');
const smsFr = { ...fr, ...readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms') };
/** Whether `said` holds the start of the text of `key`, as said on `channel` (by SMS its SMS text). */
const saysKey = (said: string, key: string, channel = 'webchat') => bare(said).includes(bare(((channel === 'sms' ? smsFr : fr)[key] as string).split('{{')[0]!.trim()));

describe('an invoice disputed, read', () => {
  it.each([
    ['la facture est fausse', 'wrong'],
    ['la facture de novembre est fausse', 'wrong'],
    ['ma facture du mois dernier est pas bonne', 'wrong'],
    ["jai recu une facture mais jai deja payé", 'wrong'],
    ['il y a une erreur sur ma facture de novembre', 'wrong'],
    ["j'ai été prélevé 2 fois", 'wrong'],
    ['je conteste la facture de la cantine', 'wrong'],
    ['le montant de la facture est trop élevé', 'wrong'],
    ['moi pas comprendre facture cantine trop cher', 'wrong'],
    ['I was charged twice', 'wrong'],
    ["j'ai déjà payé mais on me relance", 'wrong'],
    ["j'ai bien payé et on me la redemande", 'wrong'],
    ["on m'a facturé un jour où ma fille était malade", 'illDay'],
    ["on m a facturé la cantine alors qu il était absent", 'illDay'],
    ['you charged me for a day my son was sick', 'illDay'],
    ['problème avec mon prélèvement', 'wrong'],
    ['un souci de prélèvement', 'wrong'],
    ['pb avec mon prelevement', 'wrong'],
    ["on m'a prélevé deux fois", 'wrong'],
    ["le prélèvement n'est pas passé", 'wrong'],
    ['mon prélèvement a été rejeté', 'wrong'],
    ['double prelevement sur mon compte ce mois', 'wrong'],
  ])('« %s » is %s', (text, kind) => {
    expect(invoiceDispute(text)).toBe(kind);
  });

  it.each(['je veux payer ma facture', "est-ce que j'ai déjà payé ?", 'ma facture de novembre', 'c facturé si je préviens pas ?', 'il était malade mardi', 'ma facture est payée ?', "j'ai déjà payé par chèque à la régie mais c'est toujours marqué à payer", 'pourquoi 73,80 sur ma facture ?', "j'ai bien payé la facture, je peux encore réserver la cantine ?", 'je peux payer deux fois par mois ?', 'je voudrais payer par prélèvement', "j'ai un problème de paiement", 'le prélèvement est-il passé ?', "j'ai déjà payé novembre mais je voudrais réserver mercredi"])(
    '« %s » is no dispute',
    (text) => {
      expect(invoiceDispute(text)).toBeUndefined();
    },
  );
});

describe('an invoice disputed, answered', () => {
  it.each(CHANNELS.flatMap((channel) => [
    [channel, 'la facture est fausse', 'invoices.dispute.wrong'],
    [channel, "on m'a facturé un jour où ma fille était malade", 'invoices.dispute.illDay'],
    [channel, 'problème avec mon prélèvement', 'invoices.dispute.wrong'],
    [channel, "le prélèvement n'est pas passé", 'invoices.dispute.wrong'],
    [channel, "on m'a prélevé deux fois", 'invoices.dispute.wrong'],
  ]))('%s, at the menu: « %s » gives the régie (%s), no sign-in', async (channelId, text, key) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join(CSP);
    const said = c.text(await c.say(text));
    expect(saysKey(said, key, channelId)).toBe(true);
    expect(said).toContain(REGIE_PHONE);
    expect(saysKey(said, 'signIn.askEmail')).toBe(false);
  });

  it.each(CHANNELS)('%s, at an act request\'s question: answered, the question asked again, the request kept', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join(CSP);
    const question = c.text(await c.say('je veux un acte de naissance')).trim().split('\n').pop()!;
    const said = c.text(await c.say("j'ai été prélevé deux fois pour la cantine"));
    expect(said).toContain(REGIE_PHONE);
    expect(said).toContain(question);
    expect(saysKey(said, 'topics.paused')).toBe(false);
  });
});
