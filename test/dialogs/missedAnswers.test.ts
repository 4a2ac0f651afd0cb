/**
 * Answers not understood several times in a row: after the second, how to get out is said (« menu »,
 * « aide ») with the mairie's contact; the question waits with what was entered; an understood answer
 * starts the count again; an understood answer never brings the hint.
 */
import { CHANNELS, textBefore } from '../support/prompts';
import { demarcheChat, storedRequests } from '../support/demarches';
import { ROOT, type Chat } from '../support/harness';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { generalService } from '../../src/domain/askedService';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const smsFr = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms');
/** Two texts' common start. */
const common = (a: string, b: string): string => a.slice(0, [...a].findIndex((ch, i) => ch !== b[i]) >>> 0);
/**
 * The hint's first words as the channel says it: by SMS, the start its two forms share (the way out and the contact,
 * or the contact alone where the question is long).
 */
const hintOf = (channelId: string, key: string): string =>
  channelId === 'sms' && smsFr[key] ? common(smsFr[key], smsFr['stuck.contactOnly'] ?? '') || smsFr[key] : textBefore(key);

async function mairiePhone(c: Chat): Promise<string> {
  const commune = await c.core.service.findCommune('carrieres-sous-poissy');
  const phone = commune ? generalService(commune)?.phone : undefined;
  if (!phone) throw new Error('the demo commune has a general phone');
  return phone;
}

describe.each(CHANNELS)('answers not understood in a row (%s)', (channelId) => {
  const HINT = hintOf(channelId, 'stuck.hint');
  const AT_MENU = hintOf(channelId, 'stuck.atMenu');
  it('at an act request\'s question: the hint after the second miss, the form kept, the count started again after an answer', async () => {
    const c = await demarcheChat(chats, { channelId });
    await c.say('acte de naissance');
    const first = c.text(await c.say('zzz'));
    expect(first).toContain(textBefore('civilAct.ask.format'));
    expect(first).not.toContain(HINT);
    const second = c.text(await c.say('bof'));
    expect(second).toContain(HINT);
    expect(second).toContain(await mairiePhone(c));
    expect(second).toContain(textBefore('civilAct.ask.format'));
    expect(c.text(await c.say('toujours pas'))).not.toContain(HINT);
    // The question waited: its answer goes on with the same request.
    const next = c.text(await c.say('2'));
    expect(next).toContain(textBefore('civilAct.ask.relation'));
    expect(next).not.toContain(HINT);
    expect(c.text(await c.say('qwerty'))).not.toContain(HINT);
    expect(c.text(await c.say('azerty'))).toContain(HINT);
    expect(storedRequests(c)).toEqual([]);
  });

  it('at the menu: a request not understood twice brings the hint; an understood one none', async () => {
    const c = await demarcheChat(chats, { channelId });
    expect(c.text(await c.say('blablabla'))).not.toContain(HINT);
    const second = c.text(await c.say('gnagnagna'));
    expect(second).toContain(AT_MENU);
    expect(second).toContain(await mairiePhone(c));
    expect(c.text(await c.say('horaires de la mairie'))).not.toContain(AT_MENU);
    expect(c.text(await c.say('blablabla'))).not.toContain(AT_MENU);
  });
});
