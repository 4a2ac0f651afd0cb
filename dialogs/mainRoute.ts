/**
 * The root flow's routing: a choice of the menu (button, number, label, synonym), a task started
 * directly, a command typed as the very first message, or free text understood and sent to its task.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { familyKeyIn } from '../src/domain/secretShapes';
import { contactFieldIn } from '../src/nlu/accountTopics';
import { elsewhereDemarche } from '../src/nlu/elsewhereDemarches';
import { familyKeyQuestion, namesFamilyKey, saysNoKey } from '../src/nlu/familyKeyQuestions';
import { looksEnglish } from '../src/nlu/englishIntents';
import { asksToCreateAccount, howToAsked, takesBack } from '../src/nlu/intents';
import { prepare } from '../src/nlu/frenchText';
import { namedCommune } from './communeAtMenu';
import { matchMenuChoice } from '../src/nlu/menuChoice';
import { ABSENCE_DIALOG, type AbsenceOptions } from './absenceDialog';
import { AGENDA_DIALOG, type AgendaOptions } from './agendaDialog';
import { afterAgenda, agendaChild } from './agendaFollowUp';
import type { AnyInput } from './anyInputPrompt';
import { BOOKING_DIALOG, type BookingOptions } from './bookingDialog';
import { dayAndChildAtMenu } from './dayAndChildAtMenu';
import { CONTACT_DETAILS_DIALOG, type ContactOptions } from './contactDetailsDialog';
import { CREATE_ACCOUNT_DIALOG, type CreateOptions } from './createAccountDialog';
import { currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { DOCUMENTS_DIALOG, type DocumentsOptions } from './documentsDialog';
import { paperAttachment } from '../src/bot/paperAttachment';
import { E_INVOICE_DIALOG } from './eInvoiceDialog';
import { actPlaceCorrected } from './civilActAbroad';
import { CIVIL_ACT_DIALOG } from './civilActDialog';
import { afterEInvoice } from './eInvoiceFollowUp';
import { wantsPaperInvoices } from '../src/nlu/eInvoiceQuestion';
import { elsewhereAnswer, elsewherePriceAfter } from './elsewhereAnswer';
import { elsewherePriceOf } from '../src/nlu/elsewherePrice';
import { FAMILY_KEY_DIALOG, type KeyOptions } from './familyKeyDialog';
import { FORGOT_PASSWORD_DIALOG, type ForgotOptions } from './forgotPasswordDialog';
import { INFO_DIALOG, type InfoOptions } from './infoDialog';
import { paymentMeansAnswer } from './infoAnswers';
import { asksSameOfService } from '../src/nlu/serviceFollowUp';
import { INVOICES_DIALOG, type InvoicesOptions } from './invoicesDialog';
import { afterInvoices, namesAnInvoiceByPosition } from './invoicesFollowUp';
import { refusalOfPayment } from './invoiceQuestions';
import { commandAsFirstMessage } from './firstCommand';
import type { MenuValues } from './mainMenu';
import { MAIN_FLOW, type MainOptions } from './mainOptions';
import { afterAbsence } from './absenceFollowUp';
import { explainAndOffer, takeOffer } from './howToOffer';
import { absenceWithdrawnAtMenu } from './absenceWithdrawDialog';
import { readMenuChoice } from './menu';
import { requestFactsAnswer } from './requestFactsAnswer';
import { mailAgain } from './mailedAgain';
import { MENU_ITEM_OF, startDemarche, startDirectTask } from './routing';
import { emailAtMenu } from './emailAtMenu';
import { understoodText } from './understoodText';
import { shortAnswerAtMenu } from './menuShortAnswers';
import { menuQuestionAnswer } from './menuQuestions';
import { afterBooking } from './bookingFollowUp';
import { topicAsked } from './topicAnswer';
import { requestOfFamilyBeside } from './createAccountRequest';
import { openItem, shownMonthOf } from './menuItemOpen';
import { keepNewNumber } from './newNumberKept';
import { absenceWithFile } from './absenceFileSent';
import { absencePaperLater } from './absencePaperLater';

export async function route(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const input = step.result as AnyInput;
  /** What the task just ended handed back (its month, its booking or absence, the démarche it explained). */
  const after = (step.options ?? {}) as MainOptions;
  const t = translator(deps, step.context);
  // A file sent at a question of the task just ended (fileAside.ts): the documents, with it.
  if (after.fileKept) return step.beginDialog(DOCUMENTS_DIALOG, { file: after.fileKept } satisfies DocumentsOptions);
  // Right after the invoices: « la dernière » is the latest invoice, not the menu's last option (invoicesFollowUp.ts).
  const latest = after.lastInvoices && !input.value && namesAnInvoiceByPosition(input.text) ? await afterInvoices(deps, step, input.text) : undefined;
  if (latest) return latest;
  // A card button, or a number, a label or a synonym of the options shown.
  const picked = readMenuChoice(t, input, (step.values as MenuValues).menu ?? []);
  if (picked) return openItem(step, picked);
  // A file sent at the menu (alone, or with « voilà mon avis d'impôt »): the paper sent, the file kept (documentsDialog.ts).
  const file = input.value === undefined ? paperAttachment(step.context.activity.attachments) : undefined;
  // (« certificat pour Léa malade le 7 décembre » with it: the absence reported, the file kept as its certificate, absenceFileSent.ts.)
  const absence = file ? await absenceWithFile(deps, step, input.text, file) : false;
  if (file && !absence) return step.beginDialog(DOCUMENTS_DIALOG, { text: input.text, file } satisfies DocumentsOptions);
  // A message plainly in English, answered in French: how to have English, said in English.
  if (localeOf(step.context) === 'fr' && looksEnglish(prepare(input.text))) await send(deps, step.context, { text: deps.texts.for('en')('commands.languageOffer') });
  // « ça va prendre combien de temps ? », « c'est gratuit ? » after a request was sent (or naming one): answered, no new request.
  // « c combien ? » right after the passport explained: its price (never the rates of the activities).
  const priced = await elsewherePriceAfter(deps, step, after.askedAbout, input.text);
  if (priced) return priced;
  const facts = await requestFactsAnswer(deps, step.context, input.text, after.askedAbout);
  if (facts) {
    await send(deps, step.context, { text: facts.text });
    return step.replaceDialog(MAIN_FLOW, { again: true, askedAbout: facts.kind } satisfies MainOptions);
  }
  // « non en fait c'est francoise@… » right after a password link or the references were mailed: mailed to that address.
  const mailed = after.lastMailed ? mailAgain(deps, step, after.lastMailed, input.text) : undefined;
  if (mailed) return mailed;
  // Right after an act found abroad: « ah non pardon, elle est née à Carrières » takes the request up again (civilActAbroad.ts).
  const act = after.lastActAbroad ? await actPlaceCorrected(deps, step, after.lastActAbroad, input.text, CIVIL_ACT_DIALOG) : undefined;
  if (act) return act;
  // Right after the online invoices chosen: « en fait non je préfère le papier » (eInvoiceFollowUp.ts).
  const eInvoice = after.lastEInvoice !== undefined ? afterEInvoice(step, after.lastEInvoice, input.text) : undefined;
  if (eInvoice) return eInvoice;
  const direct = startDirectTask(step, input);
  if (direct) return direct;
  // « langage simple », « mes rappels », STOP, « c'est un robot ? »… as the very first message (firstCommand.ts).
  const command = await commandAsFirstMessage(deps, step, input.text, after);
  if (command) return command;

  // « oui » to « Voulez-vous que je le fasse ? » after how a task goes was explained; « comment on fait pour réserver mercredi ? »: explained, offered.
  const offer = takeOffer(step, after, input.text) ?? (await explainAndOffer(deps, step, input.text));
  if (offer) return offer;
  // « oui », « non », « ok », « merci », « un instant »: the menu again, a goodbye, or the menu waiting (menuShortAnswers.ts).
  const short = await shortAnswerAtMenu(deps, step, input.text, after);
  if (short) return short;

  // « c'est quoi le QF ? »; right after the family key explained, « et je la trouve où ? »: answered in the Infos pratiques, where
  // a follow-up of it is read in turn (topicAnswer.ts).
  if (topicAsked(input.text, after.answeredTopic)) return step.beginDialog(INFO_DIALOG, { aboutTopic: input.text, ...(after.answeredTopic ? { answered: after.answeredTopic } : {}) } satisfies InfoOptions);
  // « comment inscrire mon enfant à l'école ? », « mon mari peut aussi se connecter ? »: answered, back to the menu (menuQuestions.ts).
  const answer = await menuQuestionAnswer(deps, step.context, input.text, after.enrolmentAnswered === true);
  if (answer) {
    await send(deps, step.context, { text: answer.text });
    return step.replaceDialog(MAIN_FLOW, { again: true, ...(answer.enrolment ? { enrolmentAnswered: true } : {}), ...(answer.topic ? { answeredTopic: answer.topic } : {}) } satisfies MainOptions);
  }
  // Right after how to enrol (its contacts), « et la régie ? »: the contacts of that other service (the enrolment's are menuQuestions.ts').
  if (after.enrolmentAnswered && asksSameOfService(input.text)) return step.beginDialog(INFO_DIALOG, { query: input.text, last: { wants: 'contact' } } satisfies InfoOptions);
  // Right after a booking confirmed: « et le 26 aussi », « et Léa aussi », « en fait pas le 14 », « annule ça » (bookingFollowUp.ts).
  const done = after.lastBooking;
  const forMore = done ? await afterBooking(deps, step, done, input.text) : undefined;
  if (forMore) return forMore;
  // Right after the agenda: « et en février ? », « et pour Hugo ? » (agendaFollowUp.ts).
  const agenda = after.lastAgenda ? await afterAgenda(deps, step, after.lastAgenda, input.text) : undefined;
  if (agenda) return agenda;
  const invoices = after.lastInvoices ? await afterInvoices(deps, step, input.text) : undefined;
  if (invoices) return invoices;
  // Right after an absence recorded: « et le 21 aussi », « et hugo aussi le 28 » (more of it), « en fait pas le 8 » (taken back).
  const absent = after.lastAbsence;
  const followed = absent ? await afterAbsence(deps, step, absent, input.text) : undefined;
  if (followed) return followed;
  // « annuler l'absence du 12 », « finalement Léa ira à la cantine lundi »: an absence recorded before, taken back.
  const withdrawn = await absenceWithdrawnAtMenu(deps, step, input.text);
  if (withdrawn) return withdrawn;
  // « francoise.durand@example.org » alone: what it is for said, the sign-in goes on with it (emailAtMenu.ts).
  const byEmail = await emailAtMenu(deps, step, input.text);
  if (byEmail) return byEmail;
  // Free text: what the resident wants, said back before anything is done (the holidays of the commune's zone: « au centre
  // pendant les vacances de février », « au centre le 10 février » are those days of the holiday centre).
  // « mon nouveau numéro c'est 06…, et il sera absent le 15 »: the absence first, the number changed just after (newNumberKept.ts).
  await keepNewNumber(deps, step, input);
  const understood = deps.understand(input.text, undefined, undefined, (await currentCommune(deps, step.context))?.schoolZone);
  switch (understood.intent) {
    case 'greeting':
      return step.replaceDialog(MAIN_FLOW, {} satisfies MainOptions);
    case 'opening_hours':
    case 'contact':
      return step.beginDialog(INFO_DIALOG, { query: input.text, ...(input.followUps ? { followUps: input.followUps } : {}) } satisfies InfoOptions);
    case 'help': {
      // « comment on fait pour réserver ? », « comment signaler une absence ? », « comment marche le paiement ? »: how that task goes, not the menu's rubrics.
      const topic = howToAsked(prepare(input.text));
      // « ça a pas marché » back from a payment refused or cancelled (its signed return): that payment, not the menu's rubrics.
      if (!topic && (await refusalOfPayment(deps, step.context, input.text))) return step.beginDialog(INVOICES_DIALOG, { text: input.text } satisfies InvoicesOptions);
      const commune = topic === 'payment' ? await currentCommune(deps, step.context) : undefined;
      const help = commune ? paymentMeansAnswer(t, commune, deps.service.serviceFor(commune, 'invoices'), deps.renderer.isPaid(step.context.activity.channelId)) : t(topic === 'booking' ? 'commands.help.booking' : topic === 'absence' ? 'commands.help.absence' : 'commands.help.menu');
      await send(deps, step.context, { text: `${help}\n${t('commands.help.footer')}` });
      // How a task goes: answered, then « anything else? » (by SMS the short hint, not the whole menu after the answer).
      return step.replaceDialog(MAIN_FLOW, (topic ? { again: true } : {}) satisfies MainOptions);
    }
    case 'family_key':
      // « je veux créer mon espace, j'ai ma clé enfance » without an account: the account first, then the key
      // (« pas de compte, comment obtenir la clé ? » asks about the key: answered as such).
      if (asksToCreateAccount(prepare(input.text)) && !familyKeyQuestion(prepare(input.text)) && !(await signedIn(deps, step.context))) return step.beginDialog(CREATE_ACCOUNT_DIALOG, { draft: {}, text: input.text, thenKey: true } satisfies CreateOptions);
      return step.beginDialog(FAMILY_KEY_DIALOG, { text: input.text } satisfies KeyOptions);
    case 'e_invoice':
      return step.beginDialog(E_INVOICE_DIALOG, wantsPaperInvoices(input.text) ? { paperAsked: true } : {});
    case 'parental_authorization':
      await send(deps, step.context, { text: t('parentalAuthorization.answer') });
      return step.replaceDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
    case 'elsewhere_demarche': {
      // Carte d'identité, passeport, PACS, carte grise, permis: where to go instead.
      const kind = elsewhereDemarche(input.text);
      const commune = await currentCommune(deps, step.context);
      if (kind && commune) await send(deps, step.context, elsewhereAnswer(t, commune, kind, elsewherePriceOf(prepare(input.text)) !== undefined));
      return step.replaceDialog(MAIN_FLOW, { again: true, ...(kind ? { askedAbout: `elsewhere:${kind}` } : {}) } satisfies MainOptions);
    }
    case 'citizen_census':
    case 'civil_status_act':
    case 'electoral_roll':
    case 'family_booklet':
    case 'address_change':
    case 'cohabitation_certificate':
      return startDemarche(step, understood.intent, input.text) ?? step.replaceDialog(MAIN_FLOW, {} satisfies MainOptions);
    case 'book':
    case 'cancel_booking':
    case 'report_absence':
    case 'list_bookings': {
      // Said back first when a sign-in comes in between: the request is kept and served after it.
      if (!(await signedIn(deps, step.context))) {
        const summary = understoodText(t, localeOf(step.context), understood, input.text);
        if (summary) await send(deps, step.context, { text: summary });
      }
      if (understood.intent === 'list_bookings') return step.beginDialog(AGENDA_DIALOG, { text: input.text, ...shownMonthOf(step) } satisfies AgendaOptions);
      // Right after one child's agenda, a day asked with no child named is that child's (agendaFollowUp.ts).
      const child = after.lastAgenda ? await agendaChild(deps, step, after.lastAgenda, input.text) : undefined;
      if (understood.intent === 'report_absence') return step.beginDialog(ABSENCE_DIALOG, { text: input.text, ...shownMonthOf(step), ...(child ? { childIds: [child.id] } : {}) } satisfies AbsenceOptions);
      return step.beginDialog(BOOKING_DIALOG, { text: input.text, cancel: understood.intent === 'cancel_booking', ...shownMonthOf(step), ...(child ? { childNames: [child.firstName] } : {}) } satisfies BookingOptions);
    }
    case 'list_invoices':
    case 'pay_invoice':
      return step.beginDialog(INVOICES_DIALOG, { pay: understood.intent === 'pay_invoice', text: input.text } satisfies InvoicesOptions);
    case 'update_contact': {
      // The detail named (« changer mon numéro », « je déménage ») is asked at once.
      const field = contactFieldIn(input.text);
      return step.beginDialog(CONTACT_DETAILS_DIALOG, { ...(field ? { field } : {}), text: input.text } satisfies ContactOptions);
    }
    case 'upload_document': // « hugo sera malade le 17, j'envoie le certificat plus tard »: the absence first (absencePaperLater.ts).
      return absencePaperLater(input.text) ? step.beginDialog(ABSENCE_DIALOG, { text: input.text, ...shownMonthOf(step) } satisfies AbsenceOptions) : step.beginDialog(DOCUMENTS_DIALOG, { text: input.text } satisfies DocumentsOptions);
    case 'create_account': {
      // « réserver la cantine jeudi pour Léa, j'ai pas de compte »: the account first, the request kept for when it exists.
      const kept = requestOfFamilyBeside(deps, input.text);
      if (kept) await send(deps, step.context, { text: t('createAccount.requestKept') });
      // « je suis Monsieur Karim Haddad, … mon mail c'est … »: what the message says is not asked again.
      return step.beginDialog(CREATE_ACCOUNT_DIALOG, { draft: {}, text: input.text, ...(keyToLink(input.text) ? { thenKey: true } : {}), ...(kept ? { afterCreation: kept } : {}) } satisfies CreateOptions);
    }
    case 'forgot_password':
      return step.beginDialog(FORGOT_PASSWORD_DIALOG, { text: input.text } satisfies ForgotOptions);
    case 'abort':
      // « réserver le 15, non en fait annulez tout »: a request given up, the bot says it stops.
      await send(deps, step.context, { text: t(takesBack(prepare(input.text)) ? 'commands.stopped' : 'commands.abortAtMenu') });
      return step.replaceDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
    case 'unknown': {
      // A family key typed at the menu: linked at once (by SMS, where to type it instead).
      // « j'ai pas de clé »: who gives the family key (the dialog answers it without signing in).
      if (familyKeyIn(input.text) || saysNoKey(prepare(input.text))) return step.beginDialog(FAMILY_KEY_DIALOG, { text: input.text } satisfies KeyOptions);
      if (await refusalOfPayment(deps, step.context, input.text)) return step.beginDialog(INVOICES_DIALOG, { text: input.text } satisfies InvoicesOptions);
      const loose = matchMenuChoice(input.text, undefined);
      if (loose) return openItem(step, loose);
      // « le 19 hugo »: a day and a child of the family, no verb: booked or cancelled as « Réserver ou annuler » would.
      const dayAndChild = await dayAndChildAtMenu(deps, step, input.text, shownMonthOf(step));
      if (dayAndChild) return dayAndChild;
      const named = await namedCommune(deps, step, input.text);
      // « cpsp » as the very first message, then the commune: the menu, without « je n'ai pas compris ».
      if (!named && (step.values as MenuValues).firstAfterCommune) return step.replaceDialog(MAIN_FLOW, {} satisfies MainOptions);
      await send(deps, step.context, { text: named ?? t('menu.notUnderstood') });
      return step.replaceDialog(MAIN_FLOW, {} satisfies MainOptions);
    }
    default:
      return openItem(step, MENU_ITEM_OF[understood.intent], input.text);
  }
}

/** « créer mon compte, j'ai reçu ma clé enfance »: the key named, and not said missing, is asked once the account is created. */
const keyToLink = (text: string): boolean => namesFamilyKey(prepare(text)) && !saysNoKey(prepare(text));
