/**
 * « mes coordonnées » by SMS: « ce numéro », « le même numéro que celui-ci » at the new phone's question is the
 * number the resident writes from, as at the sign-up; it was « ce numéro ne semble pas valide » again and again.
 */
import { buildBot, buildCore } from '../../src/index';
import { fixedClock } from '../../src/domain/clock';
import { SmsAdapter } from '../../src/sms/smsAdapter';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';

describe('the new phone by SMS', () => {
  it.each(['ce numéro', 'le même numéro que celui-ci', 'celui-ci'])('« %s »: the number written from is stored', async (said) => {
    const core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const bot = buildBot(core);
    const adapter = new SmsAdapter();
    const from = '+33612345670';
    const email = 'francoise.durand@example.org';
    await core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: '0700000000', address: null });
    const say = (text: string) => adapter.receive(from, text, undefined, (ctx) => bot.run(ctx));
    for (const text of ['Bonjour', '1', 'je veux changer mon numéro de téléphone', email]) await say(text);
    await say(lastCode(core.config.outboxDir, email));
    await say(said);
    expect(await core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email)).toMatchObject({ phone: '0612345670' });
    core.close();
  });
});
