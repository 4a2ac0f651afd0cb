/**
 * Hours questions in a conversation with the real bot (fixed clock: Wednesday 18 November 2026,
 * 15:00 in Paris), Carrières-sous-Poissy: a date or a named day gets that day's hours with public
 * holidays applied and the day said; « et demain ? » asks the same question for another day.
 * Assertions look at the data in the replies (days, times, holiday names), not the sentences.
 */
import { startChat, type Chat } from '../support/harness';

const CSP = { commune: 'carrieres-sous-poissy' };
const chats: Chat[] = [];
async function chat(): Promise<Chat> {
  const c = startChat();
  chats.push(c);
  await c.join(CSP);
  return c;
}
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('hours for a named day or date', () => {
  it.each([
    // Friday: the régie is open 8:30–12:00 on Fridays, but not on Christmas day.
    ['horaires de la régie le vendredi 25 décembre', ['25 décembre', 'Noël'], ['8 h 30 à 12 h']],
    ['mairie ouverte le 1er janvier ?', ['1er janvier', 'jour de l\'An'], ['8 h 30 à 12 h']],
    ['la mairie est ouverte le lundi de Pâques ?', ['29 mars', 'lundi de Pâques'], ['8 h 30 à 12 h']],
    ['horaires de la régie demain', ['jeudi 19 novembre', '8 h 30', '16 h'], []],
    ['horaires de la mairie lundi prochain', ['lundi 23 novembre', '8 h 30', '17 h 30'], []],
    ['la mairie est ouverte ce dimanche ?', ['dimanche 22 novembre', 'lundi 23 novembre'], []],
    // An exceptional closure of the commune file (db/demo/communes/carrieres-sous-poissy.yaml): a Friday it usually opens; Monday 17 is Whit Monday.
    ['horaires de la mairie le 14 mai', ['vendredi 14 mai', 'fermeture exceptionnelle', 'mardi 18 mai'], ['8 h 30 à 12 h']],
    ['la régie est ouverte le 7 mai ?', ['vendredi 7 mai', "pont de l'Ascension"], ['8 h 30 à 12 h']],
  ])('« %s »', async (question, said, notSaid) => {
    const c = await chat();
    const text = c.text(await c.say(question));
    for (const s of said) expect(text).toContain(s);
    for (const s of notSaid) expect(text).not.toContain(s);
  });

  it('« est-ce ouvert mercredi à 17h ? »: open then, until the end of the afternoon', async () => {
    const c = await chat();
    const text = c.text(await c.say('la régie est ouverte mercredi à 17h ?'));
    expect(text).toContain('mercredi 18 novembre');
    expect(text).toMatch(/^Oui\b/m);
    expect(text).toContain('17 h 30');
  });

  it('« à midi et demi ? »: closed for lunch, reopening the same day', async () => {
    const c = await chat();
    const text = c.text(await c.say('la mairie est ouverte à midi et demi ?'));
    expect(text).toMatch(/^Non\b/m);
    expect(text).toContain('12 h 30');
    expect(text).toContain('13 h 45');
  });
});

describe('follow-ups after an hours answer', () => {
  it('« et demain ? », « et samedi ? », « et le 25 décembre ? » ask the same question for that day', async () => {
    const c = await chat();
    expect(c.text(await c.say('horaires de la régie aujourd\'hui'))).toContain('mercredi 18 novembre');
    const tomorrow = c.text(await c.say('et demain ?'));
    expect(tomorrow).toContain('jeudi 19 novembre');
    expect(tomorrow).toContain('Régie centrale');
    expect(tomorrow).toContain('16 h');
    expect(c.text(await c.say('et samedi ?'))).toContain('samedi 21 novembre');
    const christmas = c.text(await c.say('et le 25 décembre ?'));
    expect(christmas).toContain('Noël');
    expect(christmas).not.toContain('8 h 30 à 12 h');
  });

  it('keeps the time asked: « mercredi à 17h » then « et demain ? »', async () => {
    const c = await chat();
    await c.say('la régie est ouverte mercredi à 17h ?');
    const text = c.text(await c.say('et demain ?'));
    // Thursday: the régie closes at 16:00.
    expect(text).toContain('jeudi 19 novembre');
    expect(text).toMatch(/^Non\b/m);
    expect(text).toContain('17 h');
  });

  it('still hands other messages back to the menu', async () => {
    const c = await chat();
    await c.say('horaires de la régie demain');
    expect(c.text(await c.say('Mes factures'))).toContain('Connectez-vous');
  });
});
