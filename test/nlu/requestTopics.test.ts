/** Following a request, asked in the resident's words: the phrasings that start it, and those that must not. */
import { asksForReceipt } from '../../src/nlu/invoiceQuestions';
import { asksToFollowRequest } from '../../src/nlu/requestTopics';

describe('asksToFollowRequest', () => {
  it.each([
    'où en est ma demande ?', 'suivre ma demande', 'ma demande en est où ?', 'ma demande en est ou', 'Où en est-elle, ma demande ?',
    'des nouvelles de ma demande ?', 'mes demandes avancent ?', 'ou en est mon dossier CSP-2026-000123', 'csp 2026 12',
    'ma demande 000001 ça avance ?', 'ma demande n°12 en est où', 'ça avance ma demande ?', 'et ma demande alors ça avance',
    'elle en est ou ma demande', 'alors ma demande ?', 'ma demande elle en est ou', 'et ma démarche ?', 'ma demande alors ?', 'Elle en est où, ma demande ?', 'je voudrais le reçu de ma demande', 'la confirmation de ma demande',
  ])('« %s » asks to follow a request', (text) => {
    expect(asksToFollowRequest(text)).toBe(true);
  });

  it.each(['ça avance', 'ma demande de passeport avance', 'mon dossier famille', 'je veux faire une demande', 'demande d acte de naissance', 'ma demande de passeport', 'mes factures', 'ma demande', 'alors', 'alors ma demande de passeport ?'])('« %s » does not', (text) => {
    expect(asksToFollowRequest(text)).toBe(false);
  });
});

describe('a receipt asked', () => {
  it.each([['le reçu de ma demande', false], ["le recu de ma demande d'acte", false], ['jveux mon reçu', true], ['le reçu de la cantine', true]])('« %s » is an invoice\'s receipt: %s', (text, receipt) => {
    expect(asksForReceipt(text)).toBe(receipt);
  });
});
