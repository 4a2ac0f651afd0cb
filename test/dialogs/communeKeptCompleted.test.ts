/**
 * By SMS the commune is asked first. A first message with a request (« bjr il me faut un acte de mariage »), then an
 * answer to that request typed at the commune question (« copie integrale »): it completes the request kept, never
 * replaces it; a different act named there (« non plutot un acte de naissance ») is the new request. The stored request says which.
 * A question that is not an act's (« horaires de la mairie », then « non plutot les horaires de la piscine ») is replaced.
 */
import { smsSaying, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rest = ['1', 'ici', 'Haddad', 'Karim', '12/06/2010', 'non', '3 rue des Lilas 78955 Carrieres-sous-Poissy', 'non', '1'];

describe('an answer typed at the commune question while a request is kept (SMS)', () => {
  it.each([
    ['copie integrale', 'marriage', 'full_copy'],
    ['un extrait avec filiation svp', 'marriage', 'extract_with_parents'],
  ])('« %s »: the kept act request completed (%s, %s)', async (answer, kind, format) => {
    const { c } = await smsSaying(chats, 'bjr il me faut un acte de mariage', answer, '78955', ...rest);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind, format, lastName: 'Haddad', firstName: 'Karim', eventDay: '2010-06-12' })]);
  });

  it('another act named at the commune question is the new request', async () => {
    const { c, last } = await smsSaying(chats, 'bjr il me faut un acte de mariage', 'non plutot un acte de naissance', '78955');
    expect(last).not.toContain('mariage');
    expect(c.core.db.$client.prepare('select count(*) as n from requests').get()).toEqual({ n: 0 });
  });

  it('a practical question asked again otherwise is the new question, not added to the first (only an act is completed)', async () => {
    const corrected = await smsSaying(chats, 'horaires de la mairie', 'non plutot les horaires de la piscine', '78955');
    const direct = await smsSaying(chats, 'non plutot les horaires de la piscine', '78955');
    expect(corrected.last).toEqual(direct.last);
  });
});
