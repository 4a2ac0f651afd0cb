/**
 * « mes demandes » names the civil-status act each request asks for (« acte de naissance, copie intégrale »), where it
 * said « acte d'état civil » for every one. Signed in, the account's requests listed; the other requests unchanged.
 * Web Chat and SMS; asserts the line of each request as the locale's keys build it.
 */
import { signedInChat } from '../support/accounts';
import { table } from '../support/prompts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

describe('« mes demandes » names the act asked for', () => {
  it.each(table([['mes demandes', 'fr'], ['my requests', 'en']]))('%s: « %s »: the birth and death acts named, with their form', async (channel, asked, locale) => {
    const { c, account } = await signedInChat(chats, { channelId: channel });
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    const submit = (data: Record<string, unknown>, kind = 'civil_status_act') => c.core.service.requests.submit({ commune, kind, email: account.email, data, locale: 'fr' });
    const birth = await submit({ kind: 'birth', format: 'full_copy' });
    const death = await submit({ kind: 'death' });
    const booklet = await submit({}, 'family_booklet');
    if (locale === 'en') await c.say('english');
    const t = c.core.texts.for(locale as 'fr' | 'en', false, channel === 'sms');
    const listed = c.text(await c.say(asked));
    const line = (reference: string) => listed.split('\n').find((l) => l.includes(reference)) ?? '';
    expect(line(birth)).toContain(t('follow.actKind', { act: lower(t('civilAct.kind.birth')), format: lower(t('civilAct.format.full_copy')) }));
    expect(line(death)).toContain(`(${lower(t('civilAct.kind.death'))})`);
    expect(line(booklet)).toContain(`(${t('request.kind.family_booklet')})`);
    expect(listed).not.toContain(t('request.kind.civil_status_act'));
  });
});
