/**
 * The electoral roll without an account (« listes électorales »): its rules and the election's
 * deadline first, then nationality, link with the commune, identity and address (one in the commune
 * for who lives here), each refusal or bad answer with what to do, keeping what was already typed.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, rows } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = (options: Parameters<typeof demarcheChat>[1] = {}) => demarcheChat(chats, options);
const c2 = (replies: Array<{ text?: string }>) => replies.map((r) => r.text ?? '').join('\n').replace(/1er/g, '1');

describe('listes électorales', () => {
  it('by SMS: rules, no question about files, papers for the guichet, a numbered request', async () => {
    const c = await chat({ channelId: 'sms' });
    const first = c.text(await c.say('je veux m\'inscrire sur les listes électorales'));
    expect(first).toContain(c.core.texts.for('fr', false, true)('demarche.file.noFilesHere'));
    expect(first).toContain('Quelle est votre nationalité ?');
    await c.say('1');
    await c.say('J\'y habite');
    await c.say('Bernard');
    await c.say('Julie');
    await c.say('03/02/1995');
    await c.say('julie@example.org');
    const recap = c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'));
    const sms = c.core.texts.for('fr', false, true);
    expect(recap).toContain(`Justificatif de domicile : ${sms('demarche.fileAtCounter')}`);
    const sent = c.text(await c.say('oui'));
    expect(sent).toContain('CSP-2026-000001');
    expect(sent).toContain('Pensez à apporter au guichet unique : Pièce d\'identité, Justificatif de domicile.');
  });

  it('gives the deadline of the next election, and says when it has passed', async () => {
    const inTime = await chat({ env: { ELECTION_DAYS: '2027-04-11' } });
    expect(c2(await inTime.say('m\'inscrire pour voter'))).toContain('Pour l\'élection du 11 avril 2027, la date limite d\'inscription est le 5 mars 2027.');
    const late = await chat({ env: { ELECTION_DAYS: '2026-12-13,2027-04-11' } });
    expect(c2(await late.say('listes électorales'))).toContain('Pour l\'élection du 13 décembre 2026, la date limite était le 6 novembre 2026 : il est trop tard pour celle-ci.');
  });

  it.each([
    [['D\'un autre pays'], 'Seuls les Français et, pour les élections municipales et européennes, les citoyens de l\'Union européenne'],
    [['Française', 'Aucun des deux'], 'L\'inscription se fait dans la commune où vous habitez'],
    [['Française', 'J\'y habite', 'Petit', 'Léo', '01/06/2010'], 'Vous aurez 18 ans le 1er juin 2028.'],
  ])('refuses %j with what to do instead', async (answers, expected) => {
    const c = await chat();
    await c.say('listes électorales');
    let text = '';
    for (const a of answers) text = c.text(await c.say(a));
    expect(text).toContain(expected);
    expect(rows(c, 'select * from requests')).toHaveLength(0);
  });

  async function upToAddress(c: Chat, tie: string) {
    await c.say('listes électorales');
    for (const a of ['Française', tie, 'Bernard', 'Julie', '03/02/1995']) await c.say(a);
    expect(c.text(await c.say('julie@example.org'))).toContain('Quelle est votre adresse postale ?');
  }

  it('refuses an address in Paris to someone who said they live here, and takes the commune\'s', async () => {
    const c = await chat();
    await upToAddress(c, 'J\'y habite');
    const paris = c.text(await c.say('10 rue de la Paix 75002 Paris'));
    expect(paris).not.toContain('Je récapitule');
    for (const a of ['au guichet', 'au guichet', 'oui']) await c.say(a);
    expect(rows(c, 'select * from requests')).toHaveLength(0);
    // Still asked for the address: one in the commune (its postal code alone is enough) goes through.
    await c.say('3 rue Verte 78955');
    for (const a of ['au guichet', 'au guichet']) await c.say(a);
    expect(c.text(await c.say('oui'))).toContain('CSP-2026-000001');
    expect(rows(c, 'select kind, data from requests').map((r) => [r.kind, JSON.parse(String(r.data)).address])).toEqual([['electoral_roll', '3 rue Verte 78955 Carrières-sous-Poissy']]);
  });

  it.each(['sms', 'webchat'])('%s: « non l\'email c\'est … » at the read-back changes the e-mail, even when the new one holds the surname', async (channelId) => {
    const c = await chat({ channelId });
    await upToAddress(c, 'J\'y habite');
    await c.say('3 rue Verte 78955');
    if (channelId === 'webchat') for (const a of ['au guichet', 'au guichet']) await c.say(a);
    await c.say("non l'email c'est julie.bernard@example.org");
    await c.say('oui');
    expect(rows(c, 'select requester_email, data from requests').map((r) => [r.requester_email, JSON.parse(String(r.data)).lastName])).toEqual([['julie.bernard@example.org', 'Bernard']]);
  });

  it.each(['sms', 'webchat'])('%s: nationality and link said up front are not asked again', async (channelId) => {
    const c = await chat({ channelId });
    await c.say("je voudrais m'inscrire sur les listes électorales, je suis française et j'habite à Carrières");
    // The first question is the surname: its answer is taken as such.
    for (const a of ['Bernard', 'Julie', '03/02/1995', 'julie@example.org', '3 rue Verte 78955']) await c.say(a);
    if (channelId === 'webchat') for (const a of ['au guichet', 'au guichet']) await c.say(a);
    await c.say('oui');
    expect(rows(c, 'select data from requests').map((r) => JSON.parse(String(r.data)) as Record<string, unknown>).map((d) => [d.nationality, d.tie, d.lastName])).toEqual([['french', 'lives', 'Bernard']]);
  });

  it('refuses a partial address, says what is missing and keeps what was given', async () => {
    const c = await chat();
    await upToAddress(c, 'J\'y habite');
    // Only a town, then only a street: still the address question, nothing stored.
    for (const partial of ['Carrières-sous-Poissy', 'rue Verte']) {
      expect(c.text(await c.say(partial))).toContain('Quelle est votre adresse postale ?');
    }
    expect(rows(c, 'select * from requests')).toHaveLength(0);
    // The number completes what was kept (the street; the commune's town by default).
    await c.say('3');
    for (const a of ['au guichet', 'au guichet']) await c.say(a);
    expect(c.text(await c.say('oui'))).toContain('CSP-2026-000001');
    expect(rows(c, 'select data from requests').map((r) => JSON.parse(String(r.data)).address)).toEqual(['3 rue Verte, 78955 Carrières-sous-Poissy']);
  });

  it('from someone paying local taxes here, an address elsewhere needs its postal code and town', async () => {
    const c = await chat();
    await upToAddress(c, 'J\'y paie mes impôts locaux');
    expect(c.text(await c.say('12 rue des Tilleuls'))).toContain('Quelle est votre adresse postale ?');
    await c.say('78670 Villennes-sur-Seine');
    for (const a of ['au guichet', 'au guichet']) await c.say(a);
    expect(c.text(await c.say('oui'))).toContain('CSP-2026-000001');
    expect(rows(c, 'select data from requests').map((r) => JSON.parse(String(r.data)).address)).toEqual(['12 rue des Tilleuls, 78670 Villennes-sur-Seine']);
  });

  it('takes an address elsewhere from someone paying local taxes here', async () => {
    const c = await chat();
    await upToAddress(c, 'J\'y paie des impôts locaux depuis 2 ans');
    for (const a of ['10 rue de la Paix 75002 Paris', 'au guichet', 'au guichet']) await c.say(a);
    expect(c.text(await c.say('oui'))).toContain('CSP-2026-000001');
    expect(JSON.parse(String(rows(c, 'select data from requests')[0]?.data))).toMatchObject({ tie: 'taxpayer', address: '10 rue de la Paix 75002 Paris' });
  });

  it('asks the address again when the link is corrected to « J\'y habite » and the address is elsewhere', async () => {
    const c = await chat();
    await upToAddress(c, 'J\'y paie des impôts locaux depuis 2 ans');
    for (const a of ['10 rue de la Paix 75002 Paris', 'au guichet', 'au guichet', 'non', 'Lien avec la commune', 'J\'y habite']) await c.say(a);
    expect(c.text(await c.say('oui'))).toContain('Quelle est votre adresse postale ?');
    expect(rows(c, 'select * from requests')).toHaveLength(0);
  });

  it('lets a 17-year-old register when 18 by the next election', async () => {
    const c = await chat({ env: { ELECTION_DAYS: '2027-04-11' } });
    await c.say('listes électorales');
    for (const a of ['Française', 'J\'y habite', 'Petit', 'Léo', '01/03/2009']) await c.say(a);
    expect(c.text(await c.say('leo@example.org'))).toContain('Quelle est votre adresse postale ?');
  });
});
