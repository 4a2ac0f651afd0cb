/**
 * A short question right after an answer is read against the topic just answered (dialogs/topicAnswer.ts): « et je la
 * trouve où ? » after the family key, « et comment je le calcule ? » after the quotient familial explained at the sign-in's
 * question (the invoices' task goes on: nothing paused, the e-mail asked again), « et pour 2 enfants ? » after the rates
 * (per child and per day, the régie for a discount). « c'est quoi le QF / la régie / l'APPS… » gets a short definition,
 * never the whole rates table. Web Chat and SMS; asserts the locale key said and the question asked next.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { segments, toGsm7 } from '../../src/sms/smsText';
import type { Chat } from '../support/harness';
import { ROOT } from '../support/harness';
import { joinedSaying } from '../support/everyPrompt';
import { signedInChat } from '../support/accounts';
import { CHANNELS, fr, ratesIntro, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sms = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms');
/** A text's words before its first parameter or quote, as the channel says it. */
const said = (channel: string, key: string): string => ((channel === 'sms' ? sms[key] : undefined) ?? fr[key] ?? `<missing ${key}>`).split(/\{\{|«|"/)[0]!.trim();

const ASK_EMAIL = fr['signIn.askEmail'] as string;
const NOT_UNDERSTOOD = (channel: string) => said(channel, 'menu.notUnderstood');

describe('the family key, then a follow-up at the menu', () => {
  it.each(table([['et je la trouve où ?'], ['je la trouve ou'], ['on la reçoit comment ?'], ['et si je l ai pas ?']]))(
    '%s: « c\'est quoi la clé enfance ? », then « %s »: who sends it (by post) and the service, not « pas compris »',
    async (channel, next) => {
      const { c } = await joinedSaying(chats, channel, "c'est quoi la clé enfance ?");
      const answer = c.text(await c.say(next));
      expect(answer).toContain(said(channel, 'familyKey.notReceived'));
      expect(answer).not.toContain(NOT_UNDERSTOOD(channel));
    },
  );

  it.each(table([['et je la tape où ?'], ['je la rentre ou']]))('%s: then « %s »: where to type it', async (channel, next) => {
    const { c } = await joinedSaying(chats, channel, "c'est quoi la clé enfance ?");
    expect(c.text(await c.say(next))).toContain(said(channel, 'familyKey.howToEnter'));
  });

  it.each(table([['et je la trouve où ?']]))('%s: « %s » with nothing answered before: never the key\'s answer', async (channel, next) => {
    const { c } = await joinedSaying(chats, channel, 'bonjour');
    expect(c.text(await c.say(next))).not.toContain(said(channel, 'familyKey.notReceived'));
  });
});

describe('the quotient familial asked at the sign-in of the invoices', () => {
  it.each(table([["c'est quoi le quotient familial"], ['c koi le QF ?'], ['c est quoi le quotien familliale']]))(
    '%s: « %s », then « et comment je le calcule ? »: the QF explained, then how it is computed; the e-mail asked again, nothing paused',
    async (channel, question) => {
      const { c, asked } = await joinedSaying(chats, channel, 'comment je paie ma facture ?');
      expect(c.text(asked)).toContain(ASK_EMAIL);
      const defined = c.text(await c.say(question));
      expect(defined).toContain(said(channel, 'definitions.qf'));
      expect(defined).not.toContain(ratesIntro(channel));
      expect(defined).toContain(ASK_EMAIL);
      const how = c.text(await c.say('et comment je le calcule ?'));
      expect(how).toContain(said(channel, 'definitions.qfHow'));
      expect(how).not.toContain(said(channel, 'topics.paused'));
      expect(how).toContain(ASK_EMAIL);
      // The invoices' sign-in goes on: an e-mail typed next is its answer (a code sent to it), no task to take back.
      const next = c.text(await c.say('jean.durand@example.fr'));
      expect(next).not.toContain(said(channel, 'topics.resumeOffer'));
      expect(next).not.toContain(ASK_EMAIL);
    },
  );
});

describe('the rates, then « et pour 2 enfants ? »', () => {
  it.each(table([['et pour 2 enfants ?'], ['et pour mes deux ?'], ['c par enfant ?'], ['il y a un tarif fratrie']]))(
    '%s: « c\'est combien la cantine par jour ? », then « %s »: per child and per day, the régie for a discount',
    async (channel, next) => {
      const { c } = await joinedSaying(chats, channel, "c'est combien la cantine par jour a carrieres sous poissy?");
      const answer = c.text(await c.say(next));
      expect(answer).toContain(said(channel, 'tariffs.perChild'));
      expect(answer).not.toContain(NOT_UNDERSTOOD(channel));
    },
  );

  it('by SMS the rates of the canteen fit in three segments, the QF and the régie on request', async () => {
    const { c, asked } = await joinedSaying(chats, 'sms', "c'est combien la cantine par jour a carrieres sous poissy?");
    const rates = c.text(asked);
    expect(rates).toContain(said('sms', 'tariffs.introShort'));
    expect(rates).toContain(said('sms', 'tariffs.askMore'));
    expect(segments(toGsm7(rates))).toBeLessThanOrEqual(3);
  });

  it.each(table([['et pour 2 enfants ?']]))('%s: « %s » with no rates before: not the rates\' answer', async (channel, next) => {
    const { c } = await joinedSaying(chats, channel, 'bonjour');
    expect(c.text(await c.say(next))).not.toContain(said(channel, 'tariffs.perChild'));
  });
});

describe('a word explained', () => {
  const words: Array<[string, string]> = [
    ["c'est quoi la régie ?", 'definitions.regie'],
    ['la regie c koi', 'definitions.regie'],
    ["c koi l'APPS", 'definitions.apps'],
    ["qu'est-ce qu'un avis d'imposition ?", 'definitions.taxNotice'],
    ['c quoi le guichet unique', 'definitions.guichetUnique'],
    ["c'est quoi le QF", 'definitions.qf'],
  ];

  it.each(table(words))('%s: « %s » at the menu: its definition', async (channel, question, key) => {
    const { c, asked } = await joinedSaying(chats, channel, question);
    expect(c.text(asked)).toContain(said(channel, key));
  });

  it.each(table(words))('%s: « %s » at the sign-in\'s e-mail question: its definition, the e-mail asked again', async (channel, question, key) => {
    const { c } = await joinedSaying(chats, channel, 'mes factures');
    const answer = c.text(await c.say(question));
    expect(answer).toContain(said(channel, key));
    expect(answer).toContain(ASK_EMAIL);
    expect(answer).not.toContain(said(channel, 'topics.paused'));
  });

  it.each(table([['je l envoie comment ?']]))('%s: after the avis d\'imposition explained, « %s »: how to send it', async (channel, next) => {
    const { c } = await joinedSaying(chats, channel, "c'est quoi un avis d'imposition");
    expect(c.text(await c.say(next))).toContain(said(channel, 'definitions.taxNoticeSend'));
  });
});

describe('the school calendar and how to pay, then a follow-up', () => {
  it.each(table([['et celles de printemps ?'], ['et pour noel ?'], ['et la rentree ?']]))(
    '%s: at the sign-in of the invoices, « c\'est quand les vacances de février ? », then « %s »: the calendar again, the e-mail asked again',
    async (channel, next) => {
      const { c } = await joinedSaying(chats, channel, 'mes factures', "c'est quand les vacances de fevrier ?");
      const answer = c.text(await c.say(next));
      expect(answer).toContain(said(channel, 'schoolCalendar.source'));
      expect(answer).toContain(ASK_EMAIL);
      expect(answer).not.toContain(said(channel, 'signIn.wordsNotEmail'));
    },
  );

  it.each(table([['et noel ?']]))('%s: at the menu, after the Toussaint\'s dates, « %s »: the calendar again', async (channel, next) => {
    const { c } = await joinedSaying(chats, channel, 'c quand les vacances de la toussaint');
    expect(c.text(await c.say(next))).toContain(said(channel, 'schoolCalendar.source'));
  });

  it.each(table([["et je l'envoie ou ?"]]))('%s: after « vous acceptez les chèques ? », « %s » (the cheque): the régie, not a document to send', async (channel, next) => {
    const { c } = await joinedSaying(chats, channel, 'vous acceptez les cheques ?');
    const answer = c.text(await c.say(next));
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    expect(answer).toContain(commune.services.find((s) => s.code === 'regie')!.phone!);
    expect(answer).not.toContain(ASK_EMAIL);
  });
});

describe.each(CHANNELS)('the QF asked by a resident signed in and linked (%s)', (channelId) => {
  it('« c\'est quoi le QF ? »: what it is and their own quotient, not the table; « et le mien ? » next: their quotient', async () => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const household = await c.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    const qf = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(household!.quotientFamilial!);
    const defined = c.text(await c.say("c'est quoi le QF ?"));
    expect(defined).toContain(said(channelId, 'definitions.qf'));
    expect(defined).toContain(qf);
    expect(defined).not.toContain(ratesIntro(channelId));
    const own = c.text(await c.say('et le mien ?'));
    expect(own).toContain(said(channelId, 'tariffs.yourQf'));
    expect(own).toContain(qf);
  });
});
