/**
 * By SMS the commune is asked first. An answer to the kept request's own questions typed there before they are asked
 * (« c moi », « pour ma fille » after « il me faut un acte de naissance », « je l'ai perdu » after « livret de famille »)
 * is kept with the request, never « Je ne connais pas cette commune »: once the commune is known, that question is not asked.
 */
import { smsSaying, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sms = (...says: string[]) => smsSaying(chats, ...says);
const unknown = fr['commune.unknown'] ?? '<missing>';

describe('the kept request answered ahead at the commune question (SMS)', () => {
  it.each(['c moi', "c'est moi", 'pour moi'])('« %s »: kept, the relation not asked once the commune is known', async (said) => {
    const { last } = await sms('bonjour je voudrais un acte de naissance', said);
    expect(last).not.toContain(unknown);
    expect(last).toContain(fr['commune.keptDetail']);
    expect(last).toContain(fr['commune.ask']);
    const { last: after } = await sms('bonjour je voudrais un acte de naissance', said, '1', 'copie integrale', 'ici');
    expect(after).toContain(fr['civilAct.askSelf.lastName']);
  });

  it('« pour ma fille »: kept, the names of the daughter asked, not who she is', async () => {
    const { c, last } = await sms('il me faut un extrait d acte de naissance', 'pour ma fille');
    expect(last).not.toContain(unknown);
    expect(c.text(await c.say('78955'))).not.toContain(fr['civilAct.ask.relation'] ?? '<missing>');
  });

  it('the commune and the detail in one message: both kept', async () => {
    const { last } = await sms('bonjour je voudrais un acte de naissance', 'c moi, carrieres sous poissy', 'copie integrale', 'ici');
    expect(last).toContain(fr['civilAct.askSelf.lastName']);
  });

  it('« je l ai perdu » after « livret de famille »: the reason not asked again', async () => {
    const { last } = await sms('livret de famille', 'je l ai perdu');
    expect(last).not.toContain(unknown);
    expect(last).toContain(fr['commune.keptDetail']);
  });

  it('a word that tells nothing is still an unknown commune', async () => {
    const { last } = await sms('bonjour je voudrais un acte de naissance', 'Moissy');
    expect(last).toContain(unknown);
  });
});
