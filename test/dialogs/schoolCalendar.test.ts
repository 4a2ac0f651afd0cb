/**
 * The school calendar asked at the menu (on 18 November 2026, zone C): the holidays' dates, when classes start again,
 * school on a day; a booking said with the holidays stays a booking. Web Chat and SMS; asserts the days said and the
 * answer's lead (its locale key), never a sign-in.
 */
import { ROOT, startChat, type Chat } from '../support/harness';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { fr, table, textBefore } from '../support/prompts';
import { joinedSaying } from '../support/everyPrompt';

const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function ask(channelId: string, text: string): Promise<string> {
  const { c, asked } = await joinedSaying(chats, channelId, text);
  return c.text(asked);
}

const SIGN_IN = fr['signIn.askEmail'] as string;

describe('the school calendar asked at the menu', () => {
  it.each(
    table([
      ["c'est quand les vacances de février ?", 'schoolCalendar.holiday', ['6 février', '21 février', '22 février']],
      ['les vacances de noel c quand', 'schoolCalendar.holiday', ['19 décembre', '3 janvier', '4 janvier']],
      ['quand est la rentrée ?', 'schoolCalendar.resume', ['4 janvier', '1er septembre 2027']],
      ['il y a école le 11 novembre ?', 'schoolCalendar.day.publicHoliday', [fr['holiday.armistice'] as string]],
      ['y a classe le 24 décembre ?', 'schoolCalendar.day.holiday', ['24 décembre', '4 janvier']],
      ['il y a école vendredi ?', 'schoolCalendar.day.classes', ['20 novembre']],
      // The last day of class: the evening before the next holidays (a Friday: no class on Saturdays).
      ["c'est quand le dernier jour d'école avant les vacances ?", 'schoolCalendar.lastDay', ['18 décembre', '19 décembre', '4 janvier']],
      ['les vacances commencent quand exactement, le dernier jour de classe ?', 'schoolCalendar.lastDay', ['18 décembre', '19 décembre']],
      ["l'école finit quand avant les vacances de février ?", 'schoolCalendar.lastDay', ['5 février', '6 février']],
    ]),
  )('%s: « %s » is answered from the calendar (%s)', async (channel, text, key, days) => {
    const answer = await ask(channel, text);
    expect(answer).toContain(textBefore(key));
    for (const day of days) expect(answer).toContain(day);
    expect(answer).not.toContain(SIGN_IN);
  });

  it.each(table([["c'est quand les vacances de février ?"], ['quand est la rentrée ?']]))('%s: « %s » in an act request is answered, then the form goes on where it was', async (channel, text) => {
    const { c, asked } = await joinedSaying(chats, channel, 'je voudrais un acte de naissance');
    expect(c.text(asked)).toContain(fr['civilAct.ask.format']);
    const answer = c.text(await c.say(text));
    expect(answer).toMatch(/février|janvier/);
    expect(answer).toContain(fr['civilAct.ask.format']);
    expect(c.text(await c.say('1'))).toContain(fr['civilAct.ask.relation']);
  });

  it.each(table([['où est la mairie ?'], ['la mairie est ouverte quand ?']]))('%s: after « %s » answered in an act request, « c\'est quand les vacances de noel ? » is the calendar, not the hours again', async (channel, first) => {
    const { c } = await joinedSaying(chats, channel, 'je voudrais un acte de naissance', first);
    const answer = c.text(await c.say("c'est quand les vacances de noel ?"));
    expect(answer).toContain(textBefore('schoolCalendar.holiday'));
    expect(answer).toContain('19 décembre');
    expect(answer).toContain(fr['civilAct.ask.format']);
  });

  it.each(table([['c quand les vacances de noel ?'], ['euh non en fait c quand les vacances de noel?']]))('%s: « %s » at the e-mail question of a booking\'s sign-in is answered, then the sign-in goes on', async (channel, text) => {
    const { c, asked } = await joinedSaying(chats, channel, 'je veux réserver la cantine');
    expect(c.text(asked)).toContain(SIGN_IN);
    const answer = c.text(await c.say(text));
    expect(answer).toContain(textBefore('schoolCalendar.holiday'));
    expect(answer).toContain('19 décembre');
    expect(answer).toContain(SIGN_IN);
    expect(c.text(await c.say('lea.durand@example.fr'))).toContain(textBefore('signIn.askCode'));
  });

  it('names the holidays in the resident\'s language (the calendar\'s names are French)', async () => {
    const c = startChat({ locale: 'en-GB' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const answer = c.text(await c.say('when are the christmas holidays?'));
    expect(answer).toContain(en['schoolCalendar.name.noel'] as string);
    expect(answer).not.toContain(fr['schoolCalendar.name.noel'] as string);
    expect(answer).toContain('4');
  });

  it.each(table([['je veux inscrire ma fille au centre pendant les vacances de février'], ['annuler la cantine jusqu’aux vacances de Noël']]))('%s: « %s » stays a task', async (channel, text) => {
    expect(await ask(channel, text)).toContain(SIGN_IN);
  });
});
