/**
 * The medical certificate promised for later, or its sending stopped, on Web Chat: at the absence's certificate
 * question, « plus tard », « je l'envoie demain » record the absence and say how to send it later; « annuler »
 * there stops only the sending, the absence is recorded. At « envoyer un document » for a certificate, the same
 * words end the sending and say that the absence reported stays. Each row asserts the absence rows and the keys said.
 */
import { bookedThenLate } from '../support/booking';
import type { Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const t = (key: string) => fr[key] ?? `<missing ${key}>`;
const absences = (c: Chat) => c.core.db.$client.prepare('select day, justified from absences order by id').all();
const RECORDED = [{ day: '2026-12-07', justified: 0 }];

async function atCertificate(): Promise<Chat> {
  const { c } = await bookedThenLate(chats, 'webchat');
  await c.say('signaler une absence de Léa le 7 décembre');
  expect(c.text(await c.say('maladie'))).toContain(t('absence.askCertificate'));
  return c;
}

describe('the certificate at the absence', () => {
  it.each([['plus tard'], ["je l'envoie demain"], ["je ne l'ai pas sous la main"], ['pas encore']])('« %s »: the absence is recorded, how to send it later is said', async (phrasing) => {
    const c = await atCertificate();
    const replies = c.text(await c.say(phrasing));
    expect(absences(c)).toEqual(RECORDED);
    expect(replies).toContain(t('absence.certificateLater'));
    expect(replies).not.toContain(t('absence.noFile'));
  });

  it.each([['annuler'], ['en fait non laisse tomber'], ['stop']])('« %s »: only the sending stops, the absence is recorded', async (phrasing) => {
    const c = await atCertificate();
    const replies = c.text(await c.say(phrasing));
    expect(absences(c)).toEqual(RECORDED);
    expect(replies).toContain(t('absence.certificateStopped'));
    expect(replies).not.toContain(t('commands.cancelled'));
  });
});

describe('a certificate to send after the absence', () => {
  it.each([
    ["je l'envoie demain", ['documents.absenceKept', 'documents.later']],
    ['plus tard', ['documents.absenceKept', 'documents.later']],
    ['annuler', ['documents.stopped', 'documents.absenceKept', 'documents.later']],
  ])('« %s » at the file: the sending ends, the absence stays', async (phrasing, keys) => {
    const c = await atCertificate();
    await c.say('plus tard');
    expect(c.text(await c.say("j'ai le certificat médical"))).toContain(t('documents.askFile').split('{{')[0]);
    const replies = c.text(await c.say(phrasing));
    for (const key of keys) expect(replies).toContain(t(key));
    expect(replies).not.toContain(t('documents.noFile'));
    expect(replies).not.toContain(t('commands.cancelled'));
    expect(absences(c)).toEqual(RECORDED);
  });
});
