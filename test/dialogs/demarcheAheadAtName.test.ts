/**
 * At a démarche's name question, what belongs to a later question: the livret de famille's marriage day typed at the
 * other parent's name is kept and said as the marriage's date (`demarche.dayKeptAheadFor`; it was « date de
 * naissance »); an e-mail typed at a name question is kept for the e-mail question (`demarche.emailKept`; it was « Je
 * n'ai pas reconnu un nom », the e-mail lost), and so is one typed at an address question. Web Chat and SMS; the
 * locale key said and the request stored are asserted.
 */
import type { Activity } from 'botbuilder';
import { fr, offered, table, textBefore } from '../support/prompts';
import { demarcheChat, rows, storedRequests } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function finish(c: Chat, answers: string[]): Promise<void> {
  let r: Partial<Activity>[] = [];
  for (const m of answers) r = await c.say(m);
  for (let i = 0; i < 3 && !offered(r).includes(fr['demarche.yes'] as string); i++) r = await c.say('au guichet');
  await c.say('oui');
}

describe('a later answer typed at a name question', () => {
  it.each(table([['le 12 juin 2015'], ['mariés le 12/06/2015']]))('%s: livret, « %s » at the other parent: the marriage day kept, said as such', async (channelId, said) => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ["j'ai perdu mon livret de famille", 'oui', 'oui', 'Benali', 'Sara']) await c.say(m);
    const kept = c.text(await c.say(said));
    expect(kept).toContain(textBefore('demarche.dayKeptAheadFor'));
    expect(kept).toContain(fr['demarche.family_booklet.label.marriageDay']);
    expect(kept).not.toContain(textBefore('demarche.dayKeptAhead'));
    await finish(c, ['Haddad', '2', 'sara@example.org', '5 rue du Port 78955 Carrières-sous-Poissy']);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ otherParent: 'Haddad', marriageDay: '2015-06-12' })]);
  });

  it.each(table([['sara.benali@example.org'], ['mon mail c sara.benali@example.org']]))('%s: livret, « %s » at the first name: the e-mail kept, not asked again', async (channelId, said) => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ["j'ai perdu mon livret de famille", 'oui', 'oui', 'Benali']) await c.say(m);
    const kept = c.text(await c.say(said));
    expect(kept).toContain(fr['demarche.emailKept']);
    expect(kept).toContain(textBefore('demarche.family_booklet.ask.firstName').slice(0, 20));
    await finish(c, ['Sara', 'Haddad', '12/06/2015', '2', '5 rue du Port 78955 Carrières-sous-Poissy']);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ firstName: 'Sara' })]);
    expect(rows(c, 'select requester_email from requests')).toEqual([{ requester_email: 'sara.benali@example.org' }]);
  });

  it.each(table([['linh@example.org']]))("%s: address change, « %s » at the address: the e-mail kept, not asked again", async (channelId, said) => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ["attestation de changement d'adresse", '1', 'Nguyen', 'Linh', '02/05/1990']) await c.say(m);
    const kept = c.text(await c.say(said));
    expect(kept).toContain(fr['demarche.emailKept']);
    await finish(c, ['9 rue Pasteur 78955 Carrières-sous-Poissy', '01/11/2026']);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName: 'Nguyen', address: '9 rue Pasteur 78955 Carrières-sous-Poissy' })]);
    expect(rows(c, 'select requester_email from requests')).toEqual([{ requester_email: 'linh@example.org' }]);
  });
});
