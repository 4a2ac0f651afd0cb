/**
 * « matin », « après-midi », « ce soir »: a part of the day, not a time (« après-midi » is not « midi »); open then
 * when any opening of that day falls in it. And « le vendredi d'après », « le lendemain »: counted from the day
 * talked about. Carrières-sous-Poissy, harness clock (Wednesday 18 November 2026, 15:00 in Paris), Web and SMS.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
async function chat(channelId?: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const CHANNELS = [['web', undefined], ['sms', 'sms']] as const;
/** « de 13 h 45 à 17 h 30 » on the web, « 13 h 45-17 h 30 » by SMS. */
const period = (from: string, to: string) => new RegExp(`${from}(?: à |-)${to}`);

describe('a part of the day', () => {
  describe.each(CHANNELS)('%s', (_name, channelId) => {
    it.each<[string, Array<string | RegExp>, string[]]>([
      // Thursday 31 December and Thursday 19 November: the mairie opens 8:30–12:00 and 13:45–17:30.
      ['le 31 decembre apres midi c ouvert ?', ['jeudi 31 décembre', period('13 h 45', '17 h 30')], ['8 h 30', '12 h']],
      ['la mairie est-elle ouverte jeudi après-midi ?', ['jeudi 19 novembre', period('13 h 45', '17 h 30')], ['8 h 30', '12 h']],
      ['la mairie est ouverte demain matin ?', ['jeudi 19 novembre', period('8 h 30', '12 h')], ['13 h 45']],
    ])('« %s »: the openings in that part of the day', async (question, said, notSaid) => {
      const c = await chat(channelId);
      const text = c.text(await c.say(question));
      for (const s of said) expect(text).toMatch(s);
      for (const s of notSaid) expect(text).not.toContain(s);
    });

    it('« et mercredi apres midi ? » after the régie\'s hours: this afternoon\'s opening; « et mardi apres midi ? »: closed, the next opening', async () => {
      const c = await chat(channelId);
      await c.say('horaires de la régie lundi');
      const wednesday = c.text(await c.say('et mercredi apres midi ?'));
      // Wednesday is today: this afternoon.
      expect(wednesday).toContain('mercredi 18 novembre');
      expect(wednesday).toMatch(period('13 h 45', '17 h 30'));
      expect(wednesday).not.toContain('8 h 30');
      // Tuesday: the régie opens in the morning only; it opens again on Wednesday 25 at 8:30.
      const tuesday = c.text(await c.say('et mardi apres midi ?'));
      expect(tuesday).toContain('mardi 24 novembre');
      expect(tuesday).toContain('mercredi 25 novembre à 8 h 30');
      expect(tuesday).not.toContain('13 h 45');
    });
  });

  it.each(CHANNELS)('%s: « et le vendredi d\'après » after the Ascension: the Friday after it (the pont de l\'Ascension), not this week\'s', async (_name, channelId) => {
    const c = await chat(channelId);
    expect(c.text(await c.say("la mairie est ouverte à l'ascension ?"))).toContain('6 mai');
    const friday = c.text(await c.say("et le vendredi d'après"));
    expect(friday).toContain('vendredi 7 mai');
    expect(friday).toContain("pont de l'Ascension");
    expect(friday).not.toContain('20 novembre');
    expect(c.text(await c.say('et le lendemain ?'))).toContain('samedi 8 mai');
  });
});
